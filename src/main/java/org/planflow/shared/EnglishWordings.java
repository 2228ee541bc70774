package org.planflow.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The English bundle read once, where a code's English wording stands (a refusal's, an import warning's): the text
 * the views show an English reader is also what the API answers. Also each problem constant's {@link Conflict} mark.
 */
public final class EnglishWordings {

    static final String BUNDLE = "vaadin-i18n/translations_en.properties";

    private static final Properties WORDINGS = load();
    private static final Map<InputProblem, Boolean> CONFLICTS = new ConcurrentHashMap<>();

    private EnglishWordings() {
    }

    /** The English wording of the key, failing with the key where the bundle has none. */
    public static String of(String key) {
        String wording = WORDINGS.getProperty(key);
        if (wording == null) {
            throw new IllegalStateException("No English wording " + key + " in " + BUNDLE);
        }
        return wording;
    }

    /** The wording with the values filled in, as the views word it: a pattern only where there are values. */
    public static String format(String wording, List<String> values) {
        return values.isEmpty() ? wording : new MessageFormat(wording, Locale.ROOT).format(values.toArray());
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
