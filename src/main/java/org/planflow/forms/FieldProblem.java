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

    /** The checks a value can fail; each English wording lists the arguments it takes as {0}, {1}. */
    public enum Problem implements InputProblem {
        /** No arguments. */
        REQUIRED("is required"),
        /** {0} the value given, {1} the allowed values. */
        NOT_AN_OPTION("must be one of {1}, not \"{0}\""),
        /** {0} the value given, {1} the regular expression. */
        PATTERN("does not match the pattern {1}"),
        /** {0} the least length, {1} the length given; in characters. */
        TOO_SHORT("must have at least {0} characters, not {1}"),
        /** {0} the greatest length, {1} the length given; in characters. */
        TOO_LONG("must have at most {0} characters, not {1}"),
        /** {0} the minimum, {1} the value given. */
        TOO_SMALL("must be at least {0}, not {1}"),
        /** {0} the maximum, {1} the value given. */
        TOO_LARGE("must be at most {0}, not {1}"),
        /** {0} the value given. */
        NOT_A_NUMBER("must be a number, not \"{0}\""),
        /** {0} the value given. */
        NOT_A_DATE("must be a date written as yyyy-MM-dd, not \"{0}\"");

        private final String english;

        Problem(String english) {
            this.english = english;
        }

        @Override
        public String pattern() {
            return english;
        }

        @Override
        public String bundle() {
            return "forms.problem";
        }
    }
}
