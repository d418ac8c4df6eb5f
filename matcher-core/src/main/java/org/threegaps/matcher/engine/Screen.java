package org.threegaps.matcher.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.drools.drl.ast.descr.PackageDescr;
import org.kie.api.KieBase;
import org.kie.api.runtime.StatelessKieSession;
import org.threegaps.matcher.features.PairFeatures;
import org.threegaps.matcher.model.Candidate;
import org.threegaps.matcher.model.Job;
import org.threegaps.matcher.result.Finding;
import org.threegaps.matcher.result.Kind;
import org.threegaps.matcher.result.Lever;
import org.threegaps.matcher.result.MatchResult;
import org.threegaps.matcher.result.Verdict;

/**
 * The essential rules of a rule set, run on their own: the first, cheap pass of "screen, then score".
 *
 * <p>The screen is compiled from the same DRL files as the rule base: Drools' parser reads every file, the rules
 * whose {@code @kind} is essential ({@code BLOCKER} or {@code BRIDGED}, see {@link Kind#essential()}) are kept
 * with everything else of their file (imports, globals, functions), and the result is compiled into a small
 * rule base of its own. Their conditions and consequences are the analyst's, unchanged: an edit to an essential
 * rule changes the screen with it. Nothing of a rule is copied into Java.
 *
 * <p>Because the verdict follows from the essential findings alone ({@link Scorer#verdict}) and open blockers
 * are what the ranking counts, the screen gives, for each pair, the verdict, whether it is provisional and the
 * number of open essential gaps that full scoring will give. For a job with one roster (or none) that is
 * exact; for a job with several rosters the screen takes the best of the rosters full scoring could keep, so
 * it is never worse than full scoring ({@link Outcome#ORDER}). Rankings and batches then score fully only the
 * pairs whose outcome can still enter what was asked for.
 */
public final class Screen {
    /** What the screen decides about a pair: the best that full scoring can give it, in ranking order. */
    public record Outcome(Verdict verdict, boolean provisional, int openGaps, List<String> essentials) {
        /** Verdict, then settled before provisional, then fewest open essential gaps: the start of the ranking order. */
        public static final Comparator<Outcome> ORDER = Comparator.comparing(Outcome::verdict)
                .thenComparing(Outcome::provisional).thenComparingInt(Outcome::openGaps);

        /** The most points full scoring can give any pair: every gap's score is clamped to it, the overall is their mean. */
        public static final int MOST_POINTS = Scorer.MOST_POINTS;

        /**
         * @param result a fully scored result
         * @return the same three of it
         */
        public static Outcome of(MatchResult result) {
            Set<String> ids = new TreeSet<>();
            for (Finding f : result.findings()) {
                if (f.kind().essential()) {
                    ids.add(f.ruleId());
                }
            }
            return new Outcome(result.verdict(), result.provisional(), result.openEssentialGaps(), List.copyOf(ids));
        }

        /**
         * @param result  a fully scored result
         * @param outcome a screen's outcome
         * @return as {@link #ORDER}, the result against the outcome, without building an outcome of the result
         */
        public static int compare(MatchResult result, Outcome outcome) {
            int c = result.verdict().compareTo(outcome.verdict());
            if (c == 0) {
                c = Boolean.compare(result.provisional(), outcome.provisional());
            }
            return c != 0 ? c : Integer.compare(result.openEssentialGaps(), outcome.openGaps());
        }

        /**
         * @param verdict a verdict
         * @return true when full scoring may give this pair {@code verdict} or better
         */
        public boolean canReach(Verdict verdict) {
            return this.verdict.atLeast(verdict);
        }

        /** @return the rule the outcome rests on, for counting pairs left out: the first blocker, else the first essential */
        public String firstEssential() {
            return essentials.isEmpty() ? "" : essentials.get(0);
        }
    }

    private final RuleBase base;
    private final StatelessKieSession session;
    private final List<String> ruleIds;
    /** The essential rules an out-of-reach pair's job alone decides ({@link ReachRules}); null when there are none. */
    private final StatelessKieSession farSession;
    private final List<String> farRuleIds;

    private Screen(RuleBase base, KieBase kieBase, List<String> ruleIds, KieBase farBase, List<String> farRuleIds) {
        this.base = base;
        this.ruleIds = ruleIds;
        this.session = session(kieBase, base);
        this.farSession = farBase == null ? null : session(farBase, base);
        this.farRuleIds = farRuleIds;
    }

    private static StatelessKieSession session(KieBase kieBase, RuleBase base) {
        StatelessKieSession session = kieBase.newStatelessKieSession();
        if (kieBase.getKiePackages().stream()
                .anyMatch(p -> p.getGlobalVariables().stream().anyMatch(g -> g.getName().equals("policy")))) {
            session.setGlobal("policy", base.policy());
        }
        return session;
    }

