package org.threegaps.rules.trust;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.threegaps.matcher.Matcher;
import org.threegaps.matcher.audit.AuditedResult;
import org.threegaps.matcher.i18n.Messages;
import org.threegaps.matcher.result.Finding;
import org.threegaps.matcher.result.Gap;
import org.threegaps.matcher.result.Kind;
import org.threegaps.matcher.result.MatchResult;

/** Shared by the fairness, audit and robustness tests: one matcher on the default rules, comparisons. */
final class Trust {
    static final Matcher MATCHER = Matcher.withDefaultRules().build();

    private Trust() {
    }

    /** What a result says, texts included: equal views mean results a reader cannot tell apart. */
    record View(AuditedResult.Outcome outcome, List<String> textsNl, List<String> textsEn) {
        static View of(MatchResult result) {
            return new View(AuditedResult.Outcome.of(result), texts(result, Messages.LOCALES.get(0)),
                    texts(result, Locale.ENGLISH));
        }

        private static List<String> texts(MatchResult result, Locale locale) {
            List<String> texts = new ArrayList<>();
            result.findings().forEach(f -> texts.add(MATCHER.texts().finding(result, f, locale)));
            return texts;
        }
    }

    /**
     * Compares two results of one pair before and after a change that should not make it worse.
     * A blocker carries no points, so when a change lifts a blocker into a penalty (an unreachable
     * workplace becomes a long commute) that gap's score may drop: the pair still got better. So a gap
     * score may only drop on a gap where a blocker was lifted, the overall score only when some blocker
     * was lifted, and never may a blocker appear or the verdict get worse.
     *
     * @return why {@code after} is worse than {@code before}, or an empty list
     */
    static List<String> worsening(MatchResult before, MatchResult after) {
        return worsening(before, after, true);
    }

    /**
     * As {@link #worsening(MatchResult, MatchResult)}; {@code compareVerdicts} false leaves the verdict
     * out, for changes that consume a declared redesign option (AFTER_REDESIGN promises an option, and
     * once applied the option is gone from the job).
     */
    static List<String> worsening(MatchResult before, MatchResult after, boolean compareVerdicts) {
        return worsening(before, after, compareVerdicts, false);
    }

    /**
     * As {@link #worsening(MatchResult, MatchResult)}, for a candidate who needs less (more Dutch, a higher
     * competence): a bonus that answered a need the candidate no longer has (an interpreter at the interview,
     * a buddy who trains) may go with that need, so a gap may drop by exactly the points of such bonuses.
     * Everything else (a new blocker or penalty, a lower verdict) still counts as worse.
     */
    static List<String> worseningBeyondNeedsMet(MatchResult before, MatchResult after) {
        return worsening(before, after, true, true);
    }

    private static List<String> worsening(MatchResult before, MatchResult after, boolean compareVerdicts,
                                          boolean bonusesMayGoWithTheirNeed) {
        List<String> problems = new ArrayList<>();
        Map<String, Integer> blockers = new HashMap<>();
        before.blockers().forEach(f -> blockers.merge(f.ruleId(), 1, Integer::sum));
        // applying a redesign option may swap one blocker for another of equal rank (an extra roster the person
        // would work instead, with its own open gap): worse only when more are open
        boolean swapAllowed = !compareVerdicts && after.blockers().size() <= before.blockers().size();
        for (Finding f : after.blockers()) {
            if (blockers.merge(f.ruleId(), -1, Integer::sum) < 0 && !swapAllowed) {
                problems.add("new blocker " + f.ruleId() + " " + f.args());
            }
        }
        boolean anyLifted = false;
        for (Gap gap : Gap.values()) {
            boolean lifted = after.gapScore(gap).blockers() < before.gapScore(gap).blockers();
            anyLifted |= lifted;
            int needsMet = !bonusesMayGoWithTheirNeed ? 0 : before.strengths().stream()
                    .filter(f -> f.gap() == gap && !after.fired(f.ruleId())).mapToInt(Finding::points).sum();
            if (!lifted && after.score(gap) + needsMet < before.score(gap)) {
                problems.add(gap + " " + before.score(gap) + " → " + after.score(gap));
            }
        }
        if (!anyLifted && !bonusesMayGoWithTheirNeed && after.overallScore() < before.overallScore()) {
            problems.add("overall " + before.overallScore() + " → " + after.overallScore());
        }
        if (compareVerdicts && !after.verdict().atLeast(before.verdict())) {
            problems.add("verdict " + before.verdict() + " → " + after.verdict());
        }
        return problems;
    }

    /** @return the findings of a kind, as "ID args" lines, for failure messages */
    static List<String> lines(MatchResult result, Kind kind) {
        return result.findings().stream().filter(f -> f.kind() == kind).map(f -> f.ruleId() + " " + f.args()).toList();
    }
}
