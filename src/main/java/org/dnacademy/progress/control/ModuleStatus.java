package org.dnacademy.progress.control;

/** Where a trainee stands in one module. */
public enum ModuleStatus {
    LOCKED("Locked"),
    NOT_STARTED("Not started"),
    IN_PROGRESS("In progress"),
    READY_FOR_QUIZ("Lessons read"),
    PASSED("Passed");

    private final String label;

    ModuleStatus(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }

    /** For styling: the enum name in lower case with hyphens. */
    public String getCssClass() {
        return "status-" + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
