/**
 * The house style of every PDF the application prints (certificates, transcripts, reports): the
 * bundled font, the palette, document properties, text made printable, and a flowing A4 layout
 * with wrapped paragraphs and tables that continue across pages. Plumbing only (PDFBox), no
 * feature's content: each document's own layout lives with its feature.
 */
package org.dnacademy.platform.pdf;
