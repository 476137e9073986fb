package org.dnacademy.training.content;

import java.util.List;
import java.util.stream.Collectors;

/** The curriculum files are wrong; {@link #problems()} lists every problem found, not just the first. */
public class CurriculumException extends RuntimeException {

    private final transient List<ContentProblem> problems;

    public CurriculumException(List<ContentProblem> problems) {
        super(describe(problems));
        this.problems = List.copyOf(problems);
    }

    public List<ContentProblem> problems() {
        return problems;
    }

    private static String describe(List<ContentProblem> problems) {
        String heading = problems.size() == 1 ? "The curriculum has 1 problem:"
                : "The curriculum has " + problems.size() + " problems:";
        return problems.stream().map(ContentProblem::toString)
                .collect(Collectors.joining("\n", heading + "\n", ""));
    }
}
