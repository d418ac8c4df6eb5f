package org.threegaps.matcher.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.threegaps.matcher.ResultTexts;
import org.threegaps.matcher.model.Job;
import org.threegaps.matcher.result.Advice;
import org.threegaps.matcher.result.Advice.CandidateAdvice;
import org.threegaps.matcher.result.Advice.Change;
import org.threegaps.matcher.result.Advice.JobAdvice;
import org.threegaps.matcher.result.Advice.Suggestion;
import org.threegaps.matcher.result.Finding;
import org.threegaps.matcher.result.Gap;
import org.threegaps.matcher.result.MatchResult;

/**
 * Plain records of the advisor's answers with their texts rendered in one language by the matcher's
 * {@link ResultTexts}, for JSON output ({@code Json.write(AdviceView.of(advice, matcher.texts(), locale))}, as
 * {@code matcher advise --format json} writes it) and for systems that are not Java. Not API.
 */
public final class AdviceView {
    private AdviceView() {
    }

    /** One change of a suggestion. */
    public record ChangeView(String id, String side, String lever, String text, String effort, Integer weeks) {
    }

    /** A finding a suggestion closes or opens. */
    public record FindingView(String ruleId, String kind, String gap, String text) {
    }

    /**
     * One suggestion: the changes, verdict, open essential gaps, points and their words before and after (points
     * beside open gaps are what the pair scores once they are closed), what it closes and opens.
     */
    public record SuggestionView(String ids, List<ChangeView> changes, String verdictBefore, String verdictAfter,
                                 int openGapsBefore, int openGapsAfter, int pointsBefore, int pointsAfter,
                                 String scoreBefore, String scoreAfter, Map<String, Integer> gapsBefore,
                                 Map<String, Integer> gapsAfter, List<FindingView> closes, List<FindingView> opens,
                                 String effort, Integer weeks, List<String> text) {
    }

    /** The advice for one pair: its verdict as it stands, with its open essential gaps, points and their words. */
    public record PairView(String candidateId, String jobId, String verdict, boolean provisional, int openEssentialGaps,
                           int points, String score, String fingerprint,
                           List<SuggestionView> redesigns, List<SuggestionView> development, List<String> askEmployer,
                           int tried, int skipped, int evaluated) {
    }

    /** One option or pair of options of a job with the candidates it unlocks. */
    public record OptionView(String ids, String text, int count, List<String> unlocked) {
    }

    /** The advice for a job and a pool of candidates. */
    public record JobView(String jobId, int poolSize, int openNow, List<OptionView> options, long evaluated) {
    }

    /** One development step with the jobs it opens. */
    public record StepView(String id, String lever, String text, Integer weeks, int count, List<String> opened) {
    }

    /** The advice for a candidate and a pool of jobs. */
    public record CandidateView(String candidateId, int poolSize, int openNow, List<StepView> steps, long evaluated) {
    }

    /**
     * @param advice the advice
     * @param texts  the texts of the matcher that gave the advice
     * @param locale the language of the text: Dutch ("nl") or English ("en")
     * @return the pair advice with texts in {@code locale}
     * @throws IllegalArgumentException when the advice was scored by a rule set {@code texts} do not know
     */
    public static PairView of(Advice advice, ResultTexts texts, Locale locale) {
        MatchResult r = advice.result();
        return new PairView(r.candidateId(), r.jobId(), r.verdict().name(), r.provisional(), r.openEssentialGaps(),
                r.overallScore(), texts.score(r, locale), r.fingerprint(),
                advice.redesigns().stream().map(s -> of(s, texts, locale)).toList(),
                advice.development().stream().map(s -> of(s, texts, locale)).toList(),
                advice.askEmployer().stream().map(a -> texts.ask(a, locale)).toList(),
                advice.tried(), advice.skipped(), advice.evaluated());
    }

    /**
     * @param advice the advice
     * @param job the job
     * @param texts  the texts of the matcher that gave the advice
     * @param locale the language of the text: Dutch ("nl") or English ("en")
     * @return the job advice with texts in {@code locale}
     */
    public static JobView of(JobAdvice advice, Job job, ResultTexts texts, Locale locale) {
        return new JobView(advice.jobId(), advice.poolSize(), advice.openNow(), advice.options().stream()
                .map(o -> new OptionView(o.ids(), texts.reach(o, job, locale), o.count(), o.unlocked())).toList(),
                advice.evaluated());
    }

    /**
     * @param advice the advice
     * @param texts  the texts of the matcher that gave the advice
     * @param locale the language of the text: Dutch ("nl") or English ("en")
     * @return the candidate advice with texts in {@code locale}
     */
    public static CandidateView of(CandidateAdvice advice, ResultTexts texts, Locale locale) {
        return new CandidateView(advice.candidateId(), advice.poolSize(), advice.openNow(), advice.steps().stream()
                .map(s -> new StepView(s.step().id(), s.step().lever().name(), texts.change(s.step(), null, locale),
                        s.step().weeks(), s.count(), s.opened())).toList(), advice.evaluated());
    }

    static SuggestionView of(Suggestion s, ResultTexts texts, Locale locale) {
        List<ChangeView> changes = new ArrayList<>();
        for (Change c : s.changes()) {
            changes.add(new ChangeView(c.id(), c.lever().side().name(), c.lever().name(),
                    texts.change(c, s.before().job(), locale), c.effort() == null ? null : c.effort().name(), c.weeks()));
        }
        return new SuggestionView(s.ids(), changes, s.before().verdict().name(), s.after().verdict().name(),
                s.before().openEssentialGaps(), s.after().openEssentialGaps(), s.before().overallScore(),
                s.after().overallScore(), texts.score(s.before(), locale), texts.score(s.after(), locale), gaps(s.before()),
                gaps(s.after()),
                findings(s.closes(), s.before(), texts, locale), findings(s.opens(), s.after(), texts, locale),
                s.effort() == null ? null : s.effort().name(), s.weeks(), texts.explain(s, locale));
    }

    private static Map<String, Integer> gaps(MatchResult r) {
        Map<String, Integer> gaps = new LinkedHashMap<>();
        for (Gap gap : Gap.values()) {
            gaps.put(gap.name(), r.score(gap));
        }
        return gaps;
    }

    private static List<FindingView> findings(List<Finding> findings, MatchResult r, ResultTexts texts, Locale locale) {
        return findings.stream().map(f -> new FindingView(f.ruleId(), f.kind().name(), f.gap().name(),
                texts.finding(r, f, locale))).toList();
    }
}
