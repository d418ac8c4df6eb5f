package org.threegaps.matcher;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import org.threegaps.matcher.i18n.AdviceTexts;
import org.threegaps.matcher.i18n.Messages;
import org.threegaps.matcher.json.ResultDocument;
import org.threegaps.matcher.model.Job;
import org.threegaps.matcher.result.Advice;
import org.threegaps.matcher.result.Finding;
import org.threegaps.matcher.result.Gap;
import org.threegaps.matcher.result.GapScore;
import org.threegaps.matcher.result.Kind;
import org.threegaps.matcher.result.Lever;
import org.threegaps.matcher.result.MatchResult;

/**
 * Where results and advice become text, in Dutch ("nl") or English ("en"; any other language reads Dutch): the
 * findings, the score in words, the labels of verdicts, gaps and levers, the result document for JSON, and the
 * advisor's suggestions. A {@link MatchResult} and an {@link Advice} are plain data; get these texts from the
 * matcher that scored them, with {@link Matcher#texts()}:
 *
 * <pre>{@code
 * MatchResult result = matcher.match(candidate, job);
 * ResultTexts texts = matcher.texts();
 * texts.explain(result, Locale.ENGLISH).forEach(System.out::println);
 * String json = Json.write(texts.document(result, Locale.ENGLISH));
 * }</pre>
 *
 * <p><b>Which rule set's texts.</b> Every text of a result is rendered with the messages of the rule set that
 * scored it, the one whose fingerprint the result carries. Texts from {@link Matcher#texts()} hold those of the
 * rule set in service when they were taken ({@link #fingerprint()}, {@link #label}, {@link #field}) and also
 * render a result of any other rule set the same matcher served before or after a {@link Matcher#reload()} (the
 * matcher keeps the texts of its last 16 rule sets), so a reload between scoring and
 * rendering is harmless. A result whose rule set they do not know, such as the result of another matcher on
 * other rules, is refused with an {@link IllegalArgumentException} that names both fingerprints: rendering it with
 * other messages could say something its rule set never said. Results of equal fingerprints have equal texts.
 *
 * <p>Immutable and thread-safe.
 */
public final class ResultTexts {
    private final String fingerprint;
    private final Messages messages;
    private final Function<String, Messages> others;

    /**
     * @param fingerprint the fingerprint of the rule set whose texts these are
     * @param messages    that rule set's messages
     * @param others      the messages of other rule sets by fingerprint, null for a rule set they do not know
     */
    ResultTexts(String fingerprint, Messages messages, Function<String, Messages> others) {
        this.fingerprint = Objects.requireNonNull(fingerprint, "fingerprint");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.others = Objects.requireNonNull(others, "others");
    }

    /** @return the fingerprint of the rule set whose texts these are: the rule set in service when they were taken */
    public String fingerprint() {
        return fingerprint;
    }

