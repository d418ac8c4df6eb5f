package org.threegaps.matcher.advisor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.threegaps.matcher.engine.RuleBase;
import org.threegaps.matcher.features.FeatureDeriver;
import org.threegaps.matcher.features.PairFeatures;
import org.threegaps.matcher.model.Candidate;
import org.threegaps.matcher.model.Job;
import org.threegaps.matcher.model.RedesignOption;
import org.threegaps.matcher.result.Advice;
import org.threegaps.matcher.result.Advice.AskEmployer;
import org.threegaps.matcher.result.Advice.CandidateAdvice;
import org.threegaps.matcher.result.Advice.Change;
import org.threegaps.matcher.result.Advice.DevelopmentStep;
import org.threegaps.matcher.result.Advice.JobAdvice;
import org.threegaps.matcher.result.Advice.JobChange;
import org.threegaps.matcher.result.Advice.OptionReach;
import org.threegaps.matcher.result.Advice.StepReach;
import org.threegaps.matcher.result.Advice.Suggestion;
import org.threegaps.matcher.result.Finding;
import org.threegaps.matcher.result.Gap;
import org.threegaps.matcher.result.Kind;
import org.threegaps.matcher.result.Lever;
import org.threegaps.matcher.result.MatchResult;
import org.threegaps.matcher.result.Verdict;

/**
 * The redesign advisor: what would make a pair work, which options open a job to the most people, and
 * which development steps open the most jobs to a person. Every answer is re-scored with the real rule
 * base, never estimated.
 *
 * <p><b>Relevance.</b> A finding names the levers that would lift it; only changes whose lever a firing
 * blocker, penalty or information finding names are tried. Employer options come only from the job's
 * declared {@link Job#redesignOptions()}; a lever without a declared option becomes an {@link AskEmployer}.
 *
 * <p><b>Bounds.</b> The search is deterministic and bounded: per pair it keeps the {@code maxChanges}
 * relevant changes with the lowest effort (employer) or shortest duration (candidate), and tries every
 * set of at most {@code maxSetSize} of them in increasing size, skipping a set that holds a set already
 * reaching "match". So at most C(n,1)+…+C(n,k) re-scorings, with n = maxChanges (default 12) and
 * k = maxSetSize (default 3): 298. For a job pool it tries each of at most {@code maxChanges} options and
 * each pair of them, and re-scores a candidate only where every option of the set is relevant to them.
 * For a candidate pool it tries each step once against the jobs it is relevant to.
 *
 * <p>A set is reported only when it improves the pair (better verdict, fewer blockers or a higher
 * overall score), never makes a gap worse (a gap with a blocker counts as 0 until its blockers are
 * gone, see {@link Suggestion#effectiveGain}) nor the verdict, and is minimal: no smaller reported set
 * inside it reaches the same verdict. Thread-safe and immutable; the {@code max…} methods return a copy.
 */
public final class Advisor {
    /** Default largest set of changes tried together. */
    public static final int DEFAULT_MAX_SET_SIZE = 3;
    /** Default number of relevant changes the search keeps per pair, or options per job. */
    public static final int DEFAULT_MAX_CHANGES = 12;
    /** Default number of suggestions returned per list. */
    public static final int DEFAULT_MAX_SUGGESTIONS = 5;
    private static final int CHUNK = 250;

    private final RuleBase ruleBase;
    private final FeatureDeriver deriver;
    private final DevelopmentSteps steps;
    private final int maxSetSize;
    private final int maxChanges;
    private final int maxSuggestions;

    private Advisor(RuleBase ruleBase, FeatureDeriver deriver, int maxSetSize, int maxChanges, int maxSuggestions) {
        this.ruleBase = Objects.requireNonNull(ruleBase, "ruleBase");
        this.deriver = Objects.requireNonNull(deriver, "deriver");
        this.steps = new DevelopmentSteps(ruleBase.policy());
        this.maxSetSize = maxSetSize;
        this.maxChanges = maxChanges;
        this.maxSuggestions = maxSuggestions;
    }

    /**
     * @param ruleBase the compiled rule base
     * @param deriver the feature deriver of the same rule set
     * @return an advisor on a rule base and the feature deriver that uses its parameters
     */
    public static Advisor on(RuleBase ruleBase, FeatureDeriver deriver) {
        return new Advisor(ruleBase, deriver, DEFAULT_MAX_SET_SIZE, DEFAULT_MAX_CHANGES, DEFAULT_MAX_SUGGESTIONS);
    }

