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

    /** The order {@link Ranking} ranks jobs in, on the fields kept: verdict, overall score (high first), job id. */
    static final Comparator<Ranked> JOB_ORDER = Comparator.comparing(Ranked::verdict)
            .thenComparing(Comparator.comparingInt(Ranked::overallScore).reversed())
            .thenComparing(Ranked::jobId);
    /** The order {@link Ranking} ranks candidates in, on the fields kept. */
    static final Comparator<Ranked> CANDIDATE_ORDER = Comparator.comparing(Ranked::verdict)
            .thenComparing(Comparator.comparingInt(Ranked::overallScore).reversed())
            .thenComparing(Ranked::candidateId);

    /** @return the columns of a result, without its whole document: small enough to keep many */
    static Ranked of(MatchResult result) {
        return new Ranked(result.candidateId(), result.jobId(), result.verdict(), result.overallScore(),
                result.score(Gap.SKILL), result.score(Gap.SEARCH), result.score(Gap.ORGANISATION),
                result.findings().stream().map(Finding::ruleId).toList(),
                result.suggestedActions().stream().map(Lever::name).toList(),
                result.fingerprint(), null);
    }

    /** @return this entry with the whole result document, texts in {@code locale} */
    Ranked explained(MatchResult result, Locale locale) {
        return new Ranked(candidateId, jobId, verdict, overallScore, skillScore, searchScore, organisationScore,
                findings, actions, fingerprint, compact(result, locale));
    }

    private static String compact(MatchResult result, Locale locale) {
        try {
            return Json.mapper().writeValueAsString(ResultDocument.of(result, locale));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write the result of " + result.candidateId() + " × " + result.jobId(), e);
        }
    }
}
