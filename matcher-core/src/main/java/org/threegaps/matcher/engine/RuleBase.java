package org.threegaps.matcher.engine;

import org.threegaps.matcher.RuleSource;
import org.threegaps.matcher.RuleProblem;
import org.threegaps.matcher.RuleFailureException;
import org.threegaps.matcher.RuleTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.kie.api.KieBase;
import org.kie.api.runtime.StatelessKieSession;
import org.threegaps.matcher.features.FeatureDeriver;
import org.threegaps.matcher.features.PairFeatures;
import org.threegaps.matcher.features.RosterFit;
import org.threegaps.matcher.i18n.Messages;
import org.threegaps.matcher.model.Candidate;
import org.threegaps.matcher.model.Job;
import org.threegaps.matcher.features.Policy;
import org.threegaps.matcher.result.Finding;
import org.threegaps.matcher.result.Gap;
import org.threegaps.matcher.result.Kind;
import org.threegaps.matcher.result.MatchResult;

/**
 * One compiled, immutable rule set: the Drools rule base, its catalogue, parameters and messages, and
 * the fingerprint of the files it came from. Shared by all threads; a reload builds a new one.
 */
public final class RuleBase {
    private final RuleSource source;
    private final KieBase kieBase;
    private final StatelessKieSession session;
    private final RuleCatalog catalog;
    private final Policy policy;
    private final Messages messages;
    private final List<RuleProblem> warnings;
    private final String fingerprint;
    private final Scorer scorer;
    private final boolean declaresPolicy;
    private final Set<String> rosterRules;
    private final Duration timeLimitPerPair;

    RuleBase(RuleSource source, KieBase kieBase, RuleCatalog catalog, Policy policy, Messages messages,
             List<RuleProblem> warnings, Set<String> rosterRules) {
        this(source, kieBase, catalog, policy, messages, warnings, rosterRules, TimeGuard.DEFAULT_PER_PAIR);
    }

    private RuleBase(RuleSource source, KieBase kieBase, RuleCatalog catalog, Policy policy, Messages messages,
                     List<RuleProblem> warnings, Set<String> rosterRules, Duration timeLimitPerPair) {
        this.timeLimitPerPair = timeLimitPerPair;
        this.rosterRules = rosterRules;
        this.source = source;
        this.kieBase = kieBase;
        this.catalog = catalog;
        this.policy = policy;
        this.messages = messages;
        this.warnings = List.copyOf(warnings);
        this.fingerprint = source.fingerprint();
        // one stateless session serves every thread: each execute() runs in its own internal session
        this.session = kieBase.newStatelessKieSession();
        this.declaresPolicy = kieBase.getKiePackages().stream()
                .anyMatch(p -> p.getGlobalVariables().stream().anyMatch(g -> g.getName().equals("policy")));
        if (declaresPolicy) {
            session.setGlobal("policy", policy);
        }
        session.addEventListener(TimeGuard.LISTENER);
        this.scorer = new Scorer(policy, catalog, fingerprint);
    }

    RuleBase withWarnings(List<RuleProblem> problems) {
        return new RuleBase(source, kieBase, catalog, policy, messages, problems, rosterRules, timeLimitPerPair);
    }

    /**
     * @param perPair how long scoring may take per pair before the call fails with a {@link RuleTimeoutException};
     *                10 s by default
     * @return this rule base with that limit
     * @throws IllegalArgumentException when the limit is not positive
     */
    public RuleBase withTimeLimitPerPair(Duration perPair) {
        if (perPair.isNegative() || perPair.isZero()) {
            throw new IllegalArgumentException("the time limit per pair must be positive, was " + perPair);
        }
        return new RuleBase(source, kieBase, catalog, policy, messages, warnings, rosterRules, perPair);
    }

    /**
     * Runs work that scores {@code pairs} pairs (deriving, screening, scoring a batch's chunk) under this rule base's
     * time limit, all on one runner thread: the rule runs within it run in place instead of each on a runner of its
     * own, which saves a handoff per run and keeps what the work makes on the thread that reads it.
     *
     * @throws org.threegaps.matcher.RuleTimeoutException when the work takes longer than the limit for that many pairs
     */
    public <T> T guarded(int pairs, java.util.function.Supplier<T> work) {
        return TimeGuard.call(pairs, null, timeLimitPerPair, work, this::idOf);
    }

    /**
     * Scores prepared pairs in one stateless execution. Callers chunk large batches (100–500 pairs per
     * call measured best).
     *
     * @param candidates the candidates
     * @param jobs the jobs
     * @param features the pair's features
     * @return one result per pair, in the order given
     */
    public List<MatchResult> score(List<Candidate> candidates, List<Job> jobs, List<PairFeatures> features) {
        List<RulePair> pairs = new ArrayList<>(features.size());
        for (int i = 0; i < features.size(); i++) {
            pairs.add(new RulePair(candidates.get(i), jobs.get(i), features.get(i), catalog));
        }
        execute(session, pairs);
        return scored(pairs);
    }

