package org.planflow.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

/** A few threads that do a list of independent pieces of work and report the first failure. */
final class Workers implements AutoCloseable {

    private final ExecutorService pool;

    Workers(int threads) {
        this.pool = Executors.newFixedThreadPool(threads);
    }

    <T> void run(List<T> work, Consumer<T> action) {
        map(work, item -> {
            action.accept(item);
            return null;
        });
    }

    /** The results in the order of the work. */
    <T, R> List<R> map(List<T> work, Function<T, R> action) {
        List<Future<R>> futures = new ArrayList<>(work.size());
        work.forEach(item -> futures.add(pool.submit(() -> action.apply(item))));
        List<R> results = new ArrayList<>(work.size());
        try {
            for (Future<R> future : futures) {
                results.add(future.get());
            }
        } catch (ExecutionException e) {
            futures.forEach(future -> future.cancel(false));
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return results;
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
