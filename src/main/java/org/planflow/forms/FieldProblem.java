package org.planflow.forms;

import java.util.List;

import org.planflow.shared.InputProblem;

/**
 * What is wrong with one field's value, as a code and the values its wording needs, so a user
 * interface can say it in the user's language ({@code forms.problem.<code>} takes the same arguments).
 */
public record FieldProblem(String key, Problem code, List<String> args) {

    public FieldProblem {
        args = List.copyOf(args);
    }

    /** The refusal of the field, for the API and the views alike. */
    public RuntimeException refusal() {
        return code.at(key, args.toArray());
    }

    /** The checks a value can fail; each one says the values its wording takes as {0}, {1}. */
    public enum Problem implements InputProblem {
        /** No arguments. */
        REQUIRED,
        /** {0} the value given, {1} the allowed values. */
        NOT_AN_OPTION,
        /** {0} the value given, {1} the regular expression. */
        PATTERN,
        /** {0} the least length, {1} the length given; in characters. */
        TOO_SHORT,
        /** {0} the greatest length, {1} the length given; in characters. */
        TOO_LONG,
        /** {0} the minimum, {1} the value given. */
        TOO_SMALL,
        /** {0} the maximum, {1} the value given. */
        TOO_LARGE,
        /** {0} the value given. */
        NOT_A_NUMBER,
        /** {0} the value given. */
        NOT_A_DATE;

        @Override
        public String bundle() {
            return "forms.problem";
        }
    }
}
