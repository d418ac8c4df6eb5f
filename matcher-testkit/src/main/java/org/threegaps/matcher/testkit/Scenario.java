package org.threegaps.matcher.testkit;

import java.util.List;
import java.util.Map;
import org.threegaps.matcher.model.Candidate;
import org.threegaps.matcher.model.Job;
import org.threegaps.matcher.result.Gap;
import org.threegaps.matcher.result.Verdict;

/**
 * One scenario file: a candidate, a job (inline or by file) and the expectations. See
 * {@code docs/scenarios.md}.
 *
 * @param name          shown in reports
 * @param source        where the case comes from (seed and lines)
 * @param candidate     the candidate, inline
 * @param candidateFile the candidate's JSON file, relative to the scenario file
 * @param job           the job, inline
 * @param jobFile       the job's JSON file, relative to the scenario file
 * @param expect        what must and must not come out
 */
public record Scenario(String name, String source, Candidate candidate, String candidateFile, Job job,
                       String jobFile, Expectations expect) {

    /**
     * @param verdict        the exact verdict, or null
     * @param verdictAtLeast the verdict or a better one, or null
     * @param scores         per gap an inclusive [min, max]
     * @param fires          rule ids that must fire
     * @param doesNotFire    rule ids that must not fire
     * @param textContains   per language ("nl", "en") texts some finding must contain
     * @param unknowns       input fields the result must list as unknown, such as "job.partTimePossible"
     * @param provisional    whether the verdict must be provisional (an unknown an essential rule needs), or null
     * @param toAsk          input fields the result must list as to ask first
     */
    public record Expectations(Verdict verdict, Verdict verdictAtLeast, Map<Gap, List<Integer>> scores,
                               List<String> fires, List<String> doesNotFire,
                               Map<String, List<String>> textContains, List<String> unknowns, Boolean provisional,
                               List<String> toAsk) {
        /**
         * @param verdict        the exact verdict, or null
         * @param verdictAtLeast the verdict or a better one, or null
         * @param scores         per gap an inclusive [min, max]
         * @param fires          rule ids that must fire
         * @param doesNotFire    rule ids that must not fire
         * @param textContains   per language ("nl", "en") texts some finding must contain
         * @param unknowns       input fields the result must list as unknown, such as "job.partTimePossible"
         * @param provisional    whether the verdict must be provisional (an unknown an essential rule needs), or null
         * @param toAsk          input fields the result must list as to ask first
         * @throws IllegalArgumentException when a score range is not [min, max] or a text language is not nl or en
         */
        public Expectations {
            scores = scores == null ? Map.of() : Map.copyOf(scores);
            fires = fires == null ? List.of() : List.copyOf(fires);
            doesNotFire = doesNotFire == null ? List.of() : List.copyOf(doesNotFire);
            textContains = textContains == null ? Map.of() : Map.copyOf(textContains);
            unknowns = unknowns == null ? List.of() : List.copyOf(unknowns);
            toAsk = toAsk == null ? List.of() : List.copyOf(toAsk);
            scores.forEach((gap, range) -> {
                if (range.size() != 2 || range.get(0) > range.get(1)) {
                    throw new IllegalArgumentException("expect.scores." + gap + " must be [min, max] with min <= max, was " + range);
                }
            });
            textContains.keySet().forEach(language -> {
                if (!language.equals("nl") && !language.equals("en")) {
                    throw new IllegalArgumentException("expect.textContains keys must be nl or en, was " + language);
                }
            });
        }

        static final Expectations NONE = new Expectations(null, null, null, null, null, null, null, null, null);
    }

    /**
     * @param name          shown in reports
     * @param source        where the case comes from (seed and lines)
     * @param candidate     the candidate, inline
     * @param candidateFile the candidate's JSON file, relative to the scenario file
     * @param job           the job, inline
     * @param jobFile       the job's JSON file, relative to the scenario file
     * @param expect        what must and must not come out
     * @throws IllegalArgumentException when the name is missing, or not exactly one of candidate and candidateFile
     *                                  (of job and jobFile) is given
     */
    public Scenario {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name is required");
        }
        if ((candidate == null) == (candidateFile == null)) {
            throw new IllegalArgumentException("give either candidate or candidateFile");
        }
        if ((job == null) == (jobFile == null)) {
            throw new IllegalArgumentException("give either job or jobFile");
        }
        expect = expect == null ? Expectations.NONE : expect;
    }
}
