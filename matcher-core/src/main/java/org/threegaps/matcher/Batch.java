package org.threegaps.matcher;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.threegaps.matcher.features.FeatureDeriver;
import org.threegaps.matcher.features.PairFeatures;
import org.threegaps.matcher.model.Candidate;
import org.threegaps.matcher.model.Job;
import org.threegaps.matcher.result.MatchResult;

/**
 * Streams candidate–job pairs through one rule set and hands the results on in input order.
 *
 * <p>Pairs are read from an iterator in chunks (one stateless execute per chunk, the size the Drools notes
 * measured as the sweet spot) and scored on {@code threads} worker threads. At most {@code 2 × threads}
 * chunks are in flight, so memory stays bounded however many pairs flow through: a million-pair product
 * never exists as a list. The rule set is fixed when the batch is created; a {@link Matcher#reload()} during
 * a run does not mix two rule sets in one output.
 *
 * <pre>{@code
 * long scored = matcher.batch().threads(2).run(Batch.product(candidates, jobs), result -> write(result));
 * }</pre>
 */
public final class Batch {
    /**
     * One pair to score.
     *
     * @param candidate the candidate
     * @param job       the job
     */
    public record Request(Candidate candidate, Job job) {
        /**
         * @param candidate the candidate
         * @param job       the job
         * @throws NullPointerException when the candidate or the job is null
         */
        public Request {
            Objects.requireNonNull(candidate, "candidate");
            Objects.requireNonNull(job, "job");
        }
    }

    private final Matcher.Engine engine;
    private final int chunkSize;
    private final int threads;

    Batch(Matcher.Engine engine, int chunkSize, int threads) {
        this.engine = engine;
        this.chunkSize = chunkSize;
        this.threads = threads;
    }

    /**
     * @param threads worker threads, 1 to 256; 1 scores on a single worker
     * @return a batch that scores on {@code threads} threads
     * @throws IllegalArgumentException when {@code threads} is outside 1 to 256
     */
    public Batch threads(int threads) {
        if (threads < 1 || threads > 256) {
            throw new IllegalArgumentException("threads must be between 1 and 256, was " + threads);
        }
        return new Batch(engine, chunkSize, threads);
    }

    /**
     * @param pairs how many pairs one rule execution takes, 1 to 100,000
     * @return a batch with chunks of that size
     * @throws IllegalArgumentException when {@code pairs} is outside 1 to 100,000
     */
    public Batch chunkSize(int pairs) {
        if (pairs < 1 || pairs > 100_000) {
            throw new IllegalArgumentException("chunkSize must be between 1 and 100000, was " + pairs);
        }
        return new Batch(engine, pairs, threads);
    }

    /** @return the fingerprint of the rule set every result of this batch is scored with */
    public String fingerprint() {
        return engine.ruleBase().fingerprint();
    }

    /**
     * Scores every pair and passes each result to {@code sink}, in the order the pairs came, on the calling
     * thread.
     *
     * @param pairs the pairs, read in chunks as the workers need them
     * @param sink  receives each result, in the order of {@code pairs}
     * @return how many pairs were scored
     * @throws NullPointerException when an argument, or a pair the iterator yields, is null
     * @throws org.threegaps.matcher.engine.RuleFailureException when a rule throws; names the rule and the pair
     */
    public long run(Iterator<Request> pairs, Consumer<MatchResult> sink) {
        Objects.requireNonNull(pairs, "pairs");
        Objects.requireNonNull(sink, "sink");
        ExecutorService workers = Executors.newFixedThreadPool(threads, runnable -> {
            Thread t = new Thread(runnable, "threegaps-batch");
            t.setDaemon(true);
            return t;
        });
        try {
            ArrayDeque<CompletableFuture<List<MatchResult>>> inFlight = new ArrayDeque<>();
            long scored = 0;
            while (pairs.hasNext() || !inFlight.isEmpty()) {
                while (pairs.hasNext() && inFlight.size() < 2 * threads) {
                    List<Request> chunk = next(pairs);
                    inFlight.add(CompletableFuture.supplyAsync(() -> score(chunk), workers));
                }
                for (MatchResult result : join(inFlight.poll())) {
                    sink.accept(result);
                    scored++;
                }
            }
            return scored;
        } finally {
            workers.shutdownNow();
        }
    }

    /**
     * @param pairs the pairs
     * @return the results of every pair, in order; for inputs that fit in memory
     * @throws NullPointerException when {@code pairs}, or a pair it yields, is null
     * @throws org.threegaps.matcher.engine.RuleFailureException when a rule throws; names the rule and the pair
     */
    public List<MatchResult> runAll(Iterator<Request> pairs) {
        List<MatchResult> results = new ArrayList<>();
        run(pairs, results::add);
        return results;
    }

    /**
     * @param candidates the candidates; copied
     * @param jobs       the jobs; copied
     * @return every candidate with every job, candidate by candidate, produced lazily (no list of
     *     {@code candidates × jobs} pairs is ever built)
     * @throws NullPointerException when a list or one of its elements is null
     */
    public static Iterator<Request> product(List<Candidate> candidates, List<Job> jobs) {
        List<Candidate> cs = List.copyOf(Objects.requireNonNull(candidates, "candidates"));
        List<Job> js = List.copyOf(Objects.requireNonNull(jobs, "jobs"));
        return new Iterator<>() {
            private long next;
            private final long size = (long) cs.size() * js.size();

            @Override
            public boolean hasNext() {
                return next < size;
            }

            @Override
            public Request next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                Request pair = new Request(cs.get((int) (next / js.size())), js.get((int) (next % js.size())));
                next++;
                return pair;
            }
        };
    }

    private List<Request> next(Iterator<Request> pairs) {
        List<Request> chunk = new ArrayList<>(chunkSize);
        while (pairs.hasNext() && chunk.size() < chunkSize) {
            chunk.add(Objects.requireNonNull(pairs.next(), "pairs yielded null"));
        }
        return chunk;
    }

    private List<MatchResult> score(List<Request> chunk) {
        FeatureDeriver deriver = engine.deriver();
        List<Candidate> candidates = new ArrayList<>(chunk.size());
        List<Job> jobs = new ArrayList<>(chunk.size());
        List<PairFeatures> features = new ArrayList<>(chunk.size());
        // a product repeats each candidate across a chunk and the jobs across chunks: profile each object once
        Map<Candidate, FeatureDeriver.CandidateProfile> candidateProfiles = new IdentityHashMap<>();
        Map<Job, FeatureDeriver.JobProfile> jobProfiles = new IdentityHashMap<>();
        for (Request pair : chunk) {
            candidates.add(pair.candidate());
            jobs.add(pair.job());
            features.add(deriver.derive(candidateProfiles.computeIfAbsent(pair.candidate(), deriver::profile),
                    jobProfiles.computeIfAbsent(pair.job(), deriver::profile)));
        }
        return engine.ruleBase().score(candidates, jobs, features);
    }

    private static List<MatchResult> join(CompletableFuture<List<MatchResult>> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            // the worker's own exception (a bad pair, a failing rule) is what the caller needs to see
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }
}
