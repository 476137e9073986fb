/**
 * Accounts, roles and signing in: registration, the password policy, the Jakarta Security
 * identity store, login throttling, password changes and resets, changes of e-mail address,
 * disabled accounts, session lifetimes, the first administrator, the administrators' account list
 * and their audit trail page (which reads {@code audit} and turns names into addresses). May use
 * {@code platform} and {@code audit}.
 */
package org.dnacademy.identity;
