package org.planflow.shared;

import java.util.List;

/** Input that breaks a rule (400), with its problem and values. */
public class CodedInputException extends InvalidInputException implements CodedRefusal {

    private final InputProblem problem;
    private final List<String> values;

    public CodedInputException(String field, InputProblem problem, List<String> values) {
        super(field, (field == null ? "" : field + ": ") + problem.english(values));
        this.problem = problem;
        this.values = List.copyOf(values);
    }

    @Override
    public InputProblem problem() {
        return problem;
    }

    @Override
    public String code() {
        return problem.name();
    }

    @Override
    public List<String> values() {
        return values;
    }
}