    /**
     * Compiles the essential rules of {@code base}'s own files.
     *
     * @throws IllegalStateException when they do not compile on their own (a rule that extends a rule of
     *                               degree, say); callers then score every pair
     */
    static Screen compile(RuleBase base) {
        Set<String> essential = new TreeSet<>();
        for (RuleInfo rule : base.catalog().rules()) {
            if (rule.kind().essential()) {
                essential.add(rule.name());
            }
        }
        List<PackageDescr> packages = ParsedRules.packages(base.source(), rule -> essential.contains(rule.getName()));
        // read before compiling: the builder may change the descriptors it is given
        Set<String> far = new TreeSet<>();
        packages.forEach(p -> p.getRules().stream().filter(ReachRules::decidedByJobAndReach).forEach(r -> far.add(r.getName())));
        KieBase kieBase = RuleCompiler.compile(packages, "the essential rules");
        List<String> ids = ids(base, kieBase);
        if (ids.size() != essential.size()) {
            throw new IllegalStateException("the screen holds " + ids.size() + " of the " + essential.size()
                    + " essential rules");
        }
        KieBase farBase = null;
        try {
            farBase = far.isEmpty() ? null : RuleCompiler.compile(ParsedRules.packages(base.source(), rule -> far.contains(rule.getName())),
                    "the essential rules on reach");
        } catch (IllegalStateException e) {
            // without them every pair is screened in full: slower, the same lists
            org.slf4j.LoggerFactory.getLogger(Screen.class).warn("rule set {}: pairs out of reach are screened in full: {}",
                    base.fingerprint(), e.getMessage());
        }
        return new Screen(base, kieBase, ids, farBase, farBase == null ? List.of() : ids(base, farBase));
    }

    private static List<String> ids(RuleBase base, KieBase kieBase) {
        List<String> ids = new ArrayList<>();
        kieBase.getKiePackages().forEach(p -> p.getRules().forEach(r -> ids.add(base.catalog().byName(r.getName()).id())));
        ids.sort(null);
        return List.copyOf(ids);
    }

    /**
     * @return the ids of the essential rules that decide an out-of-reach pair on its job alone
     *         ({@code commute.outOfReach} and the job's facts, nothing else of the pair); empty when none do, and
     *         then {@link #farBound} cannot be used
     */
    public List<String> farRuleIds() {
        return farRuleIds;
    }

    /**
     * The best outcome any pair of this job whose commute is out of reach can have: those rules fire alike for every
     * such pair, and every other essential finding can only make the verdict worse and add open gaps. So one pair
     * per job is enough, and a batch that asks for a better verdict need not derive or screen the others.
     *
     * @param candidate a candidate whose commute to {@code job} is out of reach
     * @param job       the job
     * @param features  the pair's features
     * @return the verdict and open gaps of the rules of {@link #farRuleIds} alone, settled
     * @throws IllegalStateException when no rule decides an out-of-reach pair, or the pair's commute is not out of reach
     */
    public Outcome farBound(Candidate candidate, Job job, PairFeatures features) {
        return farBounds(List.of(candidate), List.of(job), List.of(features)).get(0);
    }

    /**
     * As {@link #farBound}, for many pairs in one execution.
     *
     * @param candidates the candidate of each pair
     * @param jobs       the job of each pair
     * @param features   each pair's features, of which only the commute and what the job offers are read
     *                   ({@code FeatureDeriver.reachOnly} gives no more)
     * @return one bound per pair, in the order given
     * @throws IllegalStateException when no rule decides an out-of-reach pair, or a pair's commute is not out of reach
     */
    public List<Outcome> farBounds(List<Candidate> candidates, List<Job> jobs, List<PairFeatures> features) {
        List<RulePair> pairs = new ArrayList<>(features.size());
        for (int i = 0; i < features.size(); i++) {
            if (farSession == null || !features.get(i).commute().outOfReach()) {
                throw new IllegalStateException("no out-of-reach bound for " + candidates.get(i).id() + " × "
                        + jobs.get(i).id());
            }
            pairs.add(new RulePair(candidates.get(i), jobs.get(i), features.get(i), base.catalog()));
        }
        farSession.execute(RulePair.facts(pairs));
        List<Outcome> bounds = new ArrayList<>(pairs.size());
        for (RulePair pair : pairs) {
            // the rules run here need no fact, so their outcome is settled: unknown facts are the other rules' part
            bounds.add(outcome(pair, false));
        }
        return bounds;
    }

    /** @return the ids of the rules the screen runs */
    public List<String> ruleIds() {
        return ruleIds;
    }

    /**
     * What the screen found for one pair: its outcome, and its essential findings, from which full scoring goes on
     * ({@link RuleBase#score(List)}) instead of running the essential rules again.
     */
    public static final class Screened {
        private final Outcome outcome;
        /** The pair on the guessed roster, with the essential rules' findings. */
        final RulePair pair;
        /** The rule base the screen was compiled from: only its full scoring may go on from these findings. */
        final RuleBase of;

        Screened(Outcome outcome, RulePair pair, RuleBase of) {
            this.outcome = outcome;
            this.pair = pair;
            this.of = of;
        }

        /** @return the pair's outcome */
        public Outcome outcome() {
            return outcome;
        }

        /** @return the outcomes of {@code screened}, in order */
        public static List<Outcome> outcomes(List<Screened> screened) {
            List<Outcome> outcomes = new ArrayList<>(screened.size());
            for (Screened one : screened) {
                outcomes.add(one.outcome());
            }
            return outcomes;
        }
    }

