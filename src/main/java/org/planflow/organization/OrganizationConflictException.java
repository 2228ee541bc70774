package org.planflow.organization;

import java.util.List;

import org.planflow.shared.CodedConflictException;

/** A change that clashes with the units and users as they are (409), with its problem code. */
public class OrganizationConflictException extends CodedConflictException implements OrganizationProblem.Refusal {

    private final OrganizationProblem problem;

    OrganizationConflictException(String field, OrganizationProblem problem, List<String> values) {
        super(field, problem.name(), problem.english(values), values);
        this.problem = problem;
    }

    @Override
    public OrganizationProblem problem() {
        return problem;
    }
}
