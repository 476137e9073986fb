/**
 * Accounts, roles and signing in: registration, e-mail confirmation and invitations, the password
 * policy, the Jakarta Security identity store, sign-in throttling, password changes, the first
 * administrator, the administrators' account list, and the access policy of every URL folder and
 * session ({@code boundary.AccessFilter}). Below every feature: may use {@code audit} and
 * {@code platform} only.
 */
package org.dnacademy.identity;
