package org.threegaps.examples;

import java.util.List;
import java.util.Locale;
import org.threegaps.matcher.Matcher;
import org.threegaps.matcher.ResultTexts;
import org.threegaps.matcher.json.Json;
import org.threegaps.matcher.model.Candidate;
import org.threegaps.matcher.model.Job;
import org.threegaps.matcher.result.Advice;
import org.threegaps.matcher.result.Finding;
import org.threegaps.matcher.result.Gap;
import org.threegaps.matcher.result.MatchResult;

/**
 * The least code a case system writes to use the library: build one matcher when the application
 * starts, then match and read results from any thread. The README shows {@link #embed} verbatim.
 */
public final class EmbeddingExample {
    private EmbeddingExample() {
    }

    /** Runs the snippet on a bundled candidate and job and prints what it read. */
    public static void main(String[] args) {
        embed(ExampleData.text("data/candidates/ch.json"), ExampleData.text("data/jobs/kantoorschoonmaak-hasselt.json"));
    }

    /**
     * The snippet: JSON in, an explained result and advice out.
     *
     * @return the result, for the test that keeps the snippet working
     */
    static MatchResult embed(String candidateJson, String jobJson) {
        // once, at start-up: compiles the default rule set; the matcher is thread-safe
        Matcher matcher = Matcher.withDefaultRules().locale(Locale.forLanguageTag("nl")).build();

        // per request: JSON in (or build Candidate and Job with their builders)
        Candidate candidate = Json.read("candidate.json", candidateJson, Candidate.class);
        Job job = Json.read("job.json", jobJson, Job.class);
        MatchResult result = matcher.match(candidate, job);

        // read the result: the verdict, then the open essential gaps and the points, as in
        // "1 essentiële drempel open; 96 punten zodra die weg is"; a result is plain data, the matcher's texts render it
        ResultTexts texts = matcher.texts();
        Locale nl = Locale.forLanguageTag("nl");
        System.out.println(result.verdict() + (result.provisional() ? " (provisional, ask " + result.toAsk() + ")" : "")
                + ": " + texts.score(result, nl) + "; skill " + result.score(Gap.SKILL)
                + ", search " + result.score(Gap.SEARCH)
                + ", organisation " + result.score(Gap.ORGANISATION));
        for (Finding finding : result.findings()) {
            System.out.println(finding.ruleId() + " " + finding.kind() + " " + finding.points() + ": "
                    + texts.finding(result, finding, nl) + " levers " + finding.levers());
        }
        System.out.println("rule set " + result.fingerprint());

        // what would make it work: the job's declared redesign options and the person's development steps, re-scored
        Advice advice = matcher.advise(candidate, job);
        advice.best().ifPresent(suggestion -> texts.explain(suggestion, nl).forEach(System.out::println));

        // or rank many jobs for one person: best verdict first, then settled before provisional, then the fewest
        // open essential gaps, then the points
        List<MatchResult> best = matcher.rankJobs(candidate, List.of(job)).top(10);
        return best.get(0);
    }
}
