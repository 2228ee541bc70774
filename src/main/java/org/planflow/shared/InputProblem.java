package org.planflow.shared;

import java.util.Arrays;
import java.util.List;

/**
 * Something PlanFlow refuses, as an enum constant of a feature's problem enum: its code is the constant's name, its
 * wording in the user's language the bundle key {@code <bundle>.<CODE>} (the views), and the English of that key is
 * also the API's detail, so the wording stands once (decisions 021 and 053). A constant marked {@link Conflict} is a
 * clash with what exists or has happened. Every refusal a user can see is one of these.
 */
public interface InputProblem {

    String name();

    /** The stem of the bundle keys that word these problems, e.g. {@code plan.problem}. */
    String bundle();

    default String translationKey() {
        return bundle() + "." + name();
    }

    /** The English wording from the English bundle, with {0}, {1}… for the values. */
    default String pattern() {
        return EnglishWordings.of(translationKey());
    }

    /** A clash with what exists or has happened (409) rather than bad input (400): the constant is marked {@link Conflict}. */
    default boolean conflict() {
        return EnglishWordings.conflict(this);
    }

    /** The wording an English reader of the views sees: a pattern only where there are values to fill in. */
    default String english(List<String> values) {
        return EnglishWordings.format(pattern(), values);
    }

    /** The refusal of the named field (null: of the request as a whole), with the values its wording takes. */
    default RuntimeException at(String field, Object... values) {
        List<String> texts = Arrays.stream(values).map(String::valueOf).toList();
        return conflict() ? new CodedConflictException(field, this, texts) : new CodedInputException(field, this, texts);
    }
}
