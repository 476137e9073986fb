/**
 * The curriculum: modules, lessons, questions and their versions, loaded and validated from the
 * files in {@code modules/}, stored immutably per version, and the module images. It knows nothing
 * of trainees, attempts or certificates: it may use only {@code identity}, {@code audit} and
 * {@code platform}; every feature above reads it. Checked by {@code ArchitectureTest}.
 */
package org.dnacademy.training;
