/**
 * Certificates: issue on a passed quiz, expiry, recertification, revocation, PDF with QR code and
 * public verification, and the reminders to holders (through {@code notices}). May use {@code progress} and what it uses; nothing here is read by
 * {@code progress}.
 */
package org.dnacademy.certification;
