package org.dnacademy.training.content;

import java.util.Optional;

/**
 * Where a profile's completion window starts. Most rules mean "all the evidence within N months"
 * (from the earliest piece of evidence); Utah counts three calendar years from the start of the
 * course. Keys: {@code first-evidence} (the default), {@code course-start}.
 */
public enum WindowAnchor implements ProfileTerm {

    /** The default: the window runs from the earliest evidence counted toward the profile. */
    FIRST_EVIDENCE("from the first evidence counted"),
    /** The window runs from the date the trainee started the course (their cohort or enrolment start). */
    COURSE_START("from the start of the course");

    private final String label;

    WindowAnchor(String label) {
        this.label = label;
    }

    /** Reads after a duration: "36 months from the start of the course". */
    @Override
    public String label() {
        return label;
    }

    public static Optional<WindowAnchor> ofKey(String key) {
        return ProfileTerm.ofKey(WindowAnchor.class, key);
    }
}
