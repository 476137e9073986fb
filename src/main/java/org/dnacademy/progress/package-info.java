/**
 * Each trainee's state per module (lessons read, prerequisites, quiz passed) and the trainee
 * dashboard. May use {@code training}, {@code quiz}, {@code identity} and {@code platform}.
 */
package org.dnacademy.progress;
