package org.dnacademy.training.control;

import org.dnacademy.training.content.Curriculum;

/**
 * Fired in the publishing transaction after curriculum files were published (at start-up, and
 * whenever {@link CurriculumLoader#publish} is called), for features that keep their own part of it.
 *
 * @param result which modules got a new or reinstated current version and which were withdrawn
 */
public record CurriculumLoaded(Curriculum curriculum, CurriculumLoader.LoadResult result) {
}
