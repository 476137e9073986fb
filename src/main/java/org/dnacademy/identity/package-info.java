/**
 * Accounts, roles and signing in: registration, e-mail confirmation and invitations, the password
 * policy, the Jakarta Security identity store, sign-in throttling, password changes and resets,
 * confirming the current password before a change ({@code control.PasswordConfirmation}), changes
 * of e-mail address, disabled accounts, session lifetimes, the first administrator, the
 * administrators' account list and audit trail page (which reads {@code audit} and turns account
 * ids into addresses), and the access policy of every URL folder and session
 * ({@code boundary.AccessFilter}). Below every feature: may use {@code audit} and {@code platform} only.
 */
package org.dnacademy.identity;
