/**
 * The curriculum: modules, lessons and their versions, loaded and validated from the files in
 * {@code modules/}, and the lesson pages trainees read. May use {@code platform}, {@code identity}
 * and {@code audit}.
 */
package org.dnacademy.training;
