/**
 * Reading the curriculum files in {@code modules/}: parsing, checking every rule of
 * {@code modules/README.md}, rendering lessons to safe HTML, and the content's own rules such as
 * how a question is scored; and the requirement profiles of {@code modules/requirements/}, which
 * state what a jurisdiction asks of a trainee ({@link org.dnacademy.training.content.RequirementsReader#parse}
 * re-reads a stored one). Plain Java (SnakeYAML, commonmark), no Jakarta EE and no database, so
 * the whole curriculum can be checked by a unit test; the storage of module versions and the pages
 * build on the immutable records here. Uses nothing else of the application.
 */
package org.dnacademy.training.content;
