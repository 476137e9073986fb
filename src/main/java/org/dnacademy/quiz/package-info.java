/**
 * The question bank, quiz attempts, drawing, time limits and grading on the server. May use
 * {@code training}, {@code identity}, {@code audit} and {@code platform}.
 */
package org.dnacademy.quiz;
