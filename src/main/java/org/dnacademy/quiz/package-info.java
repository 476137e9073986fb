/**
 * Quiz attempts: drawing, time limits, saving answers, grading on the server, review rules and
 * accommodations. May use {@code progress} (quiz -> progress: a pass is recorded there),
 * {@code training}, {@code identity}, {@code audit} and {@code platform}; never
 * {@code certification} (grading does not issue certificates: a pass is announced as an event).
 */
package org.dnacademy.quiz;
