package org.threegaps.matcher.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.threegaps.matcher.i18n.Messages;
import org.threegaps.matcher.policy.Policy;
import org.threegaps.matcher.policy.PolicyKeys;
import org.threegaps.matcher.result.Finding;
import org.threegaps.matcher.result.Gap;
import org.threegaps.matcher.result.GapScore;
import org.threegaps.matcher.result.Kind;
import org.threegaps.matcher.result.Lever;
import org.threegaps.matcher.result.MatchResult;
import org.threegaps.matcher.result.Verdict;

/**
 * Turns findings into gap scores, an overall score and a verdict. Scoring is additive, so the order in
 * which rules fire never matters: per gap, 100 − penalties + bonuses, clamped to 0–100.
 */
final class Scorer {
    static final Comparator<Finding> ORDER = Comparator.comparing(Finding::kind).thenComparing(Finding::gap)
            .thenComparing(Finding::ruleId).thenComparing(f -> String.join("\u0000", f.args()));

    private final Map<Gap, Double> weights = new EnumMap<>(Gap.class);
    private final int matchScore;
    private final int supportScore;
    private final String fingerprint;
    private final Messages messages;

    Scorer(Policy policy, String fingerprint, Messages messages) {
        weights.put(Gap.SKILL, policy.number(PolicyKeys.WEIGHT_SKILL));
        weights.put(Gap.SEARCH, policy.number(PolicyKeys.WEIGHT_SEARCH));
        weights.put(Gap.ORGANISATION, policy.number(PolicyKeys.WEIGHT_ORGANISATION));
        matchScore = policy.integer(PolicyKeys.VERDICT_MATCH);
        supportScore = policy.integer(PolicyKeys.VERDICT_SUPPORT);
        this.fingerprint = fingerprint;
        this.messages = messages;
    }

    MatchResult score(Pair pair) {
        List<Finding> findings = new ArrayList<>(pair.findings());
        findings.sort(ORDER);
        Map<Gap, GapScore> scores = new EnumMap<>(Gap.class);
        double weighted = 0;
        double totalWeight = 0;
        int lowest = 100;
        for (Gap gap : Gap.values()) {
            int penalties = 0;
            int bonuses = 0;
            int blockers = 0;
            for (Finding f : findings) {
                if (f.gap() == gap) {
                    switch (f.kind()) {
                        case PENALTY -> penalties += f.points();
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
            lowest = Math.min(lowest, score);
        }
        int overall = (int) Math.round(totalWeight == 0 ? 0 : weighted / totalWeight);
        Verdict verdict = verdict(findings, lowest, Lever.declaredBy(pair.getJob()));
        return new MatchResult(pair.getCandidate(), pair.getJob(), verdict, overall, scores, findings,
                suggestedActions(findings), pair.getFeatures().unknowns(), fingerprint, messages);
    }

    private Verdict verdict(List<Finding> findings, int lowestGapScore, Set<Lever> declared) {
        List<Finding> blockers = findings.stream().filter(f -> f.kind() == Kind.BLOCKER).toList();
        if (blockers.isEmpty()) {
            if (lowestGapScore >= matchScore) {
                return Verdict.MATCH;
            }
            if (lowestGapScore >= supportScore) {
                return Verdict.MATCH_WITH_SUPPORT;
            }
            boolean redesignHelps = findings.stream().filter(f -> f.kind() == Kind.PENALTY)
                    .anyMatch(f -> f.levers().stream().anyMatch(declared::contains));
            return redesignHelps ? Verdict.AFTER_REDESIGN : Verdict.NOT_YET;
        }
        boolean allLiftable = blockers.stream().allMatch(f -> f.levers().stream().anyMatch(declared::contains));
        return allLiftable ? Verdict.AFTER_REDESIGN : Verdict.NOT_YET;
    }

    private static List<Lever> suggestedActions(List<Finding> findings) {
        Set<Lever> employer = new LinkedHashSet<>();
        Set<Lever> candidate = new LinkedHashSet<>();
        for (Finding f : findings) {
            if (f.kind() == Kind.BLOCKER || f.kind() == Kind.PENALTY) {
                for (Lever lever : f.levers()) {
                    (lever.side() == Lever.Side.EMPLOYER ? employer : candidate).add(lever);
                }
            }
        }
        List<Lever> all = new ArrayList<>(employer);
        all.addAll(candidate);
        return all;
    }
}
