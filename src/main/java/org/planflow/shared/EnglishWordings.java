package org.planflow.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What {@link InputProblem}'s defaults read once: the English bundle, where a problem's English wording stands (the
 * same text the views show an English reader), and each constant's {@link Conflict} mark.
 */
final class EnglishWordings {

    static final String BUNDLE = "vaadin-i18n/translations_en.properties";

    private static final Properties WORDINGS = load();
    private static final Map<InputProblem, Boolean> CONFLICTS = new ConcurrentHashMap<>();

    private EnglishWordings() {
    }

    static String of(String key) {
        String wording = WORDINGS.getProperty(key);
        if (wording == null) {
            throw new IllegalStateException("No English wording " + key + " in " + BUNDLE);
        }
        return wording;
    }

    static boolean conflict(InputProblem problem) {
        return CONFLICTS.computeIfAbsent(problem, EnglishWordings::marked);
    }

    private static boolean marked(InputProblem problem) {
        try {
            return problem.getClass().getField(problem.name()).isAnnotationPresent(Conflict.class);
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException(problem.getClass().getName() + " has no constant " + problem.name(), e);
        }
    }

    private static Properties load() {
        Properties wordings = new Properties();
        try (InputStream in = EnglishWordings.class.getClassLoader().getResourceAsStream(BUNDLE)) {
            if (in == null) {
                throw new IllegalStateException("No " + BUNDLE + " on the class path");
            }
            wordings.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + BUNDLE, e);
        }
        return wordings;
    }
}
