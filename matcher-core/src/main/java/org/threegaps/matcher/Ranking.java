package org.threegaps.matcher;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.function.Function;
import java.util.stream.IntStream;
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
 * Jobs ranked for a candidate, or candidates for a job: best verdict first, then the settled before the
 * provisional, then the fewest open essential gaps, then the most points, then the id, so ties always come out
 * in the same order. Points only rank pairs that are equal on everything before them. Only the best N are kept.
 *
 * <p>Screen, then score: every pair first goes through the rule set's {@link Screen} (its essential rules, run on
 * their own), which gives the verdict, provisional flag and open essential gaps full scoring will give, or better.
 * Pairs are then fully scored (all rules, findings, points) best screen outcome first, and only as long as they can
 * still enter the list: once N results are kept, a pair whose outcome is already worse than the N-th's is left out,
 * as is a pair whose outcome is below {@link #atLeast}, and so is a pair of the N-th's outcome when the N-th has
 * every point and a lower id (points cannot lift it past that). The list is the one full scoring of every pair gives.
 * A pair whose commute is out of reach is not derived or screened in full: the essential rules that read only the
 * job and {@code commute.outOfReach} ({@link Screen#farBounds}) promise the best it can do, and it is derived only
 * if it comes up for full scoring.
 * One in {@link Matcher.Builder#screenCheck so many} left-out pairs (the same on every run) is fully scored to
 * check the screen; should one come out better than promised, the ranking scores every pair, and so does every
 * later ranking and batch on that rule set, with one warning in the log naming the rule.
 */
public final class Ranking {
    private static final Logger LOG = LoggerFactory.getLogger(Ranking.class);

    private final Scoring engine;
    private final Candidate candidate;
    private final Job job;
    private final List<Candidate> candidates;
    private final List<Job> jobs;
    private final int chunkSize;
    private final Verdict atLeast;

    private Ranking(Scoring engine, Candidate candidate, Job job, List<Candidate> candidates, List<Job> jobs,
                    int chunkSize, Verdict atLeast) {
        this.engine = engine;
        this.candidate = candidate;
        this.job = job;
        this.candidates = candidates;
        this.jobs = jobs;
        this.chunkSize = chunkSize;
        this.atLeast = atLeast;
    }

    static Ranking jobsFor(Scoring engine, Candidate candidate, List<Job> jobs, int chunkSize) {
        return new Ranking(engine, candidate, null, null, jobs, chunkSize, Verdict.NOT_YET);
    }

    static Ranking candidatesFor(Scoring engine, Job job, List<Candidate> candidates, int chunkSize) {
        return new Ranking(engine, null, job, candidates, null, chunkSize, Verdict.NOT_YET);
    }

    /**
     * @param verdict the worst verdict to keep
     * @return a ranking that keeps only pairs with {@code verdict} or better
     * @throws NullPointerException when {@code verdict} is null
     */
    public Ranking atLeast(Verdict verdict) {
        return new Ranking(engine, candidate, job, candidates, jobs, chunkSize, Objects.requireNonNull(verdict, "verdict"));
    }

    /** @return every ranked result */
    public List<MatchResult> all() {
        return top(Integer.MAX_VALUE);
    }

    /**
     * @param n how many to return; more than the pool returns the whole pool
     * @return the best {@code n} results, best first
     * @throws IllegalArgumentException when {@code n} is negative
     * @throws org.threegaps.matcher.RuleFailureException when a rule throws; names the rule and the pair
     */
    public List<MatchResult> top(int n) {
        return listing(n).results();
    }

    /**
     * @param results      the best N, best first
     * @param fullyScored  how many pairs were fully scored for them (the screen's self-check not counted)
     */
    record Listing(List<MatchResult> results, int fullyScored) { }

    /** As {@link #top}, with how many pairs it fully scored: the tests' view of what the screen saved. */
    Listing listing(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must not be negative, was " + n);
        }
        if (n == 0) {
            return new Listing(new ArrayList<>(), 0);
        }
        Pool pool = new Pool();
        Screen screen = engine.screen();
        if (screen != null) {
            try {
                return screened(n, pool, screen);
            } catch (ScreenContradicted e) {
                if (engine.screenFailed()) {
                    LOG.warn("{}; this ranking and every later ranking and batch on rule set {} score every pair",
                            e.getMessage(), engine.ruleBase().fingerprint());
                }
            }
        }
        return new Listing(full(n, pool), pool.size);
    }

    /** Every pair fully scored, in parallel chunks, the best {@code n} of each chunk kept. */
    private List<MatchResult> full(int n, Pool pool) {
        Comparator<MatchResult> order = order(candidate != null);
        int chunks = (pool.size + chunkSize - 1) / chunkSize;
        List<List<MatchResult>> partial = IntStream.range(0, chunks).parallel().mapToObj(chunk -> {
            int from = chunk * chunkSize;
            int[] indices = IntStream.range(from, Math.min(pool.size, from + chunkSize)).toArray();
            return best(pool.score(indices, 0, indices.length), n, order);
        }).toList();
        List<MatchResult> merged = new ArrayList<>();
        partial.forEach(merged::addAll);
        return best(merged, n, order);
    }

    private Listing screened(int n, Pool pool, Screen screen) {
        Screen.Outcome[] outcomes = promises(pool, screen);
        return bestPromisesScored(n, pool, outcomes, bestPromiseFirst(outcomes));
    }

    /**
     * @return what the screen promises each pair of the pool: for a pair out of reach, the bound of its job's
     *         out-of-reach rules ({@link Screen#farBounds}), without deriving the pair in full. The pool keeps what
     *         the screen derived for full scoring ({@link Pool#keep}).
     */
    private Screen.Outcome[] promises(Pool pool, Screen screen) {
        Screen.Outcome[] outcomes = new Screen.Outcome[pool.size];
        int chunks = (pool.size + chunkSize - 1) / chunkSize;
        boolean far = !screen.farRuleIds().isEmpty();
        // a ranking for one job: its pairs out of reach all have the same bound, found on the first of them
        java.util.concurrent.atomic.AtomicReference<Screen.Outcome> fixedJobBound = new java.util.concurrent.atomic.AtomicReference<>();
        IntStream.range(0, chunks).parallel().forEach(chunk -> {
            int from = chunk * chunkSize;
            int to = Math.min(pool.size, from + chunkSize);
            Pairs near = new Pairs(to - from);
            Pairs outOfReach = new Pairs(far ? to - from : 0);
            for (int i = from; i < to; i++) {
                FeatureDeriver.CandidateProfile cp = pool.candidateProfile(i);
                FeatureDeriver.JobProfile jp = pool.jobProfile(i);
                Commute commute = pool.deriver.commute(cp, jp);
                if (far && commute.outOfReach() && fixedJobBound.get() != null) {
                    outcomes[i] = fixedJobBound.get();
                } else if (far && commute.outOfReach()) {
                    // promised no more than what the job's out-of-reach rules give: derived only if it is scored
                    outOfReach.add(i, pool.candidate(i), pool.job(i), pool.deriver.reachOnly(cp, jp, commute));
                } else {
                    near.add(i, pool.candidate(i), pool.job(i), pool.deriver.derive(cp, jp, commute));
                }
            }
            if (!near.at.isEmpty()) {
                List<Screen.Screened> found = screen.screenPairs(near.candidates, near.jobs, near.features);
                near.put(Screen.Screened.outcomes(found), outcomes);
                pool.keep(near, found, atLeast);
            }
            if (!outOfReach.at.isEmpty()) {
                outOfReach.put(screen.farBounds(outOfReach.candidates, outOfReach.jobs, outOfReach.features), outcomes);
                if (job != null) {
                    fixedJobBound.compareAndSet(null, outcomes[outOfReach.at.get(0)]);
                }
            }
        });
        return outcomes;
    }

    /**
     * @return how many pairs one round of full scoring takes: a chunk for each core, so that a round keeps every core
     *         busy (the common pool's workers and the calling thread)
     */
    static int roundSize(int chunkSize) {
        return chunkSize * Math.max(2, Runtime.getRuntime().availableProcessors());
    }

    /**
     * Fully scores, best promise first, the pairs that can still enter the list, and keeps the best {@code n}.
     *
     * @param eligible the pairs that can pass {@link #atLeast}, best promise first ({@link #bestPromiseFirst})
     */
    private Listing bestPromisesScored(int n, Pool pool, Screen.Outcome[] outcomes, int[] eligible) {
        Comparator<MatchResult> order = order(candidate != null);
        boolean[] scored = new boolean[pool.size];
        PriorityQueue<MatchResult> kept = new PriorityQueue<>(order.reversed());
        int[] round = new int[roundSize(chunkSize)];
        int next = 0;
        int byIdUpTo = 0;
        int fullyScored = 0;
        while (next < eligible.length) {
            MatchResult worst = kept.size() < n ? null : kept.peek();
            Screen.Outcome worstOutcome = worst == null ? null : Screen.Outcome.of(worst);
            int count = 0;
            while (next < eligible.length && count < round.length) {
                int c = worst == null ? 1 : Screen.Outcome.ORDER.compare(worstOutcome, outcomes[eligible[next]]);
                if (c < 0) {
                    break; // the N-th kept beats this promise, and every later one, whatever the points
                }
                if (next == byIdUpTo && n < eligible.length) { // else every pair is listed: no bound to find
                    byIdUpTo = byId(pool, outcomes, eligible, next);
                }
                int i = eligible[next++];
                if (c > 0 || canPassOnPoints(pool, worst, i)) {
                    round[count++] = i;
                    scored[i] = true;
                }
            }
            if (count == 0) {
                break;
            }
            fullyScored += count;
            int size = count;
            int pieces = (size + chunkSize - 1) / chunkSize;
            List<List<MatchResult>> results = IntStream.range(0, pieces).parallel().mapToObj(piece -> pool.score(
                    round, piece * chunkSize, Math.min(size, (piece + 1) * chunkSize))).toList();
            for (List<MatchResult> piece : results) {
                for (MatchResult r : piece) {
                    if (r.verdict().atLeast(atLeast) && (kept.size() < n || order.compare(r, kept.peek()) <= 0)) {
                        kept.add(r);
                        if (kept.size() > n) {
                            kept.poll();
                        }
                    }
                }
            }
        }
        check(pool, outcomes, scored);
        List<MatchResult> out = new ArrayList<>(kept);
        out.sort(order);
        return new Listing(out, fullyScored);
    }

    /**
     * Puts the pairs of one promise, from {@code from} on, in the order of the ranked side's ids, the ranking's last
     * tie-break: the first of them to have every point then keep the others from being scored ({@link #canPassOnPoints}).
     *
     * @return where the pairs of that promise end
     */
    private int byId(Pool pool, Screen.Outcome[] outcomes, int[] eligible, int from) {
        int to = from + 1;
        while (to < eligible.length && Screen.Outcome.ORDER.compare(outcomes[eligible[from]], outcomes[eligible[to]]) == 0) {
            to++;
        }
        record Ranked(String id, int index) { }
        Ranked[] run = new Ranked[to - from];
        for (int k = from; k < to; k++) {
            int i = eligible[k];
            run[k - from] = new Ranked(candidate != null ? pool.job(i).id() : pool.candidate(i).id(), i);
        }
        Arrays.sort(run, Comparator.comparing(Ranked::id));
        for (int k = from; k < to; k++) {
            eligible[k] = run[k - from].index();
        }
        return to;
    }

    /**
     * @return whether pair {@code i}, promised the outcome of {@code worst} (the N-th kept), can still come before it:
     *         at best it gets {@linkplain Screen.Outcome#MOST_POINTS every point}, and a tie on those goes to the
     *         lower id. Only the promise and that bound are read, so a pair that cannot is never scored.
     */
    private boolean canPassOnPoints(Pool pool, MatchResult worst, int i) {
        if (worst.overallScore() < Screen.Outcome.MOST_POINTS) {
            return true;
        }
        String id = candidate != null ? pool.job(i).id() : pool.candidate(i).id();
        return id.compareTo(candidate != null ? worst.jobId() : worst.candidateId()) < 0;
    }

    /**
     * @return the pairs that can pass {@link #atLeast}, best promise first ({@link Screen.Outcome#ORDER}), ties in
     *         pool order until {@link #byId} orders those that come up for scoring: sorted as one primitive key per
     *         pair, since a pool holds up to some 100,000 pairs
     */
    private int[] bestPromiseFirst(Screen.Outcome[] outcomes) {
        long[] keys = new long[outcomes.length];
        int count = 0;
        for (int i = 0; i < outcomes.length; i++) {
            Screen.Outcome o = outcomes[i];
            if (o.canReach(atLeast)) {
                // verdict, then settled before provisional, then open gaps; the index keeps ties in pool order
                long promise = (long) o.verdict().ordinal() << 22 | (o.provisional() ? 1L : 0L) << 21
                        | Math.min(o.openGaps(), (1 << 21) - 1);
                keys[count++] = promise << 32 | i;
            }
        }
        Arrays.sort(keys, 0, count);
        int[] eligible = new int[count];
        for (int k = 0; k < count; k++) {
            eligible[k] = (int) keys[k];
        }
        return eligible;
    }

    /** The self-check: a deterministic sample of the pairs left out, fully scored, must not beat the screen. */
    private void check(Pool pool, Screen.Outcome[] outcomes, boolean[] scored) {
        int oneIn = engine.screenCheckOneIn();
        if (oneIn == 0) {
            return;
        }
        int[] sample = IntStream.range(0, pool.size)
                .filter(i -> !scored[i] && Screen.sampled(pool.candidate(i).id(), pool.job(i).id(), oneIn)).toArray();
        int pieces = (sample.length + chunkSize - 1) / chunkSize;
        IntStream.range(0, pieces).parallel().forEach(piece -> {
            int from = piece * chunkSize;
            List<MatchResult> results = pool.score(sample, from, Math.min(sample.length, from + chunkSize));
            for (int k = 0; k < results.size(); k++) {
                String wrong = Screen.contradiction(outcomes[sample[from + k]], results.get(k));
                if (wrong != null) {
                    throw new ScreenContradicted(wrong);
                }
            }
        });
    }

    /** Some pairs of a chunk, with where they stand in the pool. */
    private static final class Pairs {
        final List<Integer> at;
        final List<Candidate> candidates;
        final List<Job> jobs;
        final List<PairFeatures> features;

        Pairs(int size) {
            at = new ArrayList<>(size);
            candidates = new ArrayList<>(size);
            jobs = new ArrayList<>(size);
            features = new ArrayList<>(size);
        }

        void add(int index, Candidate candidate, Job job, PairFeatures pairFeatures) {
            at.add(index);
            candidates.add(candidate);
            jobs.add(job);
            features.add(pairFeatures);
        }

        void put(List<Screen.Outcome> found, Screen.Outcome[] outcomes) {
            for (int k = 0; k < found.size(); k++) {
                outcomes[at.get(k)] = found.get(k);
            }
        }
    }

    /**
     * At most this many screened pairs (features and essential findings) are kept between the screen and full
     * scoring, about 80 MB (measured), for a ranking that fully scores tens of thousands; past it, a pair is derived
     * again and runs every rule when it is scored.
     */
    private static final int KEPT = 50_000;

    /** The pairs of this ranking: the fixed side profiled once, the ranked side once per pair it is in. */
    private final class Pool {
        final int size = candidate != null ? jobs.size() : candidates.size();
        final FeatureDeriver deriver = engine.deriver();
        final FeatureDeriver.CandidateProfile fixedCandidate = candidate != null ? deriver.profile(candidate) : null;
        final FeatureDeriver.JobProfile fixedJob = job != null ? deriver.profile(job) : null;

        Candidate candidate(int i) {
            return candidate != null ? candidate : candidates.get(i);
        }

        Job job(int i) {
            return job != null ? job : jobs.get(i);
        }

        FeatureDeriver.CandidateProfile candidateProfile(int i) {
            return fixedCandidate != null ? fixedCandidate : deriver.profile(candidate(i));
        }

        FeatureDeriver.JobProfile jobProfile(int i) {
            return fixedJob != null ? fixedJob : deriver.profile(job(i));
        }

        /**
         * The pairs that may be fully scored as the screen left them (their features and essential findings), so
         * that they are neither derived nor run through the essential rules twice; up to {@link #KEPT} of them, so
         * that a large pool does not hold every pair's features.
         */
        final Screen.Screened[] kept = new Screen.Screened[size];
        final java.util.concurrent.atomic.AtomicInteger keptCount = new java.util.concurrent.atomic.AtomicInteger();

        void keep(Pairs near, List<Screen.Screened> found, Verdict atLeast) {
            for (int k = 0; k < near.at.size(); k++) {
                if (found.get(k).outcome().canReach(atLeast) && keptCount.incrementAndGet() <= KEPT) {
                    kept[near.at.get(k)] = found.get(k);
                }
            }
        }

        PairFeatures features(int i) {
            return deriver.derive(candidateProfile(i), jobProfile(i));
        }

        /** @return the full results of the pairs {@code indices[from..to)}, in that order */
        List<MatchResult> score(int[] indices, int from, int to) {
            List<Screen.Screened> screened = new ArrayList<>(to - from);
            List<Integer> unkept = new ArrayList<>(0);
            for (int k = from; k < to; k++) {
                Screen.Screened one = kept[indices[k]];
                if (one != null) {
                    kept[indices[k]] = null; // scored once
                    screened.add(one);
                } else {
                    unkept.add(k);
                }
            }
            if (unkept.isEmpty()) {
                return engine.ruleBase().score(screened);
            }
            List<Candidate> cs = new ArrayList<>(unkept.size());
            List<Job> js = new ArrayList<>(unkept.size());
            List<PairFeatures> fs = new ArrayList<>(unkept.size());
            for (int k : unkept) {
                cs.add(candidate(indices[k]));
                js.add(job(indices[k]));
                fs.add(features(indices[k]));
            }
            List<MatchResult> fresh = engine.ruleBase().score(cs, js, fs);
            List<MatchResult> fromScreen = screened.isEmpty() ? List.of() : engine.ruleBase().score(screened);
            List<MatchResult> out = new ArrayList<>(to - from);
            int f = 0;
            int s = 0;
            for (int k = from; k < to; k++) {
                out.add(f < unkept.size() && unkept.get(f) == k ? fresh.get(f++) : fromScreen.get(s++));
            }
            return out;
        }
    }

    private List<MatchResult> best(List<MatchResult> results, int n, Comparator<MatchResult> order) {
        PriorityQueue<MatchResult> heap = new PriorityQueue<>(order.reversed());
        for (MatchResult r : results) {
            if (!r.verdict().atLeast(atLeast)) {
                continue;
            }
            heap.add(r);
            if (heap.size() > n) {
                heap.poll();
            }
        }
        List<MatchResult> out = new ArrayList<>(heap);
        out.sort(order);
        return out;
    }

    /** A pair the screen left out scores better in full: the screen does not hold for this rule set. */
    static final class ScreenContradicted extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ScreenContradicted(String message) {
            super(message);
        }
    }

    /**
     * The ranking order: verdict, then not provisional before provisional, then open essential gaps (fewest
     * first), then points (high first), then the ranked side's id.
     */
    static Comparator<MatchResult> order(boolean rankingJobs) {
        Function<MatchResult, String> id = rankingJobs ? MatchResult::jobId : MatchResult::candidateId;
        return Comparator.comparing(MatchResult::verdict)
                .thenComparing(MatchResult::provisional)
                .thenComparingInt(MatchResult::openEssentialGaps)
                .thenComparing(Comparator.comparingInt(MatchResult::overallScore).reversed())
                .thenComparing(id);
    }
}
