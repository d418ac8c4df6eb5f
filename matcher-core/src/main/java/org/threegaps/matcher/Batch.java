package org.threegaps.matcher;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.threegaps.matcher.engine.Screen;
import org.threegaps.matcher.features.Commute;
import org.threegaps.matcher.features.FeatureDeriver;
import org.threegaps.matcher.features.PairFeatures;
import org.threegaps.matcher.model.Candidate;
import org.threegaps.matcher.model.Job;
import org.threegaps.matcher.result.MatchResult;
import org.threegaps.matcher.result.Verdict;

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
 *
 * <p>A batch {@link #atLeast} a verdict hands on only the results with that verdict or better, and fully scores
 * only the pairs that can have it: each chunk first goes through the rule set's {@link Screen} (its essential
 * rules, run on their own), and the pairs it leaves out are handed to the optional {@code leftOut} consumer
 * instead, with the screen's outcome. The results handed on are those full scoring of every pair gives. One in
 * {@link Matcher.Builder#screenCheck so many} left-out pairs is fully scored to check the screen; should one come
 * out better than promised, the chunk is scored in full, a warning names the rule, and the rest of this batch
 * and every later ranking and batch on the rule set score every pair.
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

    /**
     * A pair a batch {@link #atLeast} did not hand on: the screen shows full scoring would give it a verdict below
     * what was asked for, or it was fully scored and its verdict is below.
     *
     * @param candidate   the candidate of the pair
     * @param job         the job of the pair
     * @param verdict     the best verdict full scoring could give it (or gave it)
     * @param provisional whether that verdict is provisional
     * @param openGaps    its open essential gaps
     * @param essentials  the ids of the essential rules it rests on, blockers first
     */
    public record LeftOut(Candidate candidate, Job job, Verdict verdict, boolean provisional, int openGaps,
                          List<String> essentials) {
        /**
         * @param candidate   the candidate of the pair
         * @param job         the job of the pair
         * @param verdict     the best verdict full scoring could give it (or gave it)
         * @param provisional whether that verdict is provisional
         * @param openGaps    its open essential gaps
         * @param essentials  the ids of the essential rules it rests on, blockers first
         * @throws NullPointerException when {@code essentials} is null or holds null
         */
        public LeftOut {
            essentials = List.copyOf(essentials);
        }

        private static LeftOut of(Candidate candidate, Job job, Screen.Outcome outcome) {
            return new LeftOut(candidate, job, outcome.verdict(), outcome.provisional(), outcome.openGaps(),
                    outcome.essentials());
        }

        /** @return the rule the pair's outcome rests on, for counting pairs left out: the first blocker, else the first essential, else "" */
        public String firstEssential() {
            return essentials.isEmpty() ? "" : essentials.get(0);
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(Batch.class);

    private final Scoring engine;
    private final int chunkSize;
    private final int threads;
    private final Verdict atLeast;

    Batch(Scoring engine, int chunkSize, int threads) {
        this(engine, chunkSize, threads, Verdict.NOT_YET);
    }

    private Batch(Scoring engine, int chunkSize, int threads, Verdict atLeast) {
        this.engine = engine;
        this.chunkSize = chunkSize;
        this.threads = threads;
        this.atLeast = atLeast;
    }

    /**
     * @param verdict the worst verdict a result handed on may have; {@code NOT_YET} (the default) hands on every
     *                pair's result
     * @return a batch that hands on only results with {@code verdict} or better, and scores fully only the pairs
     *     the screen shows can have it
     * @throws NullPointerException when {@code verdict} is null
     */
    public Batch atLeast(Verdict verdict) {
        return new Batch(engine, chunkSize, threads, Objects.requireNonNull(verdict, "verdict"));
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
        return new Batch(engine, chunkSize, threads, atLeast);
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
        return new Batch(engine, pairs, threads, atLeast);
    }

    /** @return the fingerprint of the rule set every result of this batch is scored with */
    public String fingerprint() {
        return engine.ruleBase().fingerprint();
    }

    /**
     * Scores every pair and passes each result to {@code sink}, in the order the pairs came, on the calling
     * thread; with {@link #atLeast}, only the results with that verdict or better.
     *
     * @param pairs the pairs, read in chunks as the workers need them
     * @param sink  receives each result, in the order of {@code pairs}
     * @return how many results were passed to {@code sink}
     * @throws NullPointerException when an argument, or a pair the iterator yields, is null
     * @throws org.threegaps.matcher.RuleFailureException when a rule throws; names the rule and the pair
     */
    public long run(Iterator<Request> pairs, Consumer<MatchResult> sink) {
        return run(pairs, sink, leftOut -> { });
    }

    /**
     * As {@link #run(Iterator, Consumer)}; the pairs a batch {@link #atLeast} leaves out unscored go to
     * {@code leftOut}, in their place among the results, on the calling thread.
     *
     * @param pairs   the pairs, read in chunks as the workers need them
     * @param sink    receives each result that passes, in the order of {@code pairs}
     * @param leftOut receives each pair left out unscored, with what the screen found
     * @return how many results were passed to {@code sink}
     * @throws NullPointerException when an argument, or a pair the iterator yields, is null
     */
    public long run(Iterator<Request> pairs, Consumer<MatchResult> sink, Consumer<LeftOut> leftOut) {
        Objects.requireNonNull(pairs, "pairs");
        Objects.requireNonNull(sink, "sink");
        Objects.requireNonNull(leftOut, "leftOut");
        Profiles profiles = new Profiles(engine.deriver());
        ExecutorService workers = Executors.newFixedThreadPool(threads, runnable -> {
            Thread t = new Thread(runnable, "threegaps-batch");
            t.setDaemon(true);
            return t;
        });
        try {
            ArrayDeque<CompletableFuture<List<Object>>> inFlight = new ArrayDeque<>();
            long scored = 0;
            while (pairs.hasNext() || !inFlight.isEmpty()) {
                while (pairs.hasNext() && inFlight.size() < 2 * threads) {
                    List<Request> chunk = next(pairs);
                    // the whole chunk under the time guard, on one thread: its rule runs need no handoff each
                    inFlight.add(CompletableFuture.supplyAsync(
                            () -> engine.ruleBase().guarded(chunk.size(), () -> score(chunk, profiles)), workers));
                }
                for (Object out : join(inFlight.poll())) {
                    if (out instanceof MatchResult result) {
                        sink.accept(result);
                        scored++;
                    } else {
                        leftOut.accept((LeftOut) out);
                    }
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
     * @throws org.threegaps.matcher.RuleFailureException when a rule throws; names the rule and the pair
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

    /**
     * The profiles of the candidates and jobs a batch meets, shared by its chunks so that each side is derived
     * once, not once per chunk; by identity, and forgotten when many distinct ones went by, so a stream of
     * ever-new objects keeps the heap flat.
     */
    private static final class Profiles {
        private static final int MAX = 4096;
        private final FeatureDeriver deriver;
        private final Map<Object, FeatureDeriver.CandidateProfile> candidates = new ConcurrentHashMap<>();
        private final Map<Object, FeatureDeriver.JobProfile> jobs = new ConcurrentHashMap<>();
        private final Map<Object, Screen.Outcome> farBounds = new ConcurrentHashMap<>();

        Profiles(FeatureDeriver deriver) {
            this.deriver = deriver;
        }

        FeatureDeriver.CandidateProfile of(Candidate candidate) {
            if (candidates.size() > MAX) {
                candidates.clear();
            }
            return candidates.computeIfAbsent(new Identity(candidate), k -> deriver.profile(candidate));
        }

        FeatureDeriver.JobProfile of(Job job) {
            if (jobs.size() > MAX) {
                jobs.clear();
            }
            return jobs.computeIfAbsent(new Identity(job), k -> deriver.profile(job));
        }

        /** @return the job's bound for its out-of-reach pairs, found with {@code bound} the first time */
        Screen.Outcome farBound(Job job, java.util.function.Supplier<Screen.Outcome> bound) {
            if (farBounds.size() > MAX) {
                farBounds.clear();
            }
            return farBounds.computeIfAbsent(new Identity(job), k -> bound.get());
        }
    }

    /** A key equal only to itself's object. */
    private record Identity(Object of) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Identity that && that.of == of;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(of);
        }
    }

    /** @return the chunk's results, and with {@link #atLeast} its left-out pairs, in pair order */
    private List<Object> score(List<Request> chunk, Profiles profiles) {
        Screen screen = atLeast == Verdict.NOT_YET ? null : engine.screen();
        if (screen != null && !screen.farRuleIds().isEmpty()) {
            return withoutFarPairs(chunk, profiles, screen);
        }
        FeatureDeriver deriver = engine.deriver();
        List<Candidate> candidates = new ArrayList<>(chunk.size());
        List<Job> jobs = new ArrayList<>(chunk.size());
        List<PairFeatures> features = new ArrayList<>(chunk.size());
        for (Request pair : chunk) {
            candidates.add(pair.candidate());
            jobs.add(pair.job());
            features.add(deriver.derive(profiles.of(pair.candidate()), profiles.of(pair.job())));
        }
        if (screen == null) {
            return passing(engine.ruleBase().score(candidates, jobs, features));
        }
        return screened(candidates, jobs, features, screen);
    }

    /**
     * Screen, then score, after a cheaper first look: a pair whose commute is out of reach ({@code Commute.outOfReach},
     * estimated alone, before the other features) is left out with its job's {@link Screen#farBound} when that bound
     * cannot pass {@link #atLeast}, without deriving or screening it. The bound is found once per job, on the first
     * such pair. One in {@link Matcher.Builder#screenCheck so many} of those pairs goes the whole way, and should it
     * pass after all, the chunk is scored in full and the rule set's screen is off from then on.
     */
    private List<Object> withoutFarPairs(List<Request> chunk, Profiles profiles, Screen screen) {
        FeatureDeriver deriver = engine.deriver();
        Object[] out = new Object[chunk.size()];
        List<Integer> near = new ArrayList<>(chunk.size());
        List<Candidate> candidates = new ArrayList<>(chunk.size());
        List<Job> jobs = new ArrayList<>(chunk.size());
        List<PairFeatures> features = new ArrayList<>(chunk.size());
        List<Integer> checkedFar = new ArrayList<>();
        for (int i = 0; i < chunk.size(); i++) {
            Request pair = chunk.get(i);
            FeatureDeriver.CandidateProfile cp = profiles.of(pair.candidate());
            FeatureDeriver.JobProfile jp = profiles.of(pair.job());
            Commute commute = deriver.commute(cp, jp);
            if (commute.outOfReach()) {
                Screen.Outcome bound = profiles.farBound(pair.job(), () -> screen.farBound(pair.candidate(), pair.job(),
                        deriver.reachOnly(cp, jp, commute)));
                if (!bound.canReach(atLeast)) {
                    if (!Screen.sampled(pair.candidate().id(), pair.job().id(), engine.screenCheckOneIn())) {
                        out[i] = LeftOut.of(pair.candidate(), pair.job(), bound);
                        continue;
                    }
                    checkedFar.add(near.size());
                }
            }
            near.add(i);
            candidates.add(pair.candidate());
            jobs.add(pair.job());
            features.add(deriver.derive(cp, jp, commute));
        }
        List<Object> scored = screened(candidates, jobs, features, screen);
        for (int k : checkedFar) {
            if (scored.get(k) instanceof MatchResult passed) {
                if (engine.screenFailed()) {
                    LOG.warn("the screen left out {} × {} as out of reach, but full scoring gives {}; this batch from here"
                            + " and every later ranking and batch on rule set {} score every pair", passed.candidateId(),
                            passed.jobId(), passed.verdict(), engine.ruleBase().fingerprint());
                }
                return score(chunk, profiles);
            }
        }
        for (int k = 0; k < near.size(); k++) {
            out[near.get(k)] = scored.get(k);
        }
        return Arrays.asList(out);
    }

    /** @return the results of the pairs the screen lets through and the others left out, in pair order */
    private List<Object> screened(List<Candidate> candidates, List<Job> jobs, List<PairFeatures> features, Screen screen) {
        int size = features.size();
        List<Screen.Screened> screenedPairs = screen.screenPairs(candidates, jobs, features);
        List<Screen.Outcome> outcomes = Screen.Screened.outcomes(screenedPairs);
        List<Integer> full = new ArrayList<>();
        List<Integer> checked = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            if (outcomes.get(i).canReach(atLeast)) {
                full.add(i);
            } else if (Screen.sampled(candidates.get(i).id(), jobs.get(i).id(), engine.screenCheckOneIn())) {
                checked.add(i);
            }
        }
        // the pairs that can pass go on from the screen's findings; the sampled ones are scored from scratch
        List<MatchResult> results = engine.ruleBase().score(pick(screenedPairs, full));
        List<MatchResult> checks = checked.isEmpty() ? List.of()
                : engine.ruleBase().score(pick(candidates, checked), pick(jobs, checked), pick(features, checked));
        for (int k = 0; k < checked.size(); k++) {
            String wrong = Screen.contradiction(outcomes.get(checked.get(k)), checks.get(k));
            if (wrong != null) {
                if (engine.screenFailed()) {
                    LOG.warn("{}; this batch from here and every later ranking and batch on rule set {} score every pair",
                            wrong, engine.ruleBase().fingerprint());
                }
                return passing(engine.ruleBase().score(candidates, jobs, features));
            }
        }
        MatchResult[] byPair = new MatchResult[size];
        for (int k = 0; k < full.size(); k++) {
            byPair[full.get(k)] = results.get(k);
        }
        List<Object> out = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            if (byPair[i] == null) {
                out.add(LeftOut.of(candidates.get(i), jobs.get(i), outcomes.get(i)));
            } else if (byPair[i].verdict().atLeast(atLeast)) {
                out.add(byPair[i]);
            } else {
                out.add(LeftOut.of(candidates.get(i), jobs.get(i), Screen.Outcome.of(byPair[i])));
            }
        }
        return out;
    }

    private List<Object> passing(List<MatchResult> results) {
        List<Object> out = new ArrayList<>(results.size());
        for (MatchResult r : results) {
            out.add(r.verdict().atLeast(atLeast) ? r : LeftOut.of(r.candidate(), r.job(), Screen.Outcome.of(r)));
        }
        return out;
    }

    private static <T> List<T> pick(List<T> all, List<Integer> at) {
        List<T> out = new ArrayList<>(at.size());
        for (int i : at) {
            out.add(all.get(i));
        }
        return out;
    }

    private static List<Object> join(CompletableFuture<List<Object>> future) {
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
