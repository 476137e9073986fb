/**
 * Cross-cutting plumbing every feature relies on: configuration ({@link org.dnacademy.platform.Settings}),
 * the application data source and its schema migrations, the clock, security headers, URL-folder
 * access rules and error pages. It holds no business rules and depends on no feature package.
 */
package org.dnacademy.platform;
