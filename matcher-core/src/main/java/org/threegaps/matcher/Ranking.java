package org.threegaps.matcher;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.threegaps.matcher.blocking.OutOfReach;
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
 * in the same order. Points only rank pairs that are equal on everything before them. Pairs are scored in parallel chunks and
 * only the best N are kept.
 *
 * <p>A ranking {@link #atLeast} a verdict better than "not yet" leaves unscored the pairs the rule set
 * certainly scores "not yet" because the workplace is out of reach ({@link OutOfReach}): they could not
 * be listed. A few of them are scored anyway to confirm it; should one not be blocked (a rule set whose
 * mobility rules no longer match their parameters), the ranking scores every pair, and so does every later
 * ranking on that rule set, with one warning in the log.
 */
public final class Ranking {
    private static final Logger LOG = LoggerFactory.getLogger(Ranking.class);

    private final Matcher.Engine engine;
    private final Candidate candidate;
    private final Job job;
    private final List<Candidate> candidates;
    private final List<Job> jobs;
    private final int chunkSize;
    private final Verdict atLeast;

    private Ranking(Matcher.Engine engine, Candidate candidate, Job job, List<Candidate> candidates, List<Job> jobs,
                    int chunkSize, Verdict atLeast) {
        this.engine = engine;
        this.candidate = candidate;
        this.job = job;
        this.candidates = candidates;
        this.jobs = jobs;
        this.chunkSize = chunkSize;
        this.atLeast = atLeast;
    }

    static Ranking jobsFor(Matcher.Engine engine, Candidate candidate, List<Job> jobs, int chunkSize) {
        return new Ranking(engine, candidate, null, null, jobs, chunkSize, Verdict.NOT_YET);
    }

    static Ranking candidatesFor(Matcher.Engine engine, Job job, List<Candidate> candidates, int chunkSize) {
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
     * @throws org.threegaps.matcher.engine.RuleFailureException when a rule throws; names the rule and the pair
     */
    public List<MatchResult> top(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must not be negative, was " + n);
        }
        OutOfReach reach = engine.outOfReach();
        if (atLeast == Verdict.NOT_YET || reach.offBecause() != null || !engine.blockingHolds().get()) {
            return top(n, null);
        }
        try {
            return top(n, reach);
        } catch (BlockingNotConfirmed e) {
            if (engine.blockingHolds().getAndSet(false)) {
                LOG.warn("{}; rankings on this rule set score every pair from now on", e.getMessage());
            }
            return top(n, null);
        }
    }

    private List<MatchResult> top(int n, OutOfReach reach) {
        Comparator<MatchResult> order = order(candidate != null);
        int size = candidate != null ? jobs.size() : candidates.size();
        int chunks = (size + chunkSize - 1) / chunkSize;
        FeatureDeriver deriver = engine.deriver();
        FeatureDeriver.CandidateProfile fixedCandidate = candidate != null ? deriver.profile(candidate) : null;
        FeatureDeriver.JobProfile fixedJob = job != null ? deriver.profile(job) : null;
        List<List<MatchResult>> partial = IntStream.range(0, chunks).parallel().mapToObj(chunk -> {
            int from = chunk * chunkSize;
            int to = Math.min(size, from + chunkSize);
            List<Candidate> cs = new ArrayList<>(to - from);
            List<Job> js = new ArrayList<>(to - from);
            List<PairFeatures> fs = new ArrayList<>(to - from);
            // the skipped pair nearest the distance threshold and the first one no mode reaches are scored
            // anyway: if the rules no longer block where blocking assumes, these are the first to show it
            Skipped nearest = null;
            Skipped noMode = null;
            for (int i = from; i < to; i++) {
                Candidate c = candidate != null ? candidate : candidates.get(i);
                Job j = job != null ? job : jobs.get(i);
                FeatureDeriver.CandidateProfile cp = fixedCandidate != null ? fixedCandidate : deriver.profile(c);
                FeatureDeriver.JobProfile jp = fixedJob != null ? fixedJob : deriver.profile(j);
                // the commute that decides blocking is the one the features are derived from: estimated once
                Commute commute = reach != null && reach.mayBlock(cp, jp) ? deriver.commute(cp, jp) : null;
                String blocker = commute == null ? null : reach.blocker(commute);
                if (blocker == null) {
                    cs.add(c);
                    js.add(j);
                    fs.add(commute == null ? deriver.derive(cp, jp) : deriver.derive(cp, jp, commute));
                } else if (blocker.equals(OutOfReach.NO_MODE)) {
                    noMode = noMode != null ? noMode : new Skipped(c, j, cp, jp, blocker, 0);
                } else {
                    double beyond = reach.beyond(commute);
                    nearest = nearest != null && nearest.beyond() <= beyond ? nearest
                            : new Skipped(c, j, cp, jp, blocker, beyond);
                }
            }
            int scored = cs.size();
            List<Skipped> checks = Stream.of(nearest, noMode).filter(Objects::nonNull).toList();
            for (Skipped s : checks) {
                cs.add(s.candidate());
                js.add(s.job());
                fs.add(deriver.derive(s.candidateProfile(), s.jobProfile()));
            }
            List<MatchResult> results = engine.ruleBase().score(cs, js, fs);
            for (int k = 0; k < checks.size(); k++) {
                MatchResult r = results.get(scored + k);
                if (!OutOfReach.confirms(r, checks.get(k).blocker())) {
                    throw new BlockingNotConfirmed(r, checks.get(k).blocker());
                }
            }
            return best(results, n, order);
        }).toList();
        List<MatchResult> merged = new ArrayList<>();
        partial.forEach(merged::addAll);
        return best(merged, n, order);
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

    /** A pair left unscored, with the blocker that skipped it and how far beyond the threshold it is. */
    private record Skipped(Candidate candidate, Job job, FeatureDeriver.CandidateProfile candidateProfile,
                           FeatureDeriver.JobProfile jobProfile, String blocker, double beyond) {
    }

    /** A pair blocking left unscored is not "not yet" with its mobility blocker under this rule set. */
    private static final class BlockingNotConfirmed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BlockingNotConfirmed(MatchResult result, String blocker) {
            super("pair blocking does not hold for this rule set: " + result.candidateId() + " × " + result.jobId()
                    + " was left unscored as certainly \"not yet\" by " + blocker + ", but "
                    + (result.fired(blocker) ? "its verdict is " + result.verdict() : blocker + " does not fire"));
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
