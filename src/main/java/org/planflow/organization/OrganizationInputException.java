package org.planflow.organization;

import java.util.List;

import org.planflow.shared.CodedInputException;

/** A value the administration refuses (400), with its problem code. */
public class OrganizationInputException extends CodedInputException implements OrganizationProblem.Refusal {

    private final OrganizationProblem problem;

    OrganizationInputException(String field, OrganizationProblem problem, List<String> values) {
        super(field, problem.name(), field + ": " + problem.english(values), values);
        this.problem = problem;
    }

    @Override
    public OrganizationProblem problem() {
        return problem;
    }
}
