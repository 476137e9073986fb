/**
 * Accounts, roles and signing in: registration, the password policy, the Jakarta Security
 * identity store, login throttling, password changes, the first administrator and the
 * administrators' account list. May use {@code platform} and {@code audit}.
 */
package org.dnacademy.identity;
