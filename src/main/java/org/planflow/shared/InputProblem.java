package org.planflow.shared;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A refusal of input as an enum constant: its code is the constant's name, its English wording a
 * {@link MessageFormat} pattern; the views word the code from the bundles. Implemented by a feature's problem enum.
 */
public interface InputProblem {

    String name();

    /** The English wording, with {0}, {1}… for the values. */
    String pattern();

    default String english(List<String> values) {
        return new MessageFormat(pattern(), Locale.ROOT).format(values.toArray());
    }

    /** The refusal (400) of the named field, with the values its wording takes. */
    default CodedInputException at(String field, Object... values) {
        List<String> texts = Arrays.stream(values).map(String::valueOf).toList();
        return new CodedInputException(field, name(), field + ": " + english(texts), texts);
    }
}