    /**
     * Scores pairs the screen has run the essential rules on. Where it is this rule set's own screen, full scoring goes
     * on from the screen's findings and runs only the rules of degree: the essential rules would find the same again.
     * The results are those of {@link #score(List, List, List)}.
     *
     * @param screened the pairs, as the screen left them
     * @return one result per pair, in the order given
     */
    public List<MatchResult> score(List<Screen.Screened> screened) {
        StatelessKieSession degree = ofDegree.session();
        List<RulePair> pairs = new ArrayList<>(screened.size());
        List<RulePair> goOn = new ArrayList<>(screened.size());
        List<RulePair> anew = new ArrayList<>(0);
        for (Screen.Screened one : screened) {
            RulePair screenedPair = one.pair;
            RulePair pair = new RulePair(screenedPair.getCandidate(), screenedPair.getJob(), screenedPair.getFeatures(), catalog);
            if (degree != null && one.of.kieBase == kieBase) {
                screenedPair.copyFindings(pair);
                goOn.add(pair);
            } else {
                anew.add(pair); // another rule set's screen (a test of the self-check): its findings are not ours
            }
            pairs.add(pair);
        }
        if (!goOn.isEmpty()) {
            execute(degree, goOn);
        }
        if (!anew.isEmpty()) {
            execute(session, anew);
        }
        return scored(pairs);
    }

    /** @return the results of pairs the rules have run on, each on the roster that scores best */
    private List<MatchResult> scored(List<RulePair> pairs) {
        List<MatchResult> results = new ArrayList<>(pairs.size());
        for (RulePair pair : pairs) {
            results.add(scorer.score(onBestRoster(pair)));
        }
        return results;
    }

    /**
     * A job with several rosters: the features guess the roster the candidate would work (the fewest clashing
     * minutes), but minutes of different kinds cost different points. So the rules ran, in the same session, on each
     * roster that is better than the guess on at least one kind of minute ({@link RosterFit#worthTrying}), and what a
     * rule found on a roster holds for that roster only. Where the guessed roster draws a penalty or blocker from a
     * rule that reads the roster, the pair is scored on each of the other rosters too and the best result is kept:
     * better verdict, then fewer blockers, then a higher overall score, then a higher organisation score; the guess
     * on a tie, then the lower roster id. So offering an extra roster never makes a pair worse.
     *
     * @param pair a pair the rules have run on
     * @return the pair on the roster that scores best, with that roster's findings and unknowns
     */
    private RulePair onBestRoster(RulePair pair) {
        RulePair guess = onGuess(pair);
        if (pair.rosters().size() < 2 || !costsOnTheRoster(guess)) {
            return guess;
        }
        RulePair best = guess;
        MatchResult bestResult = scorer.score(guess);
        List<RulePair> others = onOtherRosters(pair);
        for (RulePair other : others) {
            MatchResult result = scorer.score(other);
            if (BETTER_ROSTER.compare(result, bestResult) < 0) {
                best = other;
                bestResult = result;
            }
        }
        return best;
    }

    /** @return the pair on the roster its features guess: without what the rules found on its other rosters */
    static RulePair onGuess(RulePair pair) {
        return pair.foundOnOtherRosters() ? pair.onRoster(0, pair.getFeatures()) : pair;
    }

    /**
     * @param pair a pair the rules have run on
     * @return the pair on each of its other rosters ({@link RosterFit#worthTrying} after the guess), in roster id
     *         order, with the findings of that roster and its unknowns
     */
    static List<RulePair> onOtherRosters(RulePair pair) {
        List<RosterFit> fits = RosterFit.worthTrying(pair.getFeatures());
        List<RulePair> others = new ArrayList<>(fits.size() - 1);
        for (int k = 1; k < fits.size(); k++) {
            others.add(pair.onRoster(k, FeatureDeriver.onRoster(pair.getCandidate(), pair.getJob(), pair.getFeatures(), fits.get(k))));
        }
        return others;
    }

    /**
     * Runs the rules over {@code pairs}; a rule that throws comes out as a {@link RuleFailureException} naming
     * the rule and the pair, not as the engine's trace.
     */
    private void execute(StatelessKieSession on, List<RulePair> pairs) {
        try {
            TimeGuard.run(pairs, timeLimitPerPair, () -> on.execute(RulePair.facts(pairs)), this::idOf);
        } catch (RuleFailureException e) {
            throw e;
        } catch (RuntimeException e) {
            throw failure(e, pairs);
        }
    }

