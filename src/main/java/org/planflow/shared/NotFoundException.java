package org.planflow.shared;

/** An id that names nothing the caller may see; the API answers 404. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
