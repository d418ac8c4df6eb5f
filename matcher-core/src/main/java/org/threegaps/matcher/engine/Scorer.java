package org.threegaps.matcher.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.threegaps.matcher.features.Policy;
import org.threegaps.matcher.policy.PolicyKeys;
import org.threegaps.matcher.result.Finding;
import org.threegaps.matcher.result.Gap;
import org.threegaps.matcher.result.GapScore;
import org.threegaps.matcher.result.Kind;
import org.threegaps.matcher.result.Lever;
import org.threegaps.matcher.result.MatchResult;
import org.threegaps.matcher.result.Verdict;

/**
 * Turns findings into a verdict and points. The verdict answers one question, can this person start in this job
 * as it stands, and follows from the essential findings alone: an open one (blocker) that no declared redesign
 * lifts gives "not yet", open ones that declared redesign options lift give "after redesign", bridged ones (or an
 * unknown fact an essential rule needs) give "match with support". Points never decide it: per gap 100 −
 * penalties and bridged points + bonuses, clamped to 0–100, and their weighted mean, a matter of degree that
 * ranks pairs of the same verdict. Scoring is additive, so the order in which rules fire never matters.
 */
final class Scorer {
    /** A gap's score, and so the weighted mean of them, is at most this. */
    static final int MOST_POINTS = 100;

    /**
     * The order of a result's findings: kind, gap, rule id, values. {@link #sorted} gives it from the catalogue's
     * ranks; this comparator is its definition, which the tests hold {@code sorted} to.
     */
    static final Comparator<Finding> ORDER = (a, b) -> {
        int c = Integer.compare(a.kind().ordinal(), b.kind().ordinal());
        if (c == 0) {
            c = Integer.compare(a.gap().ordinal(), b.gap().ordinal());
        }
        if (c == 0) {
            c = a.ruleId().compareTo(b.ruleId());
        }
        return c != 0 ? c : compareValues(a, b);
    };

    /**
     * The findings' values compared as if joined with NUL characters ({@code String.join("\u0000", values)}),
     * the order results have always had, without building the joined strings: every pair sorts its findings.
     */
    static int compareValues(Finding a, Finding b) {
        List<Finding.Argument> x = a.args();
        List<Finding.Argument> y = b.args();
        int i = 0;
        int p = 0;
        int j = 0;
        int q = 0;
        while (true) {
            int cx = joinedCharAt(x, i, p);
            int cy = joinedCharAt(y, j, q);
            if (cx != cy || cx < 0) {
                return Integer.compare(cx, cy);
            }
            if (p < x.get(i).value().length()) {
                p++;
            } else {
                i++;
                p = 0;
            }
            if (q < y.get(j).value().length()) {
                q++;
            } else {
                j++;
                q = 0;
            }
        }
    }

    /** @return the character at position {@code p} of value {@code i} in the joined values, NUL between values, -1 at the end */
    private static int joinedCharAt(List<Finding.Argument> values, int i, int p) {
        if (i >= values.size()) {
            return -1;
        }
        String value = values.get(i).value();
        return p < value.length() ? value.charAt(p) : i + 1 < values.size() ? 0 : -1;
    }

    private static final int GAPS = Gap.values().length;
    /** By gap ordinal. */
    private final double[] weights = new double[GAPS];
    private final Set<String> essentialNeeds;
    private final String fingerprint;

    Scorer(Policy policy, RuleCatalog catalog, String fingerprint) {
        weights[Gap.SKILL.ordinal()] = policy.number(PolicyKeys.WEIGHT_SKILL);
        weights[Gap.SEARCH.ordinal()] = policy.number(PolicyKeys.WEIGHT_SEARCH);
        weights[Gap.ORGANISATION.ordinal()] = policy.number(PolicyKeys.WEIGHT_ORGANISATION);
        this.essentialNeeds = catalog.rules().stream().filter(r -> r.kind().essential())
                .flatMap(r -> r.needs().stream()).collect(Collectors.toUnmodifiableSet());
        this.fingerprint = fingerprint;
    }

