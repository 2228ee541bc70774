package org.planflow.organization;

import java.util.List;

import org.planflow.shared.InvalidInputException;

/** A value the administration refuses (400), with its problem code. */
public class OrganizationInputException extends InvalidInputException implements OrganizationProblem.Refusal {

    private final OrganizationProblem problem;
    private final List<String> values;

    OrganizationInputException(String field, OrganizationProblem problem, List<String> values) {
        super(field, field + ": " + problem.english(values));
        this.problem = problem;
        this.values = List.copyOf(values);
    }

    @Override
    public OrganizationProblem problem() {
        return problem;
    }

    @Override
    public List<String> values() {
        return values;
    }
}
