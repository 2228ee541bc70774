package org.planflow;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Calls that really race: each on its own thread, released together by a barrier. */
public final class Races {

    private Races() {
    }

    /** Runs every call at the same moment; returns their results in the calls' order. */
    public static <T> List<T> atOnce(List<Callable<T>> calls) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(calls.size());
        CyclicBarrier start = new CyclicBarrier(calls.size());
        try {
            List<Future<T>> results = new ArrayList<>();
            for (Callable<T> call : calls) {
                results.add(threads.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            List<T> values = new ArrayList<>();
            for (Future<T> result : results) {
                values.add(result.get());
            }
            return values;
        } finally {
            threads.shutdownNow();
        }
    }
}