    private RuleFailureException failure(RuntimeException e, List<RulePair> pairs) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof org.kie.api.runtime.rule.ConsequenceException consequence && consequence.getMatch() != null) {
                String id = idOf(consequence.getMatch().getRule().getName());
                RulePair pair = consequence.getMatch().getObjects().stream().filter(RulePair.class::isInstance).map(RulePair.class::cast)
                        .findFirst().orElse(null);
                return pair == null ? new RuleFailureException(id, "?", "?", e)
                        : new RuleFailureException(id, pair.getCandidate().id(), pair.getJob().id(), e);
            }
        }
        // a condition that throws names its rule only in the engine's message; find the pair by trying each alone
        String id = "?";
        for (Throwable t = e; t != null && id.equals("?"); t = t.getCause() == t ? null : t.getCause()) {
            java.util.regex.Matcher named = RULE_IN_MESSAGE.matcher(String.valueOf(t.getMessage()));
            if (named.find()) {
                id = idOf(named.group(1));
            }
        }
        RulePair culprit = pairs.get(0);
        if (pairs.size() > 1) {
            for (RulePair pair : pairs) {
                try {
                    session.execute(RulePair.facts(List.of(new RulePair(pair.getCandidate(), pair.getJob(), pair.getFeatures(), catalog))));
                } catch (RuntimeException again) {
                    culprit = pair;
                    break;
                }
            }
        }
        return new RuleFailureException(id, culprit.getCandidate().id(), culprit.getJob().id(), e);
    }

    /** @return the id of the rule with this DRL name, or the name when the catalogue does not hold it */
    private String idOf(String ruleName) {
        return catalog.rules().stream().filter(r -> r.name().equals(ruleName)).map(RuleInfo::id).findFirst().orElse(ruleName);
    }

    /** How Drools names the rule of a condition that threw: {@code [Rule "MO-02 …" in mobility.drl]}. */
    private static final java.util.regex.Pattern RULE_IN_MESSAGE = java.util.regex.Pattern.compile("Rule \"([^\"]+)\"");

    private boolean costsOnTheRoster(RulePair pair) {
        return pair.foundByRosterRule(kind -> kind == Kind.PENALTY || kind == Kind.BLOCKER);
    }

    // on a full tie the earlier result stays: the guess, then the other rosters by id (see RosterFit.worthTrying)
    private static final Comparator<MatchResult> BETTER_ROSTER = Comparator.comparing(MatchResult::verdict)
            .thenComparingInt(MatchResult::openEssentialGaps)
            .thenComparing(Comparator.comparingInt(MatchResult::overallScore).reversed())
            .thenComparing(Comparator.comparingInt((MatchResult r) -> r.score(Gap.ORGANISATION)).reversed());

    /** A result with the names of the rules that fired for it, in firing order. */
    public record Trace(MatchResult result, List<String> firedRules) {
    }

    /**
     * Scores one pair in its own session with an agenda listener, for rule tests and for tools that
     * show which rules fired; on the roster {@link #score} keeps.
     *
     * @param candidate the candidate
     * @param job       the job
     * @param features  the pair's features, derived with this rule set's parameters
     * @return the result with the ids of the rules that fired
     * @throws RuleFailureException when a rule throws; names the rule and the pair
     */
    public Trace trace(Candidate candidate, Job job, PairFeatures features) {
        StatelessKieSession traced = kieBase.newStatelessKieSession();
        if (declaresPolicy) {
            traced.setGlobal("policy", policy);
        }
        traced.addEventListener(TimeGuard.LISTENER);
        RulePair pair = new RulePair(candidate, job, features, catalog);
        List<String> fired = new ArrayList<>();
        List<Integer> onRoster = new ArrayList<>();
        traced.addEventListener(new org.kie.api.event.rule.DefaultAgendaEventListener() {
            @Override
            public void afterMatchFired(org.kie.api.event.rule.AfterMatchFiredEvent event) {
                fired.add(event.getMatch().getRule().getName());
                onRoster.add(pair.rosterOf(event.getMatch().getObjects()));
            }
        });
        execute(traced, List.of(pair));
        RulePair best = onBestRoster(pair);
        List<String> firedOnKept = new ArrayList<>();
        for (int i = 0; i < fired.size(); i++) {
            if (onRoster.get(i) == RulePair.ANY_ROSTER || onRoster.get(i) == best.roster()) {
                firedOnKept.add(fired.get(i));
            }
        }
        return new Trace(scorer.score(best), List.copyOf(firedOnKept));
    }

    /**
     * @return the ids of the rules whose conditions match a roster ({@code RosterFit}): what they find holds for that
     *         roster, and their penalties and blockers on the guessed roster make the engine weigh the job's other rosters
     */
    Set<String> rosterRules() {
        return rosterRules;
    }

    /**
     * Some of the rules, compiled on their own on first use: a rule reports findings and changes nothing, so a rule
     * finds the same alone as among the others. Null when they do not compile on their own (a rule that extends one
     * left out, say); callers then run every rule.
     */
    private final class Subset {
        private final String name;
        private final String what;
        private final java.util.function.Predicate<RuleInfo> which;
        private volatile Object session;

        Subset(String name, String what, java.util.function.Predicate<RuleInfo> which) {
            this.name = name;
            this.what = what;
            this.which = which;
        }

        StatelessKieSession session() {
            Object s = session;
            if (s == null) {
                synchronized (this) {
                    s = session;
                    if (s == null) {
                        s = compile();
                        session = s;
                    }
                }
            }
            return s instanceof StatelessKieSession ready ? ready : null;
        }

        private Object compile() {
            Set<String> names = new java.util.HashSet<>();
            catalog.rules().stream().filter(which).forEach(r -> names.add(r.name()));
            try {
                KieBase some = RuleCompiler.compile(ParsedRules.packages(source, rule -> names.contains(rule.getName())), what);
                long compiled = some.getKiePackages().stream().mapToLong(p -> p.getRules().size()).sum();
                if (compiled != names.size()) {
                    throw new IllegalStateException("they compile to " + compiled + " of " + names.size() + " rules");
                }
                StatelessKieSession s = some.newStatelessKieSession();
                if (declaresPolicy) {
                    s.setGlobal("policy", policy);
                }
                s.addEventListener(TimeGuard.LISTENER);
                return s;
            } catch (RuntimeException e) {
                org.slf4j.LoggerFactory.getLogger(RuleBase.class).warn("rule set {}: every rule runs where only {} would: {}",
                        fingerprint, what, e.getMessage());
                return UNAVAILABLE;
            }
        }
    }

    /** For pairs the screen has run the essential rules on: the others. */
    private final Subset ofDegree = new Subset("degree", "the rules of degree", r -> !r.kind().essential());

    /**
     * Compiles now, not on first use, the parts of this rule set that run on their own: the rules of degree
     * ({@code degree}), which go on from the screen's findings; for {@code verify}, which tells the analyst what will
     * take longer.
     *
     * @return the names of those that do not compile on their own: where they would run, every rule runs, with the
     *         same results, more slowly
     */
    public List<String> partsNotApart() {
        return ofDegree.session() == null ? List.of(ofDegree.name) : List.of();
    }

    /** The screen, compiled on first use; {@code UNAVAILABLE} when the essential rules do not compile alone. */
    private volatile Object screen;
    private static final Object UNAVAILABLE = new Object();

    /**
     * @return the essential rules of this rule set compiled on their own ({@link Screen}), compiled on first
     *         use; null when they do not compile on their own, so that every pair must be fully scored
     */
    public Screen screen() {
        Object s = screen;
        if (s == null) {
            synchronized (this) {
                s = screen;
                if (s == null) {
                    try {
                        s = Screen.compile(this);
                    } catch (RuntimeException e) {
                        org.slf4j.LoggerFactory.getLogger(RuleBase.class).warn(
                                "rule set {}: no screen, every pair is fully scored: {}", fingerprint, e.getMessage());
                        s = UNAVAILABLE;
                    }
                    screen = s;
                }
            }
        }
        return s instanceof Screen ready ? ready : null;
    }

    /**
     * @param other the same rules with other parameters or conditions
     * @return this rule base screened by the essential rules of {@code other}: the one way to make the screen
     *         and full scoring part, since the rule language cannot; for the tests of the screen's self-check
     */
    public RuleBase screenedBy(RuleBase other) {
        RuleBase copy = new RuleBase(source, kieBase, catalog, policy, messages, warnings, rosterRules, timeLimitPerPair);
        copy.screen = Screen.compile(other);
        return copy;
    }

    Scorer scorer() {
        return scorer;
    }

    /** @return the rule catalogue */
    public RuleCatalog catalog() {
        return catalog;
    }

    /** @return the policy parameters */
    public Policy policy() {
        return policy;
    }

    /** @return the message texts */
    public Messages messages() {
        return messages;
    }

    /** @return problems that did not stop the rule set from loading */
    public List<RuleProblem> warnings() {
        return warnings;
    }

    /** @return the fingerprint of the files this rule base was compiled from */
    public String fingerprint() {
        return fingerprint;
    }

    /** @return the files this rule base was compiled from */
    public RuleSource source() {
        return source;
    }

    /** @return the underlying Drools rule base, for tools that attach listeners */
    public KieBase kieBase() {
        return kieBase;
    }
}
