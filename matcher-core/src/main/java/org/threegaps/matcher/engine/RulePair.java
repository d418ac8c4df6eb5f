package org.threegaps.matcher.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.kie.api.runtime.rule.RuleContext;
import org.threegaps.matcher.features.Code;
import org.threegaps.matcher.features.InputField;
import org.threegaps.matcher.features.Pair;
import org.threegaps.matcher.features.PairFeatures;
import org.threegaps.matcher.features.RosterFit;
import org.threegaps.matcher.model.Candidate;
import org.threegaps.matcher.model.Job;
import org.threegaps.matcher.result.Finding;
import org.threegaps.matcher.result.Finding.Argument;

/** The matcher's {@link Pair}: records the findings its rules report, with their points from the catalogue. */
final class RulePair extends Pair {
    private final RuleCatalog catalog;
    private final List<Finding> findings = new ArrayList<>(8);
    /** Each finding's rank in the catalogue's order, so that the scorer sorts by a number, not by names. */
    private int[] ranks = new int[8];
    /** Each finding's roster: its index in {@link #rosterFacts()}, or {@link #ANY_ROSTER}. */
    private int[] rosters = new int[8];

    /** The roster of a finding whose rule reads no roster: it holds on every roster of the pair. */
    static final int ANY_ROSTER = -1;

    /** The roster this pair is seen on: an index in {@link #rosterFacts()} of the pair it was made from ({@link #onRoster}). */
    private final int roster;

    RulePair(Candidate candidate, Job job, PairFeatures features, RuleCatalog catalog) {
        this(candidate, job, features, catalog, 0);
    }

    private RulePair(Candidate candidate, Job job, PairFeatures features, RuleCatalog catalog, int roster) {
        super(candidate, job, features);
        this.catalog = catalog;
        this.roster = roster;
    }

    /**
     * The simple names of the types a session holds besides the pair ({@link #facts}); patterns over them
     * need no {@code from}, but must join on their pair.
     */
    static final java.util.Set<String> SESSION_FACTS = java.util.Set.of(org.threegaps.matcher.features.RequirementFit.class.getSimpleName(),
            RosterFit.class.getSimpleName());

    @Override
    public void report(RuleContext context, Object... args) {
        RuleCatalog.Listed listed = catalog.listed(context.getRule().getName());
        RuleInfo rule = listed.rule();
        Argument[] typed = new Argument[args.length];
        for (int i = 0; i < args.length; i++) {
            typed[i] = argument(rule, i, args[i]);
        }
        add(new Finding(rule.id(), rule.gap(), rule.area(), rule.kind(), rule.points(), rule.id(), List.of(typed),
                rule.levers()), listed.rank(), listed.perRoster() ? rosterOf(context) : ANY_ROSTER);
    }

    private int rosterOf(RuleContext context) {
        return rosterOf(context.getMatch().getObjects());
    }

    /** @return the index of the roster among the facts a rule matched, or {@link #ANY_ROSTER} when it matched none */
    int rosterOf(List<?> matched) {
        for (Object fact : matched) {
            if (fact instanceof RosterFit roster) {
                List<RosterFit> mine = rosterFacts();
                for (int i = 0; i < mine.size(); i++) {
                    if (mine.get(i) == roster) {
                        return i;
                    }
                }
            }
        }
        return ANY_ROSTER;
    }

    /** Records a finding with its rule's rank in the catalogue's order and the roster it holds for. */
    void add(Finding finding, int rank, int roster) {
        if (findings.size() == ranks.length) {
            ranks = java.util.Arrays.copyOf(ranks, ranks.length * 2);
            rosters = java.util.Arrays.copyOf(rosters, rosters.length * 2);
        }
        ranks[findings.size()] = rank;
        rosters[findings.size()] = roster;
        findings.add(finding);
    }

    private static Argument argument(RuleInfo rule, int position, Object arg) {
        if (arg == null) {
            throw new IllegalArgumentException("rule " + rule.id() + " reports null as argument " + position
                    + ": a finding's text cannot show it");
        }
        if (arg instanceof InputField field) {
            return Argument.field(field.path());
        } else if (arg instanceof Enum<?> e) {
            return Argument.value(e);
        } else if (arg instanceof Code code) {
            return Argument.code(code.value());
        } else if (arg instanceof Locale language) {
            return Argument.language(language.getLanguage());
        } else if (arg instanceof Double || arg instanceof Float) {
            double d = ((Number) arg).doubleValue();
            return Argument.number(d == Math.rint(d) ? Long.toString((long) d) : String.format(Locale.ROOT, "%.1f", d));
        } else if (arg instanceof BigDecimal decimal) {
            return Argument.number(decimal.toPlainString());
        } else if (arg instanceof Number number) {
            return Argument.number(number.toString());
        } else if (arg instanceof CharSequence text) {
            return Argument.text(text.toString());
        }
        throw new IllegalArgumentException("rule " + rule.id() + " reports a " + arg.getClass().getName()
                + " as argument " + position + ": a finding's text shows numbers, text, enum constants, languages"
                + " (Locale), input fields and codes");
    }

    List<Finding> findings() {
        return findings;
    }

    /** Adds to {@code other} the findings of this pair, with their ranks and rosters. */
    void copyFindings(RulePair other) {
        for (int i = 0; i < findings.size(); i++) {
            other.add(findings.get(i), ranks[i], rosters[i]);
        }
    }

    /** @return true when a rule that reads a roster ({@link RuleCatalog#perRoster}) found something of such a kind */
    boolean foundByRosterRule(java.util.function.Predicate<org.threegaps.matcher.result.Kind> kind) {
        for (int i = 0; i < findings.size(); i++) {
            if (catalog.perRoster(ranks[i]) && kind.test(findings.get(i).kind())) {
                return true;
            }
        }
        return false;
    }

    /** @return true when a finding holds for one of the rosters other than the guess only */
    boolean foundOnOtherRosters() {
        for (int i = 0; i < findings.size(); i++) {
            if (rosters[i] > 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param roster   an index in {@link #rosterFacts()}
     * @param features the pair's features on that roster ({@code FeatureDeriver.onRoster}, or the pair's own for the
     *                 guess): the unknowns may differ
     * @return the pair as it is on that roster: the findings that hold on every roster and those of that roster
     */
    RulePair onRoster(int roster, PairFeatures features) {
        RulePair on = new RulePair(getCandidate(), getJob(), features, catalog, roster);
        for (int i = 0; i < findings.size(); i++) {
            if (rosters[i] == ANY_ROSTER || rosters[i] == roster) {
                on.add(findings.get(i), ranks[i], ANY_ROSTER);
            }
        }
        return on;
    }

    /** @return the roster this pair is seen on: 0, the guess, unless it was made by {@link #onRoster} */
    int roster() {
        return roster;
    }

    /** @return the rosters this pair's rules ran on, the guess first; see {@link #rosterFacts()} */
    List<RosterFit> rosters() {
        return rosterFacts();
    }

    /** @return the rank of finding {@code i} in the catalogue's order (kind, gap, rule id) */
    int rank(int i) {
        return ranks[i];
    }

    /** @return what a session over {@code pairs} holds: each pair and its requirement fits */
    static List<Object> facts(List<RulePair> pairs) {
        List<Object> facts = new ArrayList<>(pairs.size() * 6);
        for (RulePair pair : pairs) {
            facts.add(pair);
            facts.addAll(pair.requirementFacts());
            facts.addAll(pair.rosterFacts());
        }
        return facts;
    }
}