    /**
     * @param size the most changes in one set, 1–4
     * @return a copy that tries sets of at most {@code size} changes (1–4)
     */
    public Advisor maxSetSize(int size) {
        if (size < 1 || size > 4) {
            throw new IllegalArgumentException("maxSetSize must be between 1 and 4, was " + size);
        }
        return new Advisor(ruleBase, deriver, size, maxChanges, maxSuggestions);
    }

    /**
     * @param n how many relevant changes to keep, 1–20
     * @return a copy that keeps at most {@code n} relevant changes per pair or options per job (1–20)
     */
    public Advisor maxChanges(int n) {
        if (n < 1 || n > 20) {
            throw new IllegalArgumentException("maxChanges must be between 1 and 20, was " + n);
        }
        return new Advisor(ruleBase, deriver, maxSetSize, n, maxSuggestions);
    }

    /**
     * @param n how many suggestions to return, 1–100
     * @return a copy that returns at most {@code n} suggestions per list (1–100)
     */
    public Advisor maxSuggestions(int n) {
        if (n < 1 || n > 100) {
            throw new IllegalArgumentException("maxSuggestions must be between 1 and 100, was " + n);
        }
        return new Advisor(ruleBase, deriver, maxSetSize, maxChanges, n);
    }

    // ---------------------------------------------------------------------------------------------- pair

    /**
     * Finds the smallest sets of declared job options, and separately of development steps, that lift
     * the pair's verdict or, failing that, its score.
     *
     * @param candidate the candidate
     * @param job the job
     * @return the advice, with the pair as it stands
     */
    public Advice advise(Candidate candidate, Job job) {
        PairFeatures features = deriver.derive(candidate, job);
        MatchResult base = ruleBase.score(List.of(candidate), List.of(job), List.of(features)).get(0);
        Set<Lever> named = namedLevers(base);
        List<Change> jobChanges = new ArrayList<>();
        for (RedesignOption option : job.redesignOptions()) {
            JobChange change = new JobChange(option);
            if (named.contains(change.lever())) {
                jobChanges.add(change);
            }
        }
        jobChanges.sort(CHANGE_ORDER);
        List<Change> stepChanges = new ArrayList<>(steps.of(candidate, job, features, named));
        stepChanges.sort(CHANGE_ORDER);
        int[] evaluated = new int[1];
        int skipped = Math.max(0, jobChanges.size() - maxChanges) + Math.max(0, stepChanges.size() - maxChanges);
        List<Suggestion> redesigns = search(candidate, job, base, cap(jobChanges), evaluated);
        List<Suggestion> development = search(candidate, job, base, cap(stepChanges), evaluated);
        return new Advice(base, redesigns, development, askEmployer(base, job), jobChanges.size() + stepChanges.size(),
                skipped, evaluated[0]);
    }

    /**
     * The advisor's order of suggestions: best verdict after, fewest blockers left, then the hardest change in the
     * set (two easy changes come before one the employer calls a high effort), fewest changes, lowest total
     * employer effort, shortest duration, largest score gain, then the change ids so ties are stable.
     */
    static final Comparator<Suggestion> SUGGESTION_ORDER = Comparator.comparing((Suggestion s) -> s.after().verdict())
            .thenComparingInt(s -> s.after().blockers().size())
            .thenComparingInt(s -> s.effort() == null ? 0 : s.effort().ordinal() + 1)
            .thenComparingInt(s -> s.changes().size())
            .thenComparingInt(Advisor::effortPoints)
            .thenComparingInt(s -> s.weeks() == null ? Integer.MAX_VALUE : s.weeks())
            .thenComparing(Comparator.comparingInt(Suggestion::overallGain).reversed())
            .thenComparing(Suggestion::ids);

    private static int effortPoints(Suggestion s) {
        return s.changes().stream().map(Change::effort).filter(Objects::nonNull).mapToInt(e -> e.ordinal() + 1).sum();
    }

    /** Employer effort first (low to high), then the shortest duration, then the id. */
    private static final Comparator<Change> CHANGE_ORDER = Comparator
            .comparing((Change c) -> c.effort() == null ? -1 : c.effort().ordinal())
            .thenComparingInt(c -> c.weeks() == null ? Integer.MAX_VALUE : c.weeks())
            .thenComparing(Change::id);

    private List<Change> cap(List<Change> changes) {
        return changes.size() > maxChanges ? changes.subList(0, maxChanges) : changes;
    }

