/**
 * Each trainee's state per module (lessons read, prerequisites, quiz passed) and the trainee
 * dashboard. May use {@code training}, {@code quiz}, {@code identity}, {@code notices} (to tell a trainee of a
 * sign-off decision) and {@code platform}.
 */
package org.dnacademy.progress;
