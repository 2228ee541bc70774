package org.planflow.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Every figure the benchmarks measure in this JVM, printed as it is taken and once more, all together, when the test
 * run ends ({@link FiguresSummary}); also kept in {@code target/benchmarks/figures.txt} for the report.
 */
final class Figures {

    static final Path FILE = Path.of("target", "benchmarks", "figures.txt");

    private static final List<Figure> FIGURES = new ArrayList<>();

    private Figures() {
    }

    /** A figure with its target (blank: none) and whether it meets it (null: no target). */
    record Figure(String group, String name, String value, String target, Boolean met) {

        String line() {
            String verdict = met == null ? "" : met ? "  [met]" : "  [MISSED]";
            return "%-12s %-62s %-44s %s%s".formatted(group, name, value, target.isEmpty() ? "" : "target " + target, verdict);
        }
    }

    static synchronized void add(String group, String name, String value, String target, Boolean met) {
        Figure figure = new Figure(group, name, value, target, met);
        FIGURES.add(figure);
        System.out.println("BENCHMARK " + figure.line());
    }

    static void info(String group, String name, String value) {
        add(group, name, value, "", null);
    }

    /** A latency against an upper bound for its 95th percentile. */
    static void p95(String group, String name, Timing.Latency latency, double targetMillis) {
        add(group, name, latency.toString(), "p95 < %.0f ms".formatted(targetMillis), latency.p95() < targetMillis);
    }

    /** A latency against an upper bound for its median (one-off or list calls whose target names no percentile). */
    static void median(String group, String name, Timing.Latency latency, double targetMillis) {
        add(group, name, latency.toString(), "< %.0f ms".formatted(targetMillis), latency.median() < targetMillis);
    }

    static synchronized List<Figure> all() {
        return List.copyOf(FIGURES);
    }

    /** The summary block: every figure of the run, one per line. */
    static synchronized String summary() {
        StringBuilder text = new StringBuilder();
        text.append("================ PlanFlow benchmark summary (").append(FIGURES.size()).append(" figures) ================\n");
        FIGURES.forEach(figure -> text.append(figure.line()).append('\n'));
        long missed = FIGURES.stream().filter(figure -> Boolean.FALSE.equals(figure.met())).count();
        text.append("targets missed: ").append(missed).append('\n');
        text.append("=".repeat(80)).append('\n');
        return text.toString();
    }

    static synchronized void write() {
        try {
            Files.createDirectories(FILE.getParent());
            Files.writeString(FILE, summary(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
