package org.threegaps.matcher.result;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.threegaps.matcher.model.Candidate;
import org.threegaps.matcher.model.Job;

/**
 * The explained result for one candidate–job pair. Like a hard/soft score in a constraint solver it holds two
 * things apart: the verdict and the open essential gaps (can this person start in this job as it stands, and
 * if not, what would it take) and the points (how good the fit is once that is settled). Points never outweigh
 * an open essential gap; read them beside "not yet" only as what the pair would score once the gaps are
 * closed ({@link #scoreText}). Also: every finding with the levers that would lift it, what was unknown, what
 * to ask first when the verdict is provisional, and the fingerprint of the rule set that produced it. Texts
 * are rendered on request, in Dutch or English. Immutable.
 */
public final class MatchResult {
    private final Candidate candidate;
    private final Job job;
    private final Verdict verdict;
    private final boolean provisional;
    private final int overallScore;
    private final Map<Gap, GapScore> gapScores;
    private final List<Finding> findings;
    private final List<Lever> suggestedActions;
    private final List<String> unknowns;
    private final List<String> toAsk;
    private final String fingerprint;
    private final Texts messages;

    /**
     * A scored pair. The rule base makes these; the constructor is public for the engine's packages.
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
     * @param messages         the rule set's messages, to render texts
     * @throws NullPointerException when the candidate or the job is null, or a map or list is null or holds null
     */
    public MatchResult(Candidate candidate, Job job, Verdict verdict, boolean provisional, int overallScore,
                       Map<Gap, GapScore> gapScores, List<Finding> findings, List<Lever> suggestedActions,
                       List<String> unknowns, List<String> toAsk, String fingerprint, Texts messages) {
        this.candidate = Objects.requireNonNull(candidate, "candidate");
        this.job = Objects.requireNonNull(job, "job");
        this.verdict = verdict;
        this.provisional = provisional;
        this.overallScore = overallScore;
        this.gapScores = Map.copyOf(gapScores);
        this.findings = List.copyOf(findings);
        this.suggestedActions = List.copyOf(suggestedActions);
        this.unknowns = List.copyOf(unknowns);
        this.toAsk = List.copyOf(toAsk);
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

    /**
     * @return true when a fact an essential rule needs is unknown ({@link #toAsk}) and the verdict could still
     *         get worse once it is known; such a verdict is at best "match with support"
     */
    public boolean provisional() {
        return provisional;
    }

    /** @return the number of essential gaps the job as it stands leaves open (blockers): the hard score */
    public int openEssentialGaps() {
        return (int) findings.stream().filter(f -> f.kind() == Kind.BLOCKER).count();
    }

    /** @return the number of essential gaps that what the job already offers bridges */
    public int bridgedEssentialGaps() {
        return (int) findings.stream().filter(f -> f.kind() == Kind.BRIDGED).count();
    }

    /**
     * @return the points, 0–100: the weighted mean of the gap scores, a matter of degree that ranks pairs of
     *         the same verdict. With open essential gaps it is what the pair would score once they are closed,
     *         never how feasible it is (the soft score)
     */
    public int overallScore() {
        return overallScore;
    }

    /**
     * @param locale the language of the text: Dutch ("nl") or English ("en")
     * @return the score in words, never a bare number beside "not yet": "96 punten", or with open essential
     *         gaps "1 essentiële drempel open; 96 punten zodra die weg is"
     */
    public String scoreText(Locale locale) {
        int open = openEssentialGaps();
        if (open == 0) {
            return messages.format("score.points", List.of(Finding.Argument.number(overallScore)), locale);
        }
        return messages.format("score.open", List.of(Finding.Argument.number(open), Finding.Argument.number(overallScore)),
                locale);
    }

    /**
     * @param gap the gap
     * @return the score of one gap
     */
    public GapScore gapScore(Gap gap) {
        return gapScores.get(gap);
    }

    /**
     * @param gap the gap
     * @return the score of one gap, 0–100
     */
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

    /** @return the levers of blockers and penalties, employer-side first, without repeats */
    public List<Lever> suggestedActions() {
        return suggestedActions;
    }

    /** @return input fields that were not filled in and mattered for this pair */
    public List<String> unknowns() {
        return unknowns;
    }

    /**
     * @return the unknown facts that an essential rule needs, which the case worker should ask first: as long
     *         as they are unknown an essential gap may hide behind them
     */
    public List<String> toAsk() {
        return toAsk;
    }

    /** @return the fingerprint of the rule files, parameters and messages that produced this result */
    public String fingerprint() {
        return fingerprint;
    }

    /**
     * @param finding the finding
     * @param locale the language of the text: Dutch ("nl") or English ("en")
     * @return a finding's text in {@code locale}
     */
    public String text(Finding finding, Locale locale) {
        return messages.finding(finding, locale);
    }

    /**
     * @param key the message key
     * @param locale the language of the text: Dutch ("nl") or English ("en")
     * @return the text of a lever, verdict, gap or value key in {@code locale}
     */
    public String label(String key, Locale locale) {
        return messages.text(key, locale);
    }

    /** @return the message texts used to render this result */
    public Texts messages() {
        return messages;
    }

    /**
     * @param locale the language of the text: Dutch ("nl") or English ("en")
     * @return the findings as text lines, strengths first, in {@code locale}
     */
    public List<String> explain(Locale locale) {
        List<String> lines = new ArrayList<>();
        strengths().forEach(f -> lines.add("+ " + text(f, locale)));
        findings.stream().filter(f -> f.kind() != Kind.BONUS).forEach(f -> lines.add(
                (f.kind() == Kind.BLOCKER ? "✗ " : f.kind() == Kind.BRIDGED ? "~ " : f.kind() == Kind.PENALTY ? "− " : "i ")
                        + text(f, locale)));
        return lines;
    }

    /** The texts of the rule set that scored a result: how its findings, keys and input fields read. */
    public interface Texts {
        /**
         * @param finding the finding
         * @param locale  the language of the text: Dutch ("nl") or English ("en")
         * @return the finding's text
         */
        String finding(Finding finding, Locale locale);

        /**
         * @param key    the message key
         * @param locale the language of the text
         * @return the text of a lever, verdict, gap or value key
         */
        String text(String key, Locale locale);

        /**
         * @param key    the message key
         * @param locale the language of the text
         * @return true when the rule set has a text for {@code key}
         */
        boolean has(String key, Locale locale);

        /**
         * @param argument a finding's argument
         * @param locale   the language of the text
         * @return the argument as a reader sees it: a number in the reader's notation, a value or field named
         */
        String show(Finding.Argument argument, Locale locale);

        /**
         * @param key       the message key
         * @param arguments the message arguments
         * @param locale    the language of the text
         * @return the text for {@code key} with {@code arguments} filled in, each shown as {@link #show} shows it
         * @throws java.util.MissingResourceException when the rule set has no text for {@code key}
         */
        String format(String key, List<Finding.Argument> arguments, Locale locale);
    }

    @Override
    public String toString() {
        return "MatchResult[" + candidate.id() + " × " + job.id() + ": " + verdict + (provisional ? " (provisional)" : "") + " " + openEssentialGaps() + " open, " + overallScore + " points"
                + " skill " + score(Gap.SKILL) + " search " + score(Gap.SEARCH) + " organisation "
                + score(Gap.ORGANISATION) + ", " + findings.size() + " findings, " + fingerprint + "]";
    }
}
