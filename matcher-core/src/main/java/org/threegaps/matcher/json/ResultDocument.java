package org.threegaps.matcher.json;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Properties;
import org.threegaps.matcher.result.Gap;
import org.threegaps.matcher.result.Kind;
import org.threegaps.matcher.result.Lever;
import org.threegaps.matcher.result.MatchResult;
import org.threegaps.matcher.result.Verdict;

/**
 * The stable JSON form of a {@link MatchResult}, with every text rendered in one language: made by the matcher's
 * texts ({@code matcher.texts().document(result, locale)}), written by {@link Json#write(Object)} and
 * {@link Json#writeLine(Object)}, read back by {@link Json#readResult}. Field names and order are part of the
 * library's contract (see {@code docs/json.md} and {@code match-result.schema.json}); {@link #FORMAT} changes when
 * a field changes meaning or disappears.
 *
 * @param format         the format version, {@value #FORMAT}
 * @param locale         the language of every {@code text} field: "nl" or "en"
 * @param candidateId    the candidate's id
 * @param jobId          the job's id
 * @param verdict        the verdict code, decided by the essential findings only
 * @param verdictText    the verdict in words
 * @param provisional    true when a fact an essential rule needs is unknown ({@code toAsk}): the verdict may
 *                       still get worse once it is known
 * @param score          the hard and the soft score: open and bridged essential gaps, and the points
 * @param gaps           one score per gap: skill, search, organisation
 * @param findings       every finding: blockers, bridged gaps, penalties, bonuses, information
 * @param strengths      rule ids of the bonus findings, to lead an explanation with
 * @param suggestedActions the levers of blockers and penalties, employer-side first
 * @param unknowns       input fields that were not filled in and mattered for this pair
 * @param toAsk          the unknown fields an essential rule needs, to ask first
 * @param ruleSet        the rule set and library that produced the result
 */
@JsonPropertyOrder({"format", "locale", "candidateId", "jobId", "verdict", "verdictText", "provisional", "score",
        "gaps", "findings", "strengths", "suggestedActions", "unknowns", "toAsk", "ruleSet"})
