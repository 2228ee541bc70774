package org.planflow.shared;

import java.util.List;

/** An action that clashes with what exists or has happened (409), with the field, its problem and values. */
public class CodedConflictException extends ConflictException implements CodedRefusal {

    private final String field;
    private final InputProblem problem;
    private final List<String> values;

    public CodedConflictException(String field, InputProblem problem, List<String> values) {
        super(problem.english(values));
        this.field = field;
        this.problem = problem;
        this.values = List.copyOf(values);
    }

    @Override
    public String field() {
        return field;
    }

    @Override
    public InputProblem problem() {
        return problem;
    }

    @Override
    public List<String> values() {
        return values;
    }
}
