/**
 * Cross-cutting plumbing every feature relies on: typed configuration checked at start-up
 * ({@link org.dnacademy.platform.Settings}), the data source and its migrations, the clock,
 * throttles, the e-mail outbox, text normalisation, request guards, security headers, converters and
 * error pages. It holds no business rule and imports no feature package (checked by {@code ArchitectureTest}).
 */
package org.dnacademy.platform;