    private List<Suggestion> search(Candidate candidate, Job job, MatchResult base, List<Change> pool, int[] evaluated) {
        List<Suggestion> kept = new ArrayList<>();
        for (int size = 1; size <= Math.min(maxSetSize, pool.size()); size++) {
            List<List<Change>> sets = new ArrayList<>();
            combinations(pool, size, 0, new ArrayList<>(), sets);
            sets.removeIf(set -> kept.stream().anyMatch(s -> s.verdict() == Verdict.MATCH && set.containsAll(s.changes())));
            if (sets.isEmpty()) {
                break;
            }
            List<Candidate> cs = new ArrayList<>(sets.size());
            List<Job> js = new ArrayList<>(sets.size());
            for (List<Change> set : sets) {
                Candidate c = candidate;
                Job j = job;
                for (Change change : set) {
                    c = Changes.apply(change, c);
                    j = Changes.apply(change, j);
                }
                cs.add(c);
                js.add(j);
            }
            List<MatchResult> results = score(cs, js);
            evaluated[0] += results.size();
            List<Suggestion> found = new ArrayList<>();
            for (int i = 0; i < sets.size(); i++) {
                Suggestion s = new Suggestion(sets.get(i), base, results.get(i));
                if (improves(s) && neverWorse(s) && minimal(s, kept)) {
                    found.add(s);
                }
            }
            kept.addAll(found);
        }
        kept.sort(SUGGESTION_ORDER);
        return kept.size() > maxSuggestions ? List.copyOf(kept.subList(0, maxSuggestions)) : List.copyOf(kept);
    }

    private static void combinations(List<Change> pool, int size, int from, List<Change> current, List<List<Change>> out) {
        if (current.size() == size) {
            out.add(List.copyOf(current));
            return;
        }
        for (int i = from; i < pool.size(); i++) {
            Change next = pool.get(i);
            if (current.stream().anyMatch(c -> Changes.group(c).equals(Changes.group(next)))) {
                continue;
            }
            current.add(next);
            combinations(pool, size, i + 1, current, out);
            current.remove(current.size() - 1);
        }
    }

    private static boolean improves(Suggestion s) {
        return s.raisesVerdict() || s.after().blockers().size() < s.before().blockers().size() || s.overallGain() > 0;
    }

    /**
     * No gap gets worse and neither does the verdict. A gap with a blocker counts as 0 until its blockers
     * are gone: a blocker adds no points, so lifting it into a penalty (LA-01 → LA-02) lowers the raw score
     * of a gap that was not usable before, and that is progress, not harm.
     */
    private static boolean neverWorse(Suggestion s) {
        for (Gap gap : Gap.values()) {
            if (s.effectiveGain(gap) < 0) {
                return false;
            }
        }
        return s.after().verdict().ordinal() <= s.before().verdict().ordinal();
    }

    /** A set earns its extra changes only with a better verdict than every reported set inside it. */
    private static boolean minimal(Suggestion s, List<Suggestion> kept) {
        for (Suggestion smaller : kept) {
            if (s.changes().containsAll(smaller.changes()) && s.verdict().ordinal() >= smaller.verdict().ordinal()) {
                return false;
            }
        }
        return true;
    }

    private static Set<Lever> namedLevers(MatchResult result) {
        Set<Lever> levers = EnumSet.noneOf(Lever.class);
        for (Finding f : result.findings()) {
            if (f.kind() != Kind.BONUS) {
                levers.addAll(f.levers());
            }
        }
        return levers;
    }

    private static List<AskEmployer> askEmployer(MatchResult base, Job job) {
        Set<Lever> declared = EnumSet.noneOf(Lever.class);
        job.redesignOptions().forEach(o -> declared.add(Lever.of(o.kind(), o.support())));
        Map<Lever, List<Finding>> asks = new TreeMap<>();
        for (Finding f : base.findings()) {
            if (f.kind() == Kind.BLOCKER || f.kind() == Kind.PENALTY) {
                for (Lever lever : f.levers()) {
                    if (lever.side() == Lever.Side.EMPLOYER && !declared.contains(lever)) {
                        asks.computeIfAbsent(lever, l -> new ArrayList<>()).add(f);
                    }
                }
            }
        }
        List<AskEmployer> out = new ArrayList<>();
        asks.forEach((lever, findings) -> out.add(new AskEmployer(lever, findings)));
        return out;
    }

    // ---------------------------------------------------------------------------------------- job pool

