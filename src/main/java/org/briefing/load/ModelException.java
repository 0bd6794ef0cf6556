package org.briefing.load;

import java.util.List;
import java.util.stream.Collectors;

/** A model file that cannot be used: every problem found in it, errors first. */
public class ModelException extends Exception {
    private final List<Problem> problems;

    public ModelException(List<Problem> problems) {
        super(problems.stream().map(Problem::format).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
