/**
 * Certificates: issued when progress announces a pass, expiry, recertification, revocation, the PDF
 * with its QR code, and public verification. The rules of a certificate (status, expiry, which one a
 * holder holds) live in {@code entity}. May use {@code progress}, {@code training}, {@code identity},
 * {@code audit} and {@code platform}; never {@code quiz}. Read by {@code records} and {@code trainee}.
 */
package org.dnacademy.certification;
