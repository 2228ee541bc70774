package org.planflow.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * The UI bundles read file by file, so a key missing in English is not hidden by the Chinese base
 * bundle the way a resource bundle's parent chain would hide it.
 */
public final class Wording {

    private static final Properties CHINESE = load("vaadin-i18n/translations.properties");
    private static final Properties ENGLISH = load("vaadin-i18n/translations_en.properties");

    private Wording() {
    }

    public static void assertWordedInBothLanguages(String key) {
        assertThat(CHINESE.getProperty(key)).as("%s in Chinese", key).isNotBlank();
        assertThat(ENGLISH.getProperty(key)).as("%s in English", key).isNotBlank();
    }

    private static Properties load(String resource) {
        Properties properties = new Properties();
        try (InputStream in = Wording.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("No " + resource + " on the classpath");
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
