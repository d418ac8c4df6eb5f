package org.threegaps.matcher;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.threegaps.matcher.features.FeatureDeriver;
import org.threegaps.matcher.features.PairFeatures;
import org.threegaps.matcher.model.Candidate;
import org.threegaps.matcher.model.Job;
import org.threegaps.matcher.result.MatchResult;
import org.threegaps.matcher.result.Verdict;

/**
 * Jobs ranked for a candidate, or candidates for a job: best verdict first, then the highest overall
 * score, then the id, so ties always come out in the same order. Pairs are scored in parallel chunks and
 * only the best N are kept.
 */
public final class Ranking {
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

    /** @return a ranking that keeps only pairs with {@code verdict} or better */
    public Ranking atLeast(Verdict verdict) {
        return new Ranking(engine, candidate, job, candidates, jobs, chunkSize, verdict);
    }

    /** @return every ranked result */
    public List<MatchResult> all() {
        return top(Integer.MAX_VALUE);
    }

    /**
     * @param n how many to return; more than the pool returns the whole pool
     * @return the best {@code n} results, best first
     */
    public List<MatchResult> top(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must not be negative, was " + n);
        }
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
            for (int i = from; i < to; i++) {
                Candidate c = candidate != null ? candidate : candidates.get(i);
                Job j = job != null ? job : jobs.get(i);
                cs.add(c);
                js.add(j);
                fs.add(deriver.derive(fixedCandidate != null ? fixedCandidate : deriver.profile(c),
                        fixedJob != null ? fixedJob : deriver.profile(j)));
            }
            return best(engine.ruleBase().score(cs, js, fs), n, order);
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

    /** The ranking order: verdict, then overall score (high first), then the ranked side's id. */
    static Comparator<MatchResult> order(boolean rankingJobs) {
        Function<MatchResult, String> id = rankingJobs ? MatchResult::jobId : MatchResult::candidateId;
        return Comparator.comparing(MatchResult::verdict)
                .thenComparing(Comparator.comparingInt(MatchResult::overallScore).reversed())
                .thenComparing(id);
    }
}
