package org.planflow.shared;

/** The action clashes with what already happened (a task completed or claimed by someone else); the API answers 409. */
public class ConflictException extends RuntimeException {

    protected ConflictException(String message) {
        super(message);
    }
}
