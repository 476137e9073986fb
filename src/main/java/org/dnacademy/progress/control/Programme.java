package org.dnacademy.progress.control;

import java.util.List;

/**
 * One trainee's standing in the whole programme: every current module in order. The one home of
 * "how far along is this trainee" for their dashboard and for the supervisors' records.
 */
public record Programme(List<ModuleProgress> modules) {

    public Programme {
        modules = List.copyOf(modules);
    }

    /** Modules whose quiz the trainee has passed (recertification does not undo a pass). */
    public long passedCount() {
        return modules.stream().filter(m -> m.status() == ModuleStatus.PASSED).count();
    }

    public boolean allPassed() {
        return !modules.isEmpty() && passedCount() == modules.size();
    }

    /**
     * Progress in whole percent: a passed module counts whole, an unpassed one counts half for its
     * lessons read (so reading everything without passing any quiz is 50%). Rounded down, so 100%
     * means every module passed.
     */
    public int percent() {
        if (modules.isEmpty()) {
            return 0;
        }
        double total = 0;
        for (ModuleProgress module : modules) {
            double read = module.getLessonCount() == 0 ? 1 : (double) module.getLessonsRead() / module.getLessonCount();
            total += module.status() == ModuleStatus.PASSED ? 1 : read / 2;
        }
        return (int) Math.floor(100 * total / modules.size() + 1e-9);
    }

    public List<ModuleProgress> getModules() {
        return modules;
    }

    public int getPercent() {
        return percent();
    }

    public long getPassedCount() {
        return passedCount();
    }
}
