package org.threegaps.matcher.result;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.threegaps.matcher.i18n.Messages;
import org.threegaps.matcher.model.Candidate;
import org.threegaps.matcher.model.Job;

/**
 * The explained result for one candidate–job pair: verdict, a score per gap, every finding with the
 * levers that would lift it, what was unknown, and the fingerprint of the rule set that produced it.
 * Texts are rendered on request, in Dutch or English. Immutable.
 */
public final class MatchResult {
    private final Candidate candidate;
    private final Job job;
    private final Verdict verdict;
    private final int overallScore;
    private final Map<Gap, GapScore> gapScores;
    private final List<Finding> findings;
    private final List<Lever> suggestedActions;
    private final List<String> unknowns;
    private final String fingerprint;
    private final Messages messages;

    public MatchResult(Candidate candidate, Job job, Verdict verdict, int overallScore, Map<Gap, GapScore> gapScores,
                       List<Finding> findings, List<Lever> suggestedActions, List<String> unknowns, String fingerprint,
                       Messages messages) {
        this.candidate = Objects.requireNonNull(candidate);
        this.job = Objects.requireNonNull(job);
        this.verdict = verdict;
        this.overallScore = overallScore;
        this.gapScores = Map.copyOf(gapScores);
        this.findings = List.copyOf(findings);
        this.suggestedActions = List.copyOf(suggestedActions);
        this.unknowns = List.copyOf(unknowns);
        this.fingerprint = fingerprint;
        this.messages = messages;
    }

    /** @return the candidate that was scored */
    public Candidate candidate() {
        return candidate;
    }

    /** @return the job that was scored */
    public Job job() {
        return job;
    }

    /** @return the candidate's id */
    public String candidateId() {
        return candidate.id();
    }

    /** @return the job's id */
    public String jobId() {
        return job.id();
    }

    /** @return the verdict */
    public Verdict verdict() {
        return verdict;
    }

    /** @return the weighted mean of the gap scores, 0–100 */
    public int overallScore() {
        return overallScore;
    }

    /** @return the score of one gap */
    public GapScore gapScore(Gap gap) {
        return gapScores.get(gap);
    }

    /** @return the score of one gap, 0–100 */
    public int score(Gap gap) {
        return gapScores.get(gap).score();
    }

    /** @return every finding: blockers, penalties, bonuses, information; each group by gap and rule id */
    public List<Finding> findings() {
        return findings;
    }

    /** @return the bonus findings: what fits, to lead an explanation with */
    public List<Finding> strengths() {
        return findings.stream().filter(f -> f.kind() == Kind.BONUS).toList();
    }

    /** @return the blocker findings */
    public List<Finding> blockers() {
        return findings.stream().filter(f -> f.kind() == Kind.BLOCKER).toList();
    }

    /** @return true when a finding of this rule is present */
    public boolean fired(String ruleId) {
        return findings.stream().anyMatch(f -> f.ruleId().equals(ruleId));
    }

    /** @return the levers of blockers and penalties, employer-side first, without repeats */
    public List<Lever> suggestedActions() {
        return suggestedActions;
    }

    /** @return input fields that were not filled in and mattered for this pair */
    public List<String> unknowns() {
        return unknowns;
    }

    /** @return the fingerprint of the rule files, parameters and messages that produced this result */
    public String fingerprint() {
        return fingerprint;
    }

    /**
     * @return what this result was computed from: a digest of candidate and job, the rule-set fingerprint
     *         and the library version (computed on request: it serialises both inputs)
     */
    public org.threegaps.matcher.audit.Audit audit() {
        return org.threegaps.matcher.audit.Audit.of(candidate, job, fingerprint);
    }

    /** @return a finding's text in {@code locale} */
    public String text(Finding finding, Locale locale) {
        return messages.finding(finding, locale);
    }

    /** @return the text of a lever, verdict, gap or value key in {@code locale} */
    public String label(String key, Locale locale) {
        return messages.text(key, locale);
    }

    /** @return the message texts used to render this result */
    public Messages messages() {
        return messages;
    }

    /** @return the findings as text lines, strengths first, in {@code locale} */
    public List<String> explain(Locale locale) {
        List<String> lines = new ArrayList<>();
        strengths().forEach(f -> lines.add("+ " + text(f, locale)));
        findings.stream().filter(f -> f.kind() != Kind.BONUS).forEach(f -> lines.add(
                (f.kind() == Kind.BLOCKER ? "✗ " : f.kind() == Kind.PENALTY ? "− " : "i ") + text(f, locale)));
        return lines;
    }

    @Override
    public String toString() {
        return "MatchResult[" + candidate.id() + " × " + job.id() + ": " + verdict + " " + overallScore
                + " skill " + score(Gap.SKILL) + " search " + score(Gap.SEARCH) + " organisation "
                + score(Gap.ORGANISATION) + ", " + findings.size() + " findings, " + fingerprint + "]";
    }
}