    /**
     * Ranks the job's declared options, alone and in pairs, by how many candidates of the pool they bring
     * to at least "match with support".
     *
     * @param job the job
     * @param pool the pool
     * @return the options that unlock someone, most unlocked first, then fewer options, then lower effort
     */
    public JobAdvice adviseJob(Job job, Collection<Candidate> pool) {
        List<Candidate> candidates = List.copyOf(pool);
        List<JobChange> options = new ArrayList<>();
        job.redesignOptions().forEach(o -> options.add(new JobChange(o)));
        options.sort(Comparator.comparing(JobChange::effort).thenComparing(JobChange::id));
        List<JobChange> tried = options.size() > maxChanges ? options.subList(0, maxChanges) : options;
        List<FeatureDeriver.CandidateProfile> profiles = candidates.stream().map(deriver::profile).toList();
        AtomicLong evaluated = new AtomicLong(candidates.size());
        List<MatchResult> base = scoreAgainst(profiles, job, IntStream.range(0, candidates.size()).boxed().toList());
        List<Integer> closed = new ArrayList<>();
        List<Set<Lever>> named = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            named.add(namedLevers(base.get(i)));
            if (!open(base.get(i))) {
                closed.add(i);
            }
        }
        Map<String, Set<Integer>> singles = new LinkedHashMap<>();
        List<OptionReach> reaches = new ArrayList<>();
        for (JobChange option : tried) {
            List<Integer> relevant = closed.stream().filter(i -> named.get(i).contains(option.lever())).toList();
            Set<Integer> unlocked = unlocked(profiles, Changes.apply(option, job), relevant, evaluated);
            singles.put(option.id(), unlocked);
            addReach(reaches, List.of(option), unlocked, candidates);
        }
        for (int a = 0; a < tried.size(); a++) {
            for (int b = a + 1; b < tried.size(); b++) {
                JobChange first = tried.get(a);
                JobChange second = tried.get(b);
                Set<Integer> unlocked = new TreeSet<>();
                List<Integer> both = new ArrayList<>();
                for (int i : closed) {
                    boolean firstNamed = named.get(i).contains(first.lever());
                    boolean secondNamed = named.get(i).contains(second.lever());
                    if (firstNamed && secondNamed) {
                        both.add(i);
                    } else if (firstNamed && singles.get(first.id()).contains(i)
                            || secondNamed && singles.get(second.id()).contains(i)) {
                        unlocked.add(i); // the other option is not tried for this candidate: the single's result stands
                    }
                }
                unlocked.addAll(unlocked(profiles, Changes.apply(second, Changes.apply(first, job)), both, evaluated));
                // a pair is worth naming only when it unlocks more than either option alone
                if (unlocked.size() > Math.max(singles.get(first.id()).size(), singles.get(second.id()).size())) {
                    addReach(reaches, List.of(first, second), unlocked, candidates);
                }
            }
        }
        reaches.sort(Comparator.comparingInt(OptionReach::count).reversed()
                .thenComparingInt(r -> r.changes().size())
                .thenComparing(OptionReach::effort)
                .thenComparing(OptionReach::ids));
        return new JobAdvice(job.id(), candidates.size(), candidates.size() - closed.size(),
                reaches.size() > maxSuggestions ? reaches.subList(0, maxSuggestions) : reaches, evaluated.get());
    }

    private static void addReach(List<OptionReach> reaches, List<JobChange> changes, Set<Integer> unlocked,
                                 List<Candidate> candidates) {
        if (!unlocked.isEmpty()) {
            reaches.add(new OptionReach(changes, unlocked.stream().map(i -> candidates.get(i).id()).sorted().toList()));
        }
    }

    private Set<Integer> unlocked(List<FeatureDeriver.CandidateProfile> profiles, Job redesigned, List<Integer> which,
                                  AtomicLong evaluated) {
        List<MatchResult> results = scoreAgainst(profiles, redesigned, which);
        evaluated.addAndGet(which.size());
        Set<Integer> unlocked = new TreeSet<>();
        for (int k = 0; k < which.size(); k++) {
            if (open(results.get(k))) {
                unlocked.add(which.get(k));
            }
        }
        return unlocked;
    }

    /** Scores candidates {@code which} against one job, in parallel chunks, results in the order given. */
    private List<MatchResult> scoreAgainst(List<FeatureDeriver.CandidateProfile> profiles, Job job, List<Integer> which) {
        FeatureDeriver.JobProfile jp = deriver.profile(job);
        int chunks = (which.size() + CHUNK - 1) / CHUNK;
        List<List<MatchResult>> parts = IntStream.range(0, chunks).parallel().mapToObj(chunk -> {
            int from = chunk * CHUNK;
            int to = Math.min(which.size(), from + CHUNK);
            List<Candidate> cs = new ArrayList<>(to - from);
            List<Job> js = new ArrayList<>(to - from);
            List<PairFeatures> fs = new ArrayList<>(to - from);
            for (int k = from; k < to; k++) {
                FeatureDeriver.CandidateProfile cp = profiles.get(which.get(k));
                cs.add(cp.candidate());
                js.add(job);
                fs.add(deriver.derive(cp, jp));
            }
            return ruleBase.score(cs, js, fs);
        }).toList();
        List<MatchResult> out = new ArrayList<>(which.size());
        parts.forEach(out::addAll);
        return out;
    }

    private static boolean open(MatchResult result) {
        return result.verdict().atLeast(Verdict.MATCH_WITH_SUPPORT);
    }

    // ---------------------------------------------------------------------------------- candidate pool

    /**
     * Ranks the candidate's development steps by how many jobs of the pool they bring to at least "match
     * with support". A step is tried against the jobs where a firing finding names its lever.
     *
     * @param candidate the candidate
     * @param pool the pool
     * @return the steps that open a job, most opened first, then the shortest
     */
    public CandidateAdvice adviseCandidate(Candidate candidate, Collection<Job> pool) {
        List<Job> jobs = List.copyOf(pool);
        FeatureDeriver.CandidateProfile cp = deriver.profile(candidate);
        List<FeatureDeriver.JobProfile> profiles = jobs.stream().map(deriver::profile).toList();
        List<PairFeatures> features = profiles.stream().map(jp -> deriver.derive(cp, jp)).toList();
        List<MatchResult> base = score(java.util.Collections.nCopies(jobs.size(), candidate), jobs, features);
        long evaluated = jobs.size();
        Map<String, DevelopmentStep> byId = new TreeMap<>();
        List<Integer> closed = new ArrayList<>();
        List<Set<Lever>> named = new ArrayList<>();
        for (int i = 0; i < jobs.size(); i++) {
            named.add(namedLevers(base.get(i)));
            if (!open(base.get(i))) {
                closed.add(i);
                steps.of(candidate, jobs.get(i), features.get(i), named.get(i)).forEach(s -> byId.putIfAbsent(s.id(), s));
            }
        }
        int openNow = jobs.size() - closed.size();
        // a step found for one job is tried against every closed job a finding of which names its lever:
        // reaching B2 for one job also opens the jobs that ask B1
        Map<String, List<Integer>> relevant = new TreeMap<>();
        for (DevelopmentStep step : byId.values()) {
            relevant.put(step.id(), closed.stream().filter(i -> named.get(i).contains(step.lever())).toList());
        }
        List<StepReach> reaches = new ArrayList<>();
        for (DevelopmentStep step : byId.values()) {
            Candidate developed = Changes.apply(step, candidate);
            FeatureDeriver.CandidateProfile dp = deriver.profile(developed);
            List<Integer> which = relevant.get(step.id());
            List<Candidate> cs = java.util.Collections.nCopies(which.size(), developed);
            List<Job> js = which.stream().map(jobs::get).toList();
            List<PairFeatures> fs = which.stream().map(i -> deriver.derive(dp, profiles.get(i))).toList();
            List<MatchResult> results = score(cs, js, fs);
            evaluated += which.size();
            List<String> opened = new ArrayList<>();
            for (int k = 0; k < which.size(); k++) {
                if (open(results.get(k))) {
                    opened.add(js.get(k).id());
                }
            }
            if (!opened.isEmpty()) {
                opened.sort(null);
                reaches.add(new StepReach(step, opened));
            }
        }
        reaches.sort(Comparator.comparingInt(StepReach::count).reversed()
                .thenComparingInt(r -> r.step().weeks() == null ? Integer.MAX_VALUE : r.step().weeks())
                .thenComparing(r -> r.step().id()));
        return new CandidateAdvice(candidate.id(), jobs.size(), openNow,
                reaches.size() > maxSuggestions ? reaches.subList(0, maxSuggestions) : reaches, evaluated);
    }

    // -------------------------------------------------------------------------------------------- scoring

    private List<MatchResult> score(List<Candidate> cs, List<Job> js) {
        List<PairFeatures> fs = new ArrayList<>(cs.size());
        for (int i = 0; i < cs.size(); i++) {
            fs.add(deriver.derive(cs.get(i), js.get(i)));
        }
        return score(cs, js, fs);
    }

    private List<MatchResult> score(List<Candidate> cs, List<Job> js, List<PairFeatures> fs) {
        List<MatchResult> out = new ArrayList<>(cs.size());
        for (int from = 0; from < cs.size(); from += CHUNK) {
            int to = Math.min(cs.size(), from + CHUNK);
            out.addAll(ruleBase.score(cs.subList(from, to), js.subList(from, to), fs.subList(from, to)));
        }
        return out;
    }
}
