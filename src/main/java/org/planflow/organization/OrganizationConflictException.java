package org.planflow.organization;

import java.util.List;

import org.planflow.shared.ConflictException;

/** A change that clashes with the units and users as they are (409), with its problem code. */
public class OrganizationConflictException extends ConflictException implements OrganizationProblem.Refusal {

    private final String field;
    private final OrganizationProblem problem;
    private final List<String> values;

    OrganizationConflictException(String field, OrganizationProblem problem, List<String> values) {
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
    public OrganizationProblem problem() {
        return problem;
    }

    @Override
    public List<String> values() {
        return values;
    }
}
