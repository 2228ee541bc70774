package org.planflow.inbox;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.planflow.shared.CodedConflictException;

/**
 * Why a claim, release or completion of a task clashes with what happened to it (409): the API answers the
 * English wording with the code, the views word the code in the user's language ({@code inbox.problem.<CODE>}).
 */
public enum TaskProblem {
    COMPLETED("task {0} was completed already"),
    CLOSED("task {0} is no longer open: its process moved on a moment ago (withdrawn, past its deadline or ended)"),
    HELD("task {0} is being handled by {1}"),
    NOT_HELD("task {0} is not claimed by you"),
    PERSONAL("task {0} is yours personally and cannot be given back to a unit"),
    CHANGED("task {0} was changed by someone else a moment ago; open it again");

    private final String english;

    TaskProblem(String english) {
        this.english = english;
    }

    public CodedConflictException of(Object... values) {
        List<String> texts = Arrays.stream(values).map(String::valueOf).toList();
        return new CodedConflictException(null, name(), new MessageFormat(english, Locale.ROOT).format(texts.toArray()), texts);
    }
}
