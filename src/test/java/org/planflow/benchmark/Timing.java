package org.planflow.benchmark;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;

/**
 * Times a call: the first {@code warmUp} calls are run and dropped, then {@code runs} are timed one after the other.
 * The result is checked by the caller's supplier itself (it throws when the answer is wrong), so a fast error is never
 * taken for a fast answer.
 */
final class Timing {

    static final int WARM_UP = 5;
    static final int RUNS = 30;

    private Timing() {
    }

    /** Median and 95th percentile in milliseconds of {@code runs} timed calls after {@code warmUp} untimed ones. */
    static Latency of(int warmUp, int runs, Supplier<?> call) {
        for (int i = 0; i < warmUp; i++) {
            call.get();
        }
        List<Double> millis = new ArrayList<>(runs);
        for (int i = 0; i < runs; i++) {
            long started = System.nanoTime();
            call.get();
            millis.add((System.nanoTime() - started) / 1e6);
        }
        return Latency.of(millis);
    }

    static Latency of(Supplier<?> call) {
        return of(WARM_UP, RUNS, call);
    }

    /** Times one run of work that is too costly to repeat, e.g. issuing to 1,000 units. */
    static double once(Runnable work) {
        long started = System.nanoTime();
        work.run();
        return (System.nanoTime() - started) / 1e6;
    }

    /** The spread of timed calls in milliseconds. */
    record Latency(int runs, double median, double p95, double max) {

        static Latency of(List<Double> millis) {
            List<Double> sorted = new ArrayList<>(millis);
            Collections.sort(sorted);
            return new Latency(sorted.size(), percentile(sorted, 50), percentile(sorted, 95), sorted.get(sorted.size() - 1));
        }

        /** Nearest-rank percentile of sorted values. */
        private static double percentile(List<Double> sorted, int percent) {
            int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
            return sorted.get(Math.max(0, rank - 1));
        }

        @Override
        public String toString() {
            return "median %.1f ms, p95 %.1f ms (%d runs, max %.1f ms)".formatted(median, p95, runs, max);
        }
    }
}
