package org.planflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Calls released at the same moment, each on its own thread behind one barrier, and a tally of how every
 * race ended over its repetitions (HTTP status classes, or a named outcome such as a timer job's), so a
 * run shows that the races really went both ways.
 */
public final class Race {

    private static final Map<String, SortedMap<String, Integer>> TALLY = new ConcurrentSkipListMap<>();

    private Race() {
    }

    /** Runs every call on its own thread, all released together; their results in the calls' order. */
    public static <T> List<T> together(List<Callable<T>> calls) {
        ExecutorService threads = Executors.newFixedThreadPool(calls.size());
        CyclicBarrier start = new CyclicBarrier(calls.size());
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> call : calls) {
                futures.add(threads.submit(() -> {
                    start.await(30, TimeUnit.SECONDS);
                    return call.call();
                }));
            }
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get(2, TimeUnit.MINUTES));
            }
            return results;
        } catch (ExecutionException e) {
            throw new IllegalStateException("A racing call failed", e.getCause());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            threads.shutdownNow();
        }
    }

    /** HTTP requests released together; their answers in order, each counted under the race's name. */
    @SafeVarargs
    public static List<ApiClient.Response> requests(String race, Supplier<ApiClient.Response>... requests) {
        List<Callable<ApiClient.Response>> calls = new ArrayList<>();
        for (Supplier<ApiClient.Response> request : requests) {
            calls.add(request::get);
        }
        List<ApiClient.Response> answers = together(calls);
        answers.forEach(answer -> count(race, statusClass(answer.status())));
        return answers;
    }

    /**
     * An HTTP request and an engine job (a timer firing) released together, the job {@code jobDelayMillis}
     * later; returns and counts the request's status and what became of the job: {@code job ran}, {@code job
     * gone} (another transaction had ended it, or its execution, before it started; the engine's own
     * "No job found" or "Cannot find execution … referenced from job"), {@code job lost (OptimisticLockingException)}
     * (it ran into another transaction's change, also when the engine wraps that) or {@code job lost (<other>)}.
     */
    public static List<String> requestAndJob(String race, Supplier<ApiClient.Response> request, Runnable job,
                                             long jobDelayMillis) {
        List<String> outcomes = together(List.of(
                () -> String.valueOf(request.get().status()),
                () -> {
                    Thread.sleep(jobDelayMillis);
                    try {
                        job.run();
                        return "job ran";
                    } catch (RuntimeException e) {
                        return jobLoss(e);
                    }
                }));
        outcomes.forEach(outcome -> count(race, outcome));
        return outcomes;
    }

    private static String jobLoss(RuntimeException e) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("No job found") || message.contains("referenced from job")) {
            return "job gone";
        }
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause.getClass().getSimpleName().equals("OptimisticLockingException")) {
                return "job lost (OptimisticLockingException)";
            }
        }
        return "job lost (" + e.getClass().getSimpleName() + ")";
    }

    /**
     * How long the job waits in the given repetition: an HTTP request first spends tens of milliseconds (more
     * on a busy machine) on its password check, a job none, so the job starts from 0 to 1.8 times as late as
     * the probe (a similar request made just before) took, and ten repetitions sweep the request's whole run:
     * both orders and true overlaps occur.
     */
    public static long jobDelay(Runnable probe, int repetition) {
        long before = System.nanoTime();
        probe.run();
        return (System.nanoTime() - before) / 1_000_000 * ((repetition - 1) % 10) / 5;
    }

    /**
     * Exactly one answer is a success, every other a 409 problem; returns the winner's index. The success
     * status is one for all, or one per request in order (e.g. 204 for a completion, 200 for a withdrawal).
     */
    public static int oneWins(List<ApiClient.Response> answers, int... successes) {
        List<Integer> winners = new ArrayList<>();
        for (int i = 0; i < answers.size(); i++) {
            ApiClient.Response answer = answers.get(i);
            if (answer.status() == successes[successes.length == 1 ? 0 : i]) {
                winners.add(i);
            } else {
                assertThat(answer.status()).as(bodies(answers)).isEqualTo(409);
                assertThat(answer.contentType()).as(answer.body()).contains("application/problem+json");
            }
        }
        assertThat(winners).as(bodies(answers)).hasSize(1);
        return winners.get(0);
    }

    public static void count(String race, String outcome) {
        TALLY.computeIfAbsent(race, name -> new TreeMap<>()).merge(outcome, 1, Integer::sum);
    }

    /** Every race counted so far whose name starts with the prefix, one line each: {@code name: 2xx=20 409=20}. */
    public static String tally(String prefix) {
        return TALLY.entrySet().stream().filter(race -> race.getKey().startsWith(prefix))
                .map(race -> race.getKey() + ": " + race.getValue().entrySet().stream()
                        .map(outcome -> outcome.getKey() + "=" + outcome.getValue()).collect(Collectors.joining(" ")))
                .collect(Collectors.joining("\n"));
    }

    private static String statusClass(int status) {
        return status >= 200 && status < 300 ? "2xx" : status == 409 ? "409" : String.valueOf(status);
    }

    private static String bodies(List<ApiClient.Response> answers) {
        return answers.stream().map(answer -> answer.status() + " " + answer.body()).collect(Collectors.joining("\n"));
    }
}
