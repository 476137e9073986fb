package org.dnacademy.training.control;

import org.dnacademy.training.content.Curriculum;

/** Fired after the curriculum files were read and published, for features that keep their own part of it. */
public record CurriculumLoaded(Curriculum curriculum) {
}
