package org.dnacademy.progress.control;

/** Where a trainee stands in one module. */
public enum ModuleStatus {
    LOCKED("Locked", "Pass the prerequisite modules first"),
    NOT_STARTED("Not started", "Start the first lesson"),
    IN_PROGRESS("In progress", "Continue reading"),
    READY_FOR_QUIZ("Lessons read", "Take the quiz"),
    PASSED("Passed", "Review the module");

    private final String label;
    private final String nextStep;

    ModuleStatus(String label, String nextStep) {
        this.label = label;
        this.nextStep = nextStep;
    }

    public String getLabel() {
        return label;
    }

    public String getNextStep() {
        return nextStep;
    }

    /** For styling: the enum name in lower case with hyphens. */
    public String getCssClass() {
        return "status-" + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
