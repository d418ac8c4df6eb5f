package org.threegaps.matcher.engine;

import org.threegaps.matcher.RuleTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.rule.Match;

/**
 * A backstop against a rule set that does not finish: the fence makes loops impossible in the rule
 * language, but Java cannot stop a busy thread, so a run that takes longer than its limit fails the call
 * instead (a {@link RuleTimeoutException} naming the pair and the rule that was firing), and the run is
 * left to a daemon thread. A timeout never changes a result: a call either returns every result or fails.
 */
final class TimeGuard {
    /** The default limit: generous, so that only a run that would never end reaches it. */
    static final Duration DEFAULT_PER_PAIR = Duration.ofSeconds(10);

    private static final AtomicInteger THREADS = new AtomicInteger();
    private static final ExecutorService RUNNERS = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "rules-run-" + THREADS.incrementAndGet());
        thread.setDaemon(true); // a run that never ends must not keep the JVM alive
        return thread;
    });
    /** The match firing on a runner thread, for the error when its run times out. */
    private static final ThreadLocal<Firing> FIRING = new ThreadLocal<>();

    private TimeGuard() {
    }

    /** What a run is doing, written by its runner thread and read by the caller on a timeout. */
    private static final class Firing {
        volatile Match match;
    }

    /** Records the firing match of every guarded run; attached once to each session. */
    static final DefaultAgendaEventListener LISTENER = new DefaultAgendaEventListener() {
        @Override
        public void beforeMatchFired(BeforeMatchFiredEvent event) {
            Firing firing = FIRING.get();
            if (firing != null) {
                firing.match = event.getMatch();
            }
        }
    };

    /**
     * Runs {@code run} over {@code pairs} on a runner thread and waits at most {@code perPair} per pair.
     *
     * @param idOf the rule id of a rule name, for the error
     * @throws RuleTimeoutException when the run takes longer; it names the pair and rule that were firing
     */
    static void run(List<RulePair> pairs, Duration perPair, Runnable run, UnaryOperator<String> idOf) {
        call(pairs.size(), pairs.size() == 1 ? pairs.get(0) : null, perPair, () -> {
            run.run();
            return null;
        }, idOf);
    }

    /**
     * Runs {@code work}, which scores {@code pairs} pairs, on a runner thread and waits at most {@code perPair} per
     * pair. Guarded work that runs rules runs them in place, within this limit: one handoff for all of it, and the
     * facts and findings it makes stay on the thread that reads them.
     *
     * @param onlyPair the pair, when there is one: the error names it even when no rule was firing
     * @param idOf     the rule id of a rule name, for the error
     * @throws RuleTimeoutException when the work takes longer; it names the pair and rule that were firing
     */
    static <T> T call(int pairs, RulePair onlyPair, Duration perPair, Supplier<T> work, UnaryOperator<String> idOf) {
        if (FIRING.get() != null) {
            return work.get(); // already on a runner, under the limit of the work that started it
        }
        Firing firing = new Firing();
        Future<T> future = RUNNERS.submit(() -> {
            FIRING.set(firing);
            try {
                return work.get();
            } finally {
                FIRING.remove();
            }
        });
        long limitNanos = perPair.toNanos() * Math.max(1, pairs);
        try {
            return future.get(limitNanos, TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            future.cancel(true); // interrupts what can be interrupted; a busy loop goes on in its daemon thread
            Match match = firing.match;
            RulePair pair = match == null ? onlyPair
                    : match.getObjects().stream().filter(RulePair.class::isInstance).map(RulePair.class::cast).findFirst().orElse(null);
            throw new RuleTimeoutException(match == null ? "?" : idOf.apply(match.getRule().getName()),
                    pair == null ? "?" : pair.getCandidate().id(), pair == null ? "?" : pair.getJob().id(),
                    Duration.ofNanos(limitNanos), pairs);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the rules ran", e);
        }
    }
}
