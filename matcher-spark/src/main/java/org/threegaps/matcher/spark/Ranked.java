package org.threegaps.matcher.spark;

import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.threegaps.matcher.Ranking;
import org.threegaps.matcher.json.Json;
import org.threegaps.matcher.json.ResultDocument;
import org.threegaps.matcher.result.Finding;
import org.threegaps.matcher.result.Gap;
import org.threegaps.matcher.result.Lever;
import org.threegaps.matcher.result.MatchResult;
import org.threegaps.matcher.result.Verdict;

/**
 * One scored pair as it leaves an executor: the columns of the top-N outputs.
 *
 * @param findings    the ids of the rules that fired, in result order
 * @param actions     the suggested levers, employer side first
 * @param explanation the whole result document (texts in the run's language), or null when not asked for
 */
record Ranked(String candidateId, String jobId, Verdict verdict, int overallScore, int skillScore,
              int searchScore, int organisationScore, List<String> findings, List<String> actions,
              String fingerprint, String explanation) implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The same order as {@link Ranking#candidateOrder()}, on the fields that leave the executor. */
    static final Comparator<Ranked> CANDIDATE_ORDER = Comparator.comparing(Ranked::verdict)
            .thenComparing(Comparator.comparingInt(Ranked::overallScore).reversed())
            .thenComparing(Ranked::candidateId);

    static Ranked of(MatchResult result, Locale explainIn) {
        return new Ranked(result.candidateId(), result.jobId(), result.verdict(), result.overallScore(),
                result.score(Gap.SKILL), result.score(Gap.SEARCH), result.score(Gap.ORGANISATION),
                result.findings().stream().map(Finding::ruleId).toList(),
                result.suggestedActions().stream().map(Lever::name).toList(),
                result.fingerprint(), explainIn == null ? null : compact(result, explainIn));
    }

    private static String compact(MatchResult result, Locale locale) {
        try {
            return Json.mapper().writeValueAsString(ResultDocument.of(result, locale));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write the result of " + result.candidateId() + " × " + result.jobId(), e);
        }
    }
}
