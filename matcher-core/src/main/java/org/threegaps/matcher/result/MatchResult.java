package org.threegaps.matcher.result;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.threegaps.matcher.model.Candidate;
import org.threegaps.matcher.model.Job;

/**
 * The result for one candidate–job pair. Like a hard/soft score in a constraint solver it holds two things
 * apart: the verdict and the open essential gaps (can this person start in this job as it stands, and if not,
 * what would it take) and the points (how good the fit is once that is settled). Points never outweigh an open
 * essential gap; read them beside "not yet" only as what the pair would score once the gaps are closed. Also:
 * every finding with the levers that would lift it, what was unknown, what to ask first when the verdict is
 * provisional, and the fingerprint of the rule set that produced it.
 *
 * <p>Plain immutable data with value equality. It holds no texts: the matcher's {@code ResultTexts}
 * ({@code matcher.texts()}) renders a result in Dutch or English with the texts of the rule set whose
 * {@link #fingerprint()} it carries.
 *
 * @param candidate        the candidate that was scored
 * @param job              the job that was scored
 * @param verdict          the verdict, from the essential findings only
 * @param provisional      true when a fact an essential rule needs is unknown ({@link #toAsk}) and the verdict
 *                         could still get worse once it is known; such a verdict is at best "match with support"
 * @param overallScore     the points, 0–100: the weighted mean of the gap scores, a matter of degree that ranks
 *                         pairs of the same verdict. With open essential gaps it is what the pair would score once
 *                         they are closed, never how feasible it is (the soft score)
 * @param gapScores        the score of each gap, in the order of {@link Gap}
 * @param findings         every finding: blockers, bridged gaps, penalties, bonuses, information; each group by gap
 *                         and rule id
 * @param suggestedActions the levers of blockers and penalties, employer-side first, without repeats
 * @param unknowns         input fields that were not filled in and mattered for this pair
 * @param toAsk            the unknown facts that an essential rule needs, which the case worker should ask first:
 *                         as long as they are unknown an essential gap may hide behind them
 * @param fingerprint      the fingerprint of the rule files, parameters and messages that produced this result
 */
public record MatchResult(Candidate candidate, Job job, Verdict verdict, boolean provisional, int overallScore,
                          Map<Gap, GapScore> gapScores, List<Finding> findings, List<Lever> suggestedActions,
                          List<String> unknowns, List<String> toAsk, String fingerprint) {
    /**
     * A scored pair. The rule set makes these; the constructor is public as a record's is.
     *
     * @param candidate        the candidate that was scored
     * @param job              the job that was scored
     * @param verdict          the verdict, from the essential findings only
     * @param provisional      true when a fact an essential rule needs is unknown
     * @param overallScore     the points: the weighted mean of the gap scores, 0–100
     * @param gapScores        the score of each gap
     * @param findings         every finding, in the order of the explanation
     * @param suggestedActions the levers of blockers and penalties, employer side first
     * @param unknowns         input fields that were not filled in and mattered
     * @param toAsk            the unknown fields an essential rule needs
     * @param fingerprint      the fingerprint of the rule set that scored it
     * @throws NullPointerException when the candidate, the job, the verdict or the fingerprint is null, or a map
     *                              or list is null or holds null
     */
    public MatchResult {
        Objects.requireNonNull(candidate, "candidate");
        Objects.requireNonNull(job, "job");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(fingerprint, "fingerprint");
        Map<Gap, GapScore> byGap = new EnumMap<>(Gap.class);
        gapScores.forEach((gap, score) -> byGap.put(Objects.requireNonNull(gap, "gap"), Objects.requireNonNull(score, "gap score")));
        gapScores = Collections.unmodifiableMap(byGap);
        findings = List.copyOf(findings);
        suggestedActions = List.copyOf(suggestedActions);
        unknowns = List.copyOf(unknowns);
        toAsk = List.copyOf(toAsk);
    }

    /** @return the candidate's id */
    public String candidateId() {
        return candidate.id();
    }

    /** @return the job's id */
    public String jobId() {
        return job.id();
    }

    /** @return the number of essential gaps the job as it stands leaves open (blockers): the hard score */
    public int openEssentialGaps() {
        return count(Kind.BLOCKER);
    }

    /** @return the number of essential gaps that what the job already offers bridges */
    public int bridgedEssentialGaps() {
        return count(Kind.BRIDGED);
    }

    // a loop: rankings compare open gaps for every pair they keep
    private int count(Kind kind) {
        int n = 0;
        for (Finding f : findings) {
            n += f.kind() == kind ? 1 : 0;
        }
        return n;
    }

    /**
     * @param gap the gap
     * @return the score of one gap, or null when the result has none for it
     */
    public GapScore gapScore(Gap gap) {
        return gapScores.get(gap);
    }

    /**
     * @param gap the gap
     * @return the score of one gap, 0–100
     * @throws NullPointerException when the result has no score for {@code gap}
     */
    public int score(Gap gap) {
        return gapScores.get(gap).score();
    }

    /** @return the bonus findings: what fits, to lead an explanation with */
    public List<Finding> strengths() {
        return findings.stream().filter(f -> f.kind() == Kind.BONUS).toList();
    }

    /** @return the blocker findings: the open essential gaps */
    public List<Finding> blockers() {
        return findings.stream().filter(f -> f.kind() == Kind.BLOCKER).toList();
    }

    /**
     * @param ruleId a rule id, such as "MO-02"
     * @return true when a finding of this rule is present
     */
    public boolean fired(String ruleId) {
        return findings.stream().anyMatch(f -> f.ruleId().equals(ruleId));
    }

    /** @return a short summary: the pair, verdict, open gaps, points, gap scores, number of findings, rule set */
    @Override
    public String toString() {
        return "MatchResult[" + candidate.id() + " × " + job.id() + ": " + verdict + (provisional ? " (provisional)" : "")
                + " " + openEssentialGaps() + " open, " + overallScore + " points"
                + " skill " + score(Gap.SKILL) + " search " + score(Gap.SEARCH) + " organisation "
                + score(Gap.ORGANISATION) + ", " + findings.size() + " findings, " + fingerprint + "]";
    }
}
