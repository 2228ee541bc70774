package org.planflow.shared;

/** An upload or value over its size limit; the API answers 413. */
public class TooLargeException extends RuntimeException {

    public TooLargeException(String message) {
        super(message);
    }
}
