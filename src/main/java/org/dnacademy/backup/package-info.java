/**
 * Backups of the whole database, one feature for both databases: Derby's online backup
 * ({@code SYSCS_UTIL.SYSCS_BACKUP_DATABASE}) or PostgreSQL's own {@code pg_dump} in its custom
 * format, on demand from {@code /admin/backups.xhtml} and on a schedule, into one folder that keeps
 * the last N (settings {@code DNA_BACKUP_*}). A backup appears in the folder only once it is
 * complete; only files this feature names are ever deleted; every backup, made or failed, is an
 * audit event. The scheduled one runs on one instance of a cluster (a lease). Restoring is an
 * operator's step with the server stopped, written in the README. May use {@code platform},
 * {@code audit} and {@code identity}; no other feature uses it.
 */
package org.dnacademy.backup;
