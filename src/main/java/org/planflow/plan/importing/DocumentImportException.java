package org.planflow.plan.importing;

import org.planflow.shared.InvalidInputException;

/** A plan document that cannot be imported at all: wrong type, empty, unreadable or without text. */
public class DocumentImportException extends InvalidInputException {

    public DocumentImportException(String message) {
        super("file", message);
    }

    public DocumentImportException(String message, Throwable cause) {
        this(message);
        initCause(cause);
    }
}
