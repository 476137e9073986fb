package org.dnacademy.progress.control;

import java.util.List;
import java.util.Set;

import org.dnacademy.training.entity.Lesson;
import org.dnacademy.training.entity.ModuleVersion;

/**
 * One trainee's state in one current module version: which lessons are read, whether the
 * prerequisites are passed, and whether the module itself is.
 *
 * @param missingPrerequisites titles of prerequisite modules not yet passed
 */
public record ModuleProgress(ModuleVersion module, Set<String> readLessonSlugs, List<String> missingPrerequisites,
        boolean passed) {

    public ModuleStatus status() {
        if (passed) {
            return ModuleStatus.PASSED;
        }
        if (!missingPrerequisites.isEmpty()) {
            return ModuleStatus.LOCKED;
        }
        if (readLessonSlugs.isEmpty()) {
            return ModuleStatus.NOT_STARTED;
        }
        return allLessonsRead() ? ModuleStatus.READY_FOR_QUIZ : ModuleStatus.IN_PROGRESS;
    }

    public ModuleStatus getStatus() {
        return status();
    }

    public boolean isLocked() {
        return status() == ModuleStatus.LOCKED;
    }

    public boolean isRead(Lesson lesson) {
        return readLessonSlugs.contains(lesson.getSlug());
    }

    public int getLessonsRead() {
        return (int) module.getLessons().stream().filter(this::isRead).count();
    }

    public int getLessonCount() {
        return module.getLessons().size();
    }

    public boolean allLessonsRead() {
        return getLessonsRead() == getLessonCount();
    }

    /**
     * The step to take next in this module, in the words a trainee reads: the one home of this
     * wording (certificate matters such as recertifying are added by the pages that show them).
     */
    public String nextStep() {
        return switch (status()) {
            case LOCKED -> "Opens after " + String.join(", ", missingPrerequisites);
            case NOT_STARTED -> "Start reading: " + nextLesson().getTitle();
            case IN_PROGRESS -> "Continue reading: " + nextLesson().getTitle();
            case READY_FOR_QUIZ -> "Take the quiz";
            case PASSED -> "Review the module";
        };
    }

    /** The label of the reading button on the module page. */
    public String getReadingStep() {
        if (getLessonsRead() == 0) {
            return "Start the first lesson";
        }
        return allLessonsRead() ? "Read the lessons again" : "Continue reading";
    }

    public String getNextStep() {
        return nextStep();
    }

    /** The lesson to open next: the first unread one, or the first lesson when all are read. */
    public Lesson nextLesson() {
        return module.getLessons().stream().filter(lesson -> !isRead(lesson)).findFirst()
                .orElse(module.getLessons().get(0));
    }

    public ModuleVersion getModule() {
        return module;
    }

    public List<String> getMissingPrerequisites() {
        return missingPrerequisites;
    }
}