    /**
     * @param key    a message key: {@code verdict.<VERDICT>}, {@code verdict.provisional}, {@code gap.<GAP>},
     *               {@code kind.<KIND>}, {@code lever.<LEVER>}, {@code value.<NAME>}, {@code unknown.<field>},
     *               {@code toAsk}, or a rule id
     * @param locale the language of the text: Dutch ("nl") or English ("en")
     * @return the text of the key in the rule set these texts belong to
     * @throws NullPointerException when an argument is null
     * @throws java.util.MissingResourceException when neither the rule set nor the library has a text for {@code key}
     */
    public String label(String key, Locale locale) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(locale, "locale");
        return messages.text(key, locale);
    }

    /**
     * @param field  an input field's path, such as {@code candidate.availability}, as in
     *               {@link MatchResult#unknowns()} and {@link MatchResult#toAsk()}
     * @param locale the language of the text: Dutch ("nl") or English ("en")
     * @return the field in words ("the candidate's availability"), or the path itself when the rule set has no
     *         words for it
     * @throws NullPointerException when an argument is null
     */
    public String field(String field, Locale locale) {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(locale, "locale");
        return messages.show(Finding.Argument.field(field), locale);
    }

    /**
     * @param result the result
     * @param locale the language of the text: Dutch ("nl") or English ("en")
     * @return the score in words, never a bare number beside "not yet": "96 punten", or with open essential gaps
     *         "1 essentiële drempel open; 96 punten zodra die weg is"
     * @throws NullPointerException when an argument is null
     * @throws IllegalArgumentException when the result comes from a rule set these texts do not know
     */
    public String score(MatchResult result, Locale locale) {
        return of(result, locale).score(result, locale);
    }

    /**
     * @param result  the result the finding belongs to; its rule set decides the text
     * @param finding one of the result's findings
     * @param locale  the language of the text: Dutch ("nl") or English ("en")
     * @return the finding's text, with its values filled in
     * @throws NullPointerException when an argument is null
     * @throws IllegalArgumentException when the result comes from a rule set these texts do not know
     * @throws java.util.MissingResourceException when the result's rule set has no text for the finding's rule
     */
    public String finding(MatchResult result, Finding finding, Locale locale) {
        Objects.requireNonNull(finding, "finding");
        return of(result, locale).finding(finding, locale);
    }

    /**
     * @param result the result
     * @param locale the language of the text: Dutch ("nl") or English ("en")
     * @return the findings as text lines, strengths first, each marked: "+" a strength, "✗" a blocker, "~" a
     *         bridged essential gap, "−" a penalty, "i" information
     * @throws NullPointerException when an argument is null
     * @throws IllegalArgumentException when the result comes from a rule set these texts do not know
     */
    public List<String> explain(MatchResult result, Locale locale) {
        Messages texts = of(result, locale);
        List<String> lines = new ArrayList<>();
        result.strengths().forEach(f -> lines.add("+ " + texts.finding(f, locale)));
        result.findings().stream().filter(f -> f.kind() != Kind.BONUS).forEach(f -> lines.add(
                (f.kind() == Kind.BLOCKER ? "✗ " : f.kind() == Kind.BRIDGED ? "~ " : f.kind() == Kind.PENALTY ? "− " : "i ")
                        + texts.finding(f, locale)));
        return List.copyOf(lines);
    }

    /**
     * Renders a result as its stable JSON document ({@code match-result.schema.json}), every text in one language;
     * write it with {@code Json.write(document)} or {@code Json.writeLine(document)}.
     *
     * @param result the result
     * @param locale Dutch ("nl") or English ("en"); other languages fall back to Dutch
     * @return the document
     * @throws NullPointerException when an argument is null
     * @throws IllegalArgumentException when the result comes from a rule set these texts do not know
     */
    public ResultDocument document(MatchResult result, Locale locale) {
        Messages texts = of(result, locale);
        String language = "en".equals(locale.getLanguage()) ? "en" : "nl";
        Locale in = Locale.forLanguageTag(language);
        List<ResultDocument.GapView> gaps = new ArrayList<>();
        for (Gap gap : Gap.values()) {
            GapScore s = result.gapScore(gap);
            gaps.add(new ResultDocument.GapView(gap, texts.text("gap." + gap.name(), in), s.score(), s.penalties(),
                    s.bonuses(), s.blockers()));
        }
        List<ResultDocument.FindingView> findings = result.findings().stream().map(f -> new ResultDocument.FindingView(
                f.ruleId(), f.gap(), f.area(), f.kind(), f.points(), f.values(), texts.finding(f, in),
                levers(texts, f.levers(), in))).toList();
        ResultDocument.ScoreView score = new ResultDocument.ScoreView(result.openEssentialGaps(),
                result.bridgedEssentialGaps(), result.overallScore(), texts.score(result, in));
        return new ResultDocument(ResultDocument.FORMAT, language, result.candidateId(), result.jobId(),
                result.verdict(), texts.text("verdict." + result.verdict().name(), in), result.provisional(), score,
                gaps, findings, result.strengths().stream().map(Finding::ruleId).toList(),
                levers(texts, result.suggestedActions(), in), fields(texts, result.unknowns(), in),
                fields(texts, result.toAsk(), in),
                new ResultDocument.RuleSetView(result.fingerprint(), ResultDocument.libraryVersion()));
    }

    private static List<ResultDocument.UnknownView> fields(Messages texts, List<String> fields, Locale locale) {
        return fields.stream().map(field -> new ResultDocument.UnknownView(field, texts.has("unknown." + field, locale)
                ? texts.text("unknown." + field, locale) : field)).toList();
    }

    private static List<ResultDocument.LeverView> levers(Messages texts, List<Lever> levers, Locale locale) {
        return levers.stream().map(l -> new ResultDocument.LeverView(l, l.side(), texts.text("lever." + l.name(), locale)))
                .toList();
    }

    /**
     * @param suggestion a suggestion of the advisor
     * @param locale     the language of the text: Dutch ("nl") or English ("en")
     * @return the suggestion in words, one line each: the changes joined with " + " first, then the verdict and
     *         score before and after, the gaps that change, what it closes and opens, the effort and how long it
     *         takes
     * @throws NullPointerException when an argument is null
     * @throws IllegalArgumentException when the suggestion was scored by a rule set these texts do not know
     */
    public List<String> explain(Advice.Suggestion suggestion, Locale locale) {
        Objects.requireNonNull(suggestion, "suggestion");
        Messages texts = of(suggestion.before(), locale);
        return List.copyOf(AdviceTexts.of(locale).suggestion(suggestion, texts, locale));
    }

    /**
     * @param change a change of a suggestion or of an option's reach
     * @param job    the job the change belongs to, for the names of its tasks; may be null for a development step
     * @param locale the language of the text: Dutch ("nl") or English ("en")
     * @return what the change is: "offer an additional roster "from-nine" (Mon, Tue, Wed, Thu, Fri 09:00–17:00)"
     * @throws NullPointerException when {@code change} or {@code locale} is null, or {@code job} is null for a
     *                              change of the job
     */
    public String change(Advice.Change change, Job job, Locale locale) {
        Objects.requireNonNull(change, "change");
        Objects.requireNonNull(locale, "locale");
        if (change instanceof Advice.JobChange) {
            Objects.requireNonNull(job, "job");
        }
        return AdviceTexts.of(locale).change(change, job, locale);
    }

    /**
     * @param ask    an employer-side lever the job declares no option for
     * @param locale the language of the text: Dutch ("nl") or English ("en")
     * @return "ask the employer about: a say in the hours (would help with CA-01)"
     * @throws NullPointerException when an argument is null
     */
    public String ask(Advice.AskEmployer ask, Locale locale) {
        Objects.requireNonNull(ask, "ask");
        Objects.requireNonNull(locale, "locale");
        return AdviceTexts.of(locale).ask(ask);
    }

    /**
     * @param reach  a job's option, or pair of options, with the candidates it unlocks
     * @param job    the job the options belong to
     * @param locale the language of the text: Dutch ("nl") or English ("en")
     * @return "accept part-time work from 20 hours a week opens this job to 14 more people"
     * @throws NullPointerException when an argument is null
     */
    public String reach(Advice.OptionReach reach, Job job, Locale locale) {
        Objects.requireNonNull(reach, "reach");
        Objects.requireNonNull(job, "job");
        Objects.requireNonNull(locale, "locale");
        return AdviceTexts.of(locale).reach(reach, job, locale);
    }

    /**
     * @param reach  a candidate's development step with the jobs it opens
     * @param locale the language of the text: Dutch ("nl") or English ("en")
     * @return "reach Dutch level B1 opens 1 more job: j-cashier"
     * @throws NullPointerException when an argument is null
     */
    public String reach(Advice.StepReach reach, Locale locale) {
        Objects.requireNonNull(reach, "reach");
        Objects.requireNonNull(locale, "locale");
        return AdviceTexts.of(locale).reach(reach, locale);
    }

    /** The messages of the rule set that scored {@code result}; refuses one of a rule set these texts do not know. */
    private Messages of(MatchResult result, Locale locale) {
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(locale, "locale");
        if (result.fingerprint().equals(fingerprint)) {
            return messages;
        }
        Messages other = others.apply(result.fingerprint());
        if (other == null) {
            throw new IllegalArgumentException("the result of " + result.candidateId() + " × " + result.jobId()
                    + " was scored by rule set " + result.fingerprint() + ", which these texts do not know: they are "
                    + "the texts of rule set " + fingerprint + " and of the rule sets their matcher served; take the "
                    + "texts from the matcher that scored the result");
        }
        return other;
    }

    @Override
    public String toString() {
        return "ResultTexts[" + fingerprint + "]";
    }
}
