/**
 * Certificates: issued when progress announces a pass, expiry, recertification, revocation, the PDF
 * with its QR code, public verification, and the reminders to holders (expiring, expired,
 * recertification required; posted through {@code notices}). The rules of a certificate (status,
 * expiry, which one a holder holds) live in {@code entity}. May use {@code progress}, {@code training},
 * {@code notices}, {@code identity}, {@code audit} and {@code platform}; never {@code quiz}. Read by
 * {@code records} and {@code trainee}.
 */
package org.dnacademy.certification;