public record ResultDocument(int format, String locale, String candidateId, String jobId, Verdict verdict,
                             String verdictText, boolean provisional, ScoreView score, List<GapView> gaps,
                             List<FindingView> findings, List<String> strengths, List<LeverView> suggestedActions,
                             List<UnknownView> unknowns, List<UnknownView> toAsk, RuleSetView ruleSet) {
    /**
     * The version of this JSON form. 2: the bare "overall" number gave way to "score" (open and bridged
     * essential gaps beside the points), and "provisional", "toAsk" and the finding kind BRIDGED came in.
     */
    public static final int FORMAT = 2;

    private static final String LIBRARY_VERSION = readLibraryVersion();

    /**
     * @param format           the format version, {@value #FORMAT}
     * @param locale           the language of every {@code text} field: "nl" or "en"
     * @param candidateId      the candidate's id
     * @param jobId            the job's id
     * @param verdict          the verdict code, decided by the essential findings only
     * @param verdictText      the verdict in words
     * @param provisional      true when a fact an essential rule needs is unknown ({@code toAsk}): the verdict may
     *                         still get worse once it is known
     * @param score            the hard and the soft score: open and bridged essential gaps, and the points
     * @param gaps             one score per gap: skill, search, organisation
     * @param findings         every finding: blockers, bridged gaps, penalties, bonuses, information
     * @param strengths        rule ids of the bonus findings, to lead an explanation with
     * @param suggestedActions the levers of blockers and penalties, employer-side first
     * @param unknowns         input fields that were not filled in and mattered for this pair
     * @param toAsk            the unknown fields an essential rule needs, to ask first
     * @param ruleSet          the rule set and library that produced the result
     * @throws NullPointerException when a list is null or holds null
     */
    public ResultDocument {
        gaps = List.copyOf(gaps);
        findings = List.copyOf(findings);
        strengths = List.copyOf(strengths);
        suggestedActions = List.copyOf(suggestedActions);
        unknowns = List.copyOf(unknowns);
        toAsk = List.copyOf(toAsk);
    }

    /**
     * The score as a constraint solver gives it, hard before soft: the points never outweigh an open
     * essential gap, and with open gaps they are what the pair would score once those are closed.
     *
     * @param openEssentialGaps    essential gaps the job as it stands leaves open (blockers): the hard score
     * @param bridgedEssentialGaps essential gaps that what the job already offers bridges
     * @param points               the weighted mean of the gap scores, 0–100: the soft score
     * @param text                 the score in words, such as "1 essential gap open; 96 points once it is closed"
     */
    @JsonPropertyOrder({"openEssentialGaps", "bridgedEssentialGaps", "points", "text"})
    public record ScoreView(int openEssentialGaps, int bridgedEssentialGaps, int points, String text) {
    }

    /**
     * The score of one gap.
     *
     * @param gap       the gap code
     * @param text      the gap in words
     * @param score     0–100, higher means a smaller gap
     * @param penalties sum of penalty points
     * @param bonuses   sum of bonus points
     * @param blockers  number of blockers on this gap
     */
    @JsonPropertyOrder({"gap", "text", "score", "penalties", "bonuses", "blockers"})
    public record GapView(Gap gap, String text, int score, int penalties, int bonuses, int blockers) {
    }

    /**
     * One finding.
     *
     * @param ruleId the rule's id, such as "MO-02"
     * @param gap    the gap it belongs to
     * @param area   the rule file's area, such as "mobility"
     * @param kind   BLOCKER, PENALTY, BONUS or INFORMATION
     * @param points points subtracted (penalty) or added (bonus); 0 otherwise
     * @param values the message arguments as data: numbers with a decimal point, value names such as
     *               "CAR", language codes such as "ar"
     * @param text   the explanation in {@code locale}
     * @param levers what would lift it
     */
    @JsonPropertyOrder({"ruleId", "gap", "area", "kind", "points", "values", "text", "levers"})
    public record FindingView(String ruleId, Gap gap, String area, Kind kind, int points, List<String> values,
                              String text, List<LeverView> levers) {
        /**
         * @param ruleId the rule's id, such as "MO-02"
         * @param gap    the gap it belongs to
         * @param area   the rule file's area, such as "mobility"
         * @param kind   BLOCKER, PENALTY, BONUS or INFORMATION
         * @param points points subtracted (penalty) or added (bonus); 0 otherwise
         * @param values the message arguments as data: numbers with a decimal point, value names such as "CAR", language
         *               codes such as "ar"
         * @param text   the explanation in {@code locale}
         * @param levers what would lift it
         * @throws NullPointerException when a list is null or holds null
         */
        public FindingView {
            values = List.copyOf(values);
            levers = List.copyOf(levers);
        }
    }

    /**
     * A lever: a change that would lift a finding.
     *
     * @param lever the lever code
     * @param side  who acts on it: EMPLOYER or CANDIDATE
     * @param text  the lever in words
     */
    @JsonPropertyOrder({"lever", "side", "text"})
    public record LeverView(Lever lever, Lever.Side side, String text) {
    }

    /**
     * An input field that was not filled in: in {@code unknowns}, and in {@code toAsk} when an essential rule
     * needs it.
     *
     * @param field the field path, such as "candidate.availability"
     * @param text  the field in words
     */
    @JsonPropertyOrder({"field", "text"})
    public record UnknownView(String field, String text) {
    }

    /**
     * What produced the result.
     *
     * @param fingerprint    the hash of the rule files, parameters and messages
     * @param libraryVersion the threegaps library version
     */
    @JsonPropertyOrder({"fingerprint", "libraryVersion"})
    public record RuleSetView(String fingerprint, String libraryVersion) {
    }

    /** @return the library version from {@code version.properties} */
    public static String libraryVersion() {
        return LIBRARY_VERSION;
    }

    private static String readLibraryVersion() {
        try (InputStream in = ResultDocument.class.getResourceAsStream("/org/threegaps/matcher/version.properties")) {
            if (in == null) {
                throw new IllegalStateException("org/threegaps/matcher/version.properties is missing from the library jar");
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
