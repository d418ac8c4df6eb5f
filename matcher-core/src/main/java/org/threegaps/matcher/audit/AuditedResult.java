package org.threegaps.matcher.audit;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.threegaps.matcher.json.Json;
import org.threegaps.matcher.model.Candidate;
import org.threegaps.matcher.model.Job;
import org.threegaps.matcher.result.Finding;
import org.threegaps.matcher.result.Gap;
import org.threegaps.matcher.result.GapScore;
import org.threegaps.matcher.result.Lever;
import org.threegaps.matcher.result.MatchResult;
import org.threegaps.matcher.result.Verdict;

/**
 * A decision as it is kept on file: the audit, the inputs it was made from and what came out. Written
 * as JSON with {@link #toJson()}; the same result always gives byte-identical JSON. {@link Replay}
 * recomputes it.
 *
 * @param audit     digest of the inputs, rule-set fingerprint, library version
 * @param candidate the candidate as scored
 * @param job       the job as scored
 * @param outcome   verdict, scores and findings
 */
public record AuditedResult(Audit audit, Candidate candidate, Job job, Outcome outcome) {
    /**
     * @param audit     digest of the inputs, rule-set fingerprint, library version
     * @param candidate the candidate as scored
     * @param job       the job as scored
     * @param outcome   verdict, scores and findings
     * @throws NullPointerException naming the field that is null
     */
    public AuditedResult {
        Objects.requireNonNull(audit, "audit");
        Objects.requireNonNull(candidate, "candidate");
        Objects.requireNonNull(job, "job");
        Objects.requireNonNull(outcome, "outcome");
    }

    /**
     * What the rules decided, without rendered text: texts follow from message keys and arguments under
     * the same rule-set fingerprint.
     *
     * @param verdict          the verdict
     * @param overallScore     the weighted mean of the gap scores
     * @param gapScores        the score of each gap
     * @param findings         every finding, in the result's order
     * @param suggestedActions levers of blockers and penalties, employer side first
     * @param unknowns         input fields that were missing and mattered
     */
    public record Outcome(Verdict verdict, int overallScore, Map<Gap, GapScore> gapScores, List<Finding> findings,
                          List<Lever> suggestedActions, List<String> unknowns) {
        /**
         * @param verdict          the verdict
         * @param overallScore     the weighted mean of the gap scores
         * @param gapScores        the score of each gap
         * @param findings         every finding, in the result's order
         * @param suggestedActions levers of blockers and penalties, employer side first
         * @param unknowns         input fields that were missing and mattered
         * @throws NullPointerException when a map or list is null or holds null
         */
        public Outcome {
            gapScores = java.util.Collections.unmodifiableMap(new TreeMap<>(gapScores));
            findings = List.copyOf(findings);
            suggestedActions = List.copyOf(suggestedActions);
            unknowns = List.copyOf(unknowns);
        }

        /**
         * @param result the result
         * @return the outcome of a result
         */
        public static Outcome of(MatchResult result) {
            Map<Gap, GapScore> scores = new TreeMap<>();
            for (Gap gap : Gap.values()) {
                scores.put(gap, result.gapScore(gap));
            }
            return new Outcome(result.verdict(), result.overallScore(), scores, result.findings(),
                    result.suggestedActions(), result.unknowns());
        }
    }

    /**
     * @param result the result
     * @return the result with its audit, ready to be kept
     */
    public static AuditedResult of(MatchResult result) {
        return new AuditedResult(Audit.of(result), result.candidate(), result.job(), Outcome.of(result));
    }

    /** @return indented JSON with a stable order: the same result gives the same bytes */
    public String toJson() {
        return Json.write(this);
    }

    /**
     * Reads a kept result.
     *
     * @param source a name for error messages, such as the file name
     * @param text   the JSON text
     * @return the kept result
     * @throws org.threegaps.matcher.json.JsonInputException located, when the text is not a kept result
     * @throws NullPointerException when an argument is null
     */
    public static AuditedResult fromJson(String source, String text) {
        return Json.read(source, text, AuditedResult.class);
    }
}