    /**
     * Runs the essential rules over prepared pairs in one stateless execution.
     *
     * @param candidates the candidate of each pair
     * @param jobs       the job of each pair
     * @param features   the derived facts of each pair
     * @return one outcome per pair, in the order given
     */
    public List<Outcome> screen(List<Candidate> candidates, List<Job> jobs, List<PairFeatures> features) {
        return Screened.outcomes(screenPairs(candidates, jobs, features));
    }

    /**
     * As {@link #screen}, keeping what the essential rules found for full scoring.
     *
     * @param candidates the candidate of each pair
     * @param jobs       the job of each pair
     * @param features   the derived facts of each pair
     * @return one per pair, in the order given
     */
    public List<Screened> screenPairs(List<Candidate> candidates, List<Job> jobs, List<PairFeatures> features) {
        int size = features.size();
        List<RulePair> pairs = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            pairs.add(new RulePair(candidates.get(i), jobs.get(i), features.get(i), base.catalog()));
        }
        session.execute(RulePair.facts(pairs));
        List<Outcome> outcomes = new ArrayList<>(size);
        for (RulePair pair : pairs) {
            outcomes.add(onBestRoster(pair));
        }
        List<Screened> screened = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            screened.add(new Screened(outcomes.get(i), pairs.get(i), base));
        }
        return screened;
    }

    /**
     * The essential rules ran on each roster of the pair worth trying; where one of them found something on the
     * guessed roster, another roster may lift it, and full scoring may keep that one: the screen promises the best.
     */
    private Outcome onBestRoster(RulePair pair) {
        RulePair guess = RuleBase.onGuess(pair);
        Outcome best = outcome(guess);
        if (pair.rosters().size() < 2 || !guess.foundByRosterRule(kind -> true)) {
            return best;
        }
        for (RulePair other : RuleBase.onOtherRosters(pair)) {
            Outcome outcome = outcome(other);
            if (Outcome.ORDER.compare(outcome, best) < 0) {
                best = outcome;
            }
        }
        return best;
    }

    private Outcome outcome(RulePair pair) {
        return outcome(pair, base.scorer().asks(pair.getFeatures().unknowns()));
    }

    /** @param asks whether a fact an essential rule needs is unknown, so the verdict is at best provisional */
    private static Outcome outcome(RulePair pair, boolean asks) {
        List<Finding> findings = pair.findings();
        int open = 0;
        List<String> ids = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            open += f.kind() == Kind.BLOCKER ? 1 : 0;
            if (!ids.contains(f.ruleId())) {
                ids.add(f.ruleId());
            }
        }
        // the redesign the job declares matters only to a blocker
        Verdict verdict = Scorer.verdict(findings, asks, open > 0 ? Lever.declaredBy(pair.getJob()) : Set.of());
        if (ids.size() > 1) {
            ids.sort(null);
        }
        return new Outcome(verdict, asks && verdict != Verdict.NOT_YET, open, List.copyOf(ids));
    }

    /**
     * The self-check: full scoring must never do better than the screen promised.
     *
     * @param promised what the screen found for a pair
     * @param full     the pair fully scored
     * @return null when {@code full} is no better than {@code promised}; otherwise what went wrong, naming the
     *         rules whose findings differ
     */
    public static String contradiction(Outcome promised, MatchResult full) {
        Outcome actual = Outcome.of(full);
        if (Outcome.ORDER.compare(actual, promised) >= 0) {
            return null;
        }
        Set<String> differ = new TreeSet<>(promised.essentials());
        differ.addAll(actual.essentials());
        Set<String> both = new TreeSet<>(promised.essentials());
        both.retainAll(actual.essentials());
        differ.removeAll(both);
        return "the screen (the essential rules run on their own) left out " + full.candidateId() + " × "
                + full.jobId() + " as at best " + promised.verdict() + (promised.provisional() ? " (provisional)" : "")
                + " with " + promised.openGaps() + " open essential gaps " + promised.essentials()
                + ", but full scoring gives " + actual.verdict() + (actual.provisional() ? " (provisional)" : "")
                + " with " + actual.openGaps() + " " + actual.essentials() + "; "
                + (differ.isEmpty() ? "the findings of the same rules lead to another verdict"
                : "rule" + (differ.size() > 1 ? "s " : " ") + String.join(", ", differ) + " decide"
                + (differ.size() > 1 ? "" : "s") + " otherwise in full scoring");
    }

    /**
     * @param candidateId the pair's candidate
     * @param jobId       the pair's job
     * @param oneIn       check one pair in this many; 0 checks none, 1 every pair
     * @return true when the self-check fully scores this left-out pair: the same pairs on every run
     */
    public static boolean sampled(String candidateId, String jobId, int oneIn) {
        if (oneIn <= 0) {
            return false;
        }
        if (oneIn == 1) {
            return true;
        }
        long h = candidateId.hashCode() * 0x9E3779B97F4A7C15L + jobId.hashCode();
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return Math.floorMod(h, (long) oneIn) == 0;
    }
}
