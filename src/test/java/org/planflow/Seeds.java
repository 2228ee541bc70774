package org.planflow;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The seed documents from the classpath, as an upload would send them. */
public final class Seeds {

    private Seeds() {
    }

    public static byte[] bytes(String name) {
        try (InputStream in = Seeds.class.getResourceAsStream("/seeds/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("No seed " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
