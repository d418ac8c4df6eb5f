package org.threegaps.cli;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.threegaps.matcher.result.Finding;
import org.threegaps.matcher.result.Gap;
import org.threegaps.matcher.result.GapScore;
import org.threegaps.matcher.result.Kind;
import org.threegaps.matcher.result.Lever;
import org.threegaps.matcher.result.MatchResult;

/**
 * A match result as JSON for other tools: the numbers, the rule ids and the texts in one language.
 *
 * @param candidate        the candidate's id
 * @param job              the job's id
 * @param verdict          the verdict
 * @param verdictText      the verdict in words
 * @param overall          the overall score 0–100
 * @param gaps             per gap its score and what made it
 * @param findings         every finding with its text and levers
 * @param suggestedActions what could change, employer-side first
 * @param unknowns         the input that was missing and mattered
 * @param fingerprint      the rule set that produced it
 */
record ResultView(String candidate, String job, String verdict, String verdictText, int overall,
                  Map<Gap, GapView> gaps, List<FindingView> findings, List<LeverView> suggestedActions,
                  List<String> unknowns, String fingerprint) {

    /** One gap's score: 100 − penalties + bonuses, clamped; blocked when a blocker sits on it. */
    record GapView(int score, int penalties, int bonuses, int blockers) {
    }

    /** One finding as the reader sees it. */
    record FindingView(String rule, Gap gap, String area, Kind kind, int points, String text, List<LeverView> levers) {
    }

    /** A lever with its text. */
    record LeverView(Lever lever, String side, String text) {
    }

    /** @return the view of a result with texts in {@code locale} */
    static ResultView of(MatchResult result, Locale locale) {
        Map<Gap, GapView> gaps = new EnumMap<>(Gap.class);
        for (Gap gap : Gap.values()) {
            GapScore score = result.gapScore(gap);
            gaps.put(gap, new GapView(score.score(), score.penalties(), score.bonuses(), score.blockers()));
        }
        List<FindingView> findings = result.findings().stream().map((Finding f) -> new FindingView(f.ruleId(), f.gap(),
                f.area(), f.kind(), f.points(), result.text(f, locale), levers(result, f.levers(), locale))).toList();
        return new ResultView(result.candidateId(), result.jobId(), result.verdict().name(),
                result.label("verdict." + result.verdict().name(), locale), result.overallScore(), gaps, findings,
                levers(result, result.suggestedActions(), locale),
                result.unknowns().stream().map(u -> result.messages().value("#" + u, locale)).toList(),
                result.fingerprint());
    }

    private static List<LeverView> levers(MatchResult result, List<Lever> levers, Locale locale) {
        return levers.stream().map(l -> new LeverView(l, l.side().name(), result.label("lever." + l.name(), locale))).toList();
    }
}
