package org.planflow.shared;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Something PlanFlow refuses, as an enum constant of a feature's problem enum: its code is the constant's name, its
 * English wording a {@link MessageFormat} pattern (the API's detail), its wording in the user's language the bundle
 * key {@code <bundle>.<CODE>} (the views). Every refusal a user can see is one of these (decision 021).
 */
public interface InputProblem {

    String name();

    /** The English wording, with {0}, {1}… for the values. */
    String pattern();

    /** The stem of the bundle keys that word these problems, e.g. {@code plan.problem}. */
    String bundle();

    /** A clash with what exists or has happened (409) rather than bad input (400). */
    default boolean conflict() {
        return false;
    }

    default String translationKey() {
        return bundle() + "." + name();
    }

    default String english(List<String> values) {
        return new MessageFormat(pattern(), Locale.ROOT).format(values.toArray());
    }

    /** The refusal of the named field (null: of the request as a whole), with the values its wording takes. */
    default RuntimeException at(String field, Object... values) {
        List<String> texts = Arrays.stream(values).map(String::valueOf).toList();
        return conflict() ? new CodedConflictException(field, this, texts) : new CodedInputException(field, this, texts);
    }
}
