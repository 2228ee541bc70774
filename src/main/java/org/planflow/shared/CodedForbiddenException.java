package org.planflow.shared;

import java.util.Arrays;
import java.util.List;

import org.springframework.security.access.AccessDeniedException;

/**
 * A refusal of rights (403) that says which rule refused it, as a problem with its values, so the API answers its code
 * and the views word it in the user's language like any other refusal.
 */
public class CodedForbiddenException extends AccessDeniedException implements CodedRefusal {

    private final String field;
    private final InputProblem problem;
    private final List<String> values;

    public CodedForbiddenException(String field, InputProblem problem, List<String> values) {
        super(problem.english(values));
        this.field = field;
        this.problem = problem;
        this.values = List.copyOf(values);
    }

    public static CodedForbiddenException of(InputProblem problem, Object... values) {
        return new CodedForbiddenException(null, problem, Arrays.stream(values).map(String::valueOf).toList());
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
