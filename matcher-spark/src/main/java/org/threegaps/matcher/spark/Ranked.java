package org.threegaps.matcher.spark;

import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.threegaps.matcher.Ranking;
import org.threegaps.matcher.ResultTexts;
import org.threegaps.matcher.json.Json;
import org.threegaps.matcher.result.Finding;
import org.threegaps.matcher.result.Gap;
import org.threegaps.matcher.result.Lever;
import org.threegaps.matcher.result.MatchResult;
import org.threegaps.matcher.result.Verdict;

/**
 * One scored pair as it leaves an executor: the columns of the top-N outputs. The score comes hard before
 * soft, as in the result document: the open essential gaps, then the points, which with open gaps are what
 * the pair would score once they are closed.
 *
 * @param provisional          a fact an essential rule needs is unknown: the verdict may still get worse
 * @param openEssentialGaps    essential gaps the job as it stands leaves open
 * @param bridgedEssentialGaps essential gaps that what the job offers bridges
 * @param points               the weighted mean of the gap scores, 0–100
 * @param findings             the ids of the rules that fired, in result order
 * @param actions              the suggested levers, employer side first
 * @param explanation          the whole result document (texts in the run's language), or null when not asked for
 */
record Ranked(String candidateId, String jobId, Verdict verdict, boolean provisional, int openEssentialGaps,
              int bridgedEssentialGaps, int points, int skillScore, int searchScore, int organisationScore,
              List<String> findings, List<String> actions, String fingerprint, String explanation)
        implements Serializable {
    private static final long serialVersionUID = 2L;

    /**
     * The order {@link Ranking} ranks jobs in, on the fields kept: verdict, settled before provisional, open
     * essential gaps (fewest first), points (high first), job id.
     */
    static final Comparator<Ranked> JOB_ORDER = order(Ranked::jobId);
    /** The order {@link Ranking} ranks candidates in, on the fields kept. */
    static final Comparator<Ranked> CANDIDATE_ORDER = order(Ranked::candidateId);

    private static Comparator<Ranked> order(Function<Ranked, String> id) {
        return Comparator.comparing(Ranked::verdict)
                .thenComparing(Ranked::provisional)
                .thenComparingInt(Ranked::openEssentialGaps)
                .thenComparing(Comparator.comparingInt(Ranked::points).reversed())
                .thenComparing(id);
    }

    /** @return the columns of a result, without its whole document: small enough to keep many */
    static Ranked of(MatchResult result) {
        return new Ranked(result.candidateId(), result.jobId(), result.verdict(), result.provisional(),
                result.openEssentialGaps(), result.bridgedEssentialGaps(), result.overallScore(),
                result.score(Gap.SKILL), result.score(Gap.SEARCH), result.score(Gap.ORGANISATION),
                result.findings().stream().map(Finding::ruleId).toList(),
                result.suggestedActions().stream().map(Lever::name).toList(),
                result.fingerprint(), null);
    }

    /**
     * @param texts the texts of the matcher that scored {@code result}
     * @return this entry with the whole result document on one line, as {@link Json#writeLine} writes it
     */
    Ranked explained(MatchResult result, ResultTexts texts, Locale locale) {
        return new Ranked(candidateId, jobId, verdict, provisional, openEssentialGaps, bridgedEssentialGaps, points,
                skillScore, searchScore, organisationScore, findings, actions, fingerprint,
                Json.writeLine(texts.document(result, locale)));
    }
}
