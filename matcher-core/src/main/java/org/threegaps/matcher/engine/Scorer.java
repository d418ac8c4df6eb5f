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
    /** Kind, gap, rule id, values: written out, since every pair sorts its findings. */
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

    private final Map<Gap, Double> weights = new EnumMap<>(Gap.class);
    private final Set<String> essentialNeeds;
    private final String fingerprint;

    Scorer(Policy policy, RuleCatalog catalog, String fingerprint) {
        weights.put(Gap.SKILL, policy.number(PolicyKeys.WEIGHT_SKILL));
        weights.put(Gap.SEARCH, policy.number(PolicyKeys.WEIGHT_SEARCH));
        weights.put(Gap.ORGANISATION, policy.number(PolicyKeys.WEIGHT_ORGANISATION));
        this.essentialNeeds = catalog.rules().stream().filter(r -> r.kind().essential())
                .flatMap(r -> r.needs().stream()).collect(Collectors.toUnmodifiableSet());
        this.fingerprint = fingerprint;
    }

    MatchResult score(RulePair pair) {
        List<Finding> findings = new ArrayList<>(pair.findings());
        findings.sort(ORDER);
        Map<Gap, GapScore> scores = new EnumMap<>(Gap.class);
        double weighted = 0;
        double totalWeight = 0;
        for (Gap gap : Gap.values()) {
            int penalties = 0;
            int bonuses = 0;
            int blockers = 0;
            for (Finding f : findings) {
                if (f.gap() == gap) {
                    switch (f.kind()) {
                        case PENALTY, BRIDGED -> penalties += f.points();
                        case BONUS -> bonuses += f.points();
                        case BLOCKER -> blockers++;
                        case INFORMATION -> { }
                    }
                }
            }
            int score = Math.max(0, Math.min(100, 100 - penalties + bonuses));
            scores.put(gap, new GapScore(gap, score, penalties, bonuses, blockers));
            weighted += weights.get(gap) * score;
            totalWeight += weights.get(gap);
        }
        int overall = (int) Math.round(totalWeight == 0 ? 0 : weighted / totalWeight);
        List<String> unknowns = pair.getFeatures().unknowns();
        List<String> toAsk = new ArrayList<>(0);
        for (String unknown : unknowns) {
            if (essentialNeeds.contains(unknown)) {
                toAsk.add(unknown);
            }
        }
        Verdict verdict = verdict(findings, !toAsk.isEmpty(), Lever.declaredBy(pair.getJob()));
        boolean provisional = !toAsk.isEmpty() && verdict != Verdict.NOT_YET;
        return new MatchResult(pair.getCandidate(), pair.getJob(), verdict, provisional, overall, scores, findings,
                suggestedActions(findings), unknowns, toAsk, fingerprint);
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
        return employer;
    }

    private static final int LEVERS = Lever.values().length;
}