    MatchResult score(RulePair pair) {
        List<Finding> findings = sorted(pair);
        int[] penalties = new int[GAPS];
        int[] bonuses = new int[GAPS];
        int[] blockers = new int[GAPS];
        boolean open = false;
        for (Finding f : findings) {
            int gap = f.gap().ordinal();
            switch (f.kind()) {
                case PENALTY, BRIDGED -> penalties[gap] += f.points();
                case BONUS -> bonuses[gap] += f.points();
                case BLOCKER -> {
                    blockers[gap]++;
                    open = true;
                }
                case INFORMATION -> { }
            }
        }
        Map<Gap, GapScore> scores = new EnumMap<>(Gap.class);
        double weighted = 0;
        double totalWeight = 0;
        for (Gap gap : Gap.values()) {
            int g = gap.ordinal();
            int score = Math.max(0, Math.min(MOST_POINTS, MOST_POINTS - penalties[g] + bonuses[g]));
            scores.put(gap, new GapScore(gap, score, penalties[g], bonuses[g], blockers[g]));
            weighted += weights[g] * score;
            totalWeight += weights[g];
        }
        int overall = (int) Math.round(totalWeight == 0 ? 0 : weighted / totalWeight);
        List<String> unknowns = pair.getFeatures().unknowns();
        List<String> toAsk = asks(unknowns) ? toAsk(unknowns) : List.of();
        // the redesign the job declares matters only to a blocker
        Verdict verdict = verdict(findings, !toAsk.isEmpty(), open ? Lever.declaredBy(pair.getJob()) : Set.of());
        boolean provisional = !toAsk.isEmpty() && verdict != Verdict.NOT_YET;
        return new MatchResult(pair.getCandidate(), pair.getJob(), verdict, provisional, overall, scores, findings,
                suggestedActions(findings), unknowns, toAsk, fingerprint);
    }

    private List<String> toAsk(List<String> unknowns) {
        List<String> toAsk = new ArrayList<>(2);
        for (String unknown : unknowns) {
            if (essentialNeeds.contains(unknown)) {
                toAsk.add(unknown);
            }
        }
        return List.copyOf(toAsk);
    }

    /**
     * @return the pair's findings in {@link #ORDER}: by the rank its rule has in the catalogue (kind, gap, id),
     *         then by values; an insertion sort, since a pair has a handful of findings and sorts them once
     */
    static List<Finding> sorted(RulePair pair) {
        List<Finding> found = pair.findings();
        int n = found.size();
        Finding[] findings = new Finding[n];
        int[] ranks = new int[n];
        for (int i = 0; i < n; i++) {
            Finding f = found.get(i);
            int rank = pair.rank(i);
            int at = i;
            while (at > 0 && (ranks[at - 1] > rank || ranks[at - 1] == rank && compareValues(findings[at - 1], f) > 0)) {
                findings[at] = findings[at - 1];
                ranks[at] = ranks[at - 1];
                at--;
            }
            findings[at] = f;
            ranks[at] = rank;
        }
        return List.of(findings);
    }

    /** @return true when one of these unknown facts is one an essential rule needs: the verdict then asks for it */
    boolean asks(List<String> unknowns) {
        for (String unknown : unknowns) {
            if (essentialNeeds.contains(unknown)) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param unknownEssential true when a fact an essential rule needs is unknown: what is known may still
     *                         hide an essential gap, so the verdict is at best "match with support"
     */
    static Verdict verdict(List<Finding> findings, boolean unknownEssential, Set<Lever> declared) {
        boolean open = false;
        boolean bridged = false;
        boolean liftable = true;
        for (Finding f : findings) {
            if (f.kind() == Kind.BLOCKER) {
                open = true;
                liftable &= liftedBy(f, declared);
            } else if (f.kind() == Kind.BRIDGED) {
                bridged = true;
            }
        }
        if (open) {
            return liftable ? Verdict.AFTER_REDESIGN : Verdict.NOT_YET;
        }
        return bridged || unknownEssential ? Verdict.MATCH_WITH_SUPPORT : Verdict.MATCH;
    }

    private static boolean liftedBy(Finding blocker, Set<Lever> declared) {
        for (Lever lever : blocker.levers()) {
            if (declared.contains(lever)) {
                return true;
            }
        }
        return false;
    }

    /** @return the levers of essential findings and penalties, employer-side first, without repeats */
    private static List<Lever> suggestedActions(List<Finding> findings) {
        List<Lever> employer = new ArrayList<>();
        List<Lever> candidate = new ArrayList<>();
        boolean[] seen = new boolean[LEVERS];
        for (Finding f : findings) {
            if (f.kind() == Kind.BLOCKER || f.kind() == Kind.BRIDGED || f.kind() == Kind.PENALTY) {
                for (Lever lever : f.levers()) {
                    if (!seen[lever.ordinal()]) {
                        seen[lever.ordinal()] = true;
                        (lever.side() == Lever.Side.EMPLOYER ? employer : candidate).add(lever);
                    }
                }
            }
        }
        employer.addAll(candidate);
        return List.copyOf(employer);
    }

    private static final int LEVERS = Lever.values().length;
}
