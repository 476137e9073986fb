/**
 * Notices: what the application tells a person, shown in the application until read and e-mailed
 * as well when a mail server is configured; each kind has one template in {@code mail/}. Also each
 * person's choice of the optional kinds they want. This package only delivers: the rules that decide
 * when to notify live with what they are about (certificate reminders in {@code certification},
 * practical sign-off in {@code progress}, the supervisors' digest in {@code records}). Like
 * {@code audit}, it lies below every feature and may use {@code platform} and the entities of
 * {@code identity} only.
 */
package org.dnacademy.notices;
