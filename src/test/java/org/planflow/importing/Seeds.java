package org.planflow.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.planflow.shared.UploadLimit;

/** The five real plans under seeds/ and the demo district's units, read from the classpath. */
final class Seeds {

    static final UploadLimit LIMIT = new UploadLimit(10 * 1024 * 1024);

    static final String BAODI_QUALITY = "000_8ad55068d92d7368";
    static final String BAODI_FORWARDED = "001_7cefbca7f479efcb";
    static final String COUNTY_WEB_COPY = "002_82acbdd57eb30c28";
    static final String XINING_ISSUED = "003_2a275d039099f7ee";
    static final String YONGQIAO_DRAFT = "004_eaee06c81bbdc12e";
    static final List<String> ALL = List.of(BAODI_QUALITY, BAODI_FORWARDED, COUNTY_WEB_COPY, XINING_ISSUED, YONGQIAO_DRAFT);

    private Seeds() {
    }

    static byte[] bytes(String seed) {
        return resource("/seeds/" + seed + ".txt");
    }

    static String text(String seed) {
        return new String(bytes(seed), StandardCharsets.UTF_8);
    }

    /** The seed's lines as the file has them, numbered from 1 like an editor. */
    static List<String> lines(String seed) {
        return List.of(text(seed).split("\\r?\\n", -1));
    }

    /** The demo district of src/main/resources/db/changelog/demo/units.csv: code, name, type. */
    static List<String[]> demoUnits() {
        String[] lines = new String(resource("/db/changelog/demo/units.csv"), StandardCharsets.UTF_8).split("\\r?\\n");
        List<String[]> units = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                units.add(lines[i].strip().split(","));
            }
        }
        return units;
    }

    /** The demo district's units, without aliases, grouped by type as the plan feature groups them. */
    static UnitMatcher demoMatcher() {
        Map<UnitGroup, List<String>> groups = new EnumMap<>(UnitGroup.class);
        groups.put(UnitGroup.TOWNSHIPS, codesOf("TOWNSHIP"));
        groups.put(UnitGroup.STREETS, codesOf("STREET"));
        groups.put(UnitGroup.DEPARTMENTS, codesOf("DEPARTMENT"));
        groups.put(UnitGroup.MEMBER_UNITS, codesOf("TOWNSHIP", "STREET", "DEPARTMENT"));
        return new UnitMatcher(demoUnits().stream().map(cells -> new KnownUnit(cells[0], cells[1], List.of())).toList(), groups);
    }

    static List<String> codesOf(String... types) {
        List<String> wanted = List.of(types);
        return demoUnits().stream().filter(cells -> wanted.contains(cells[2])).map(cells -> cells[0]).toList();
    }

    static byte[] resource(String path) {
        try (InputStream in = Seeds.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Not on the classpath: " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
