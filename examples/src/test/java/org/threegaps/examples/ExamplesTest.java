package org.threegaps.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;
import org.threegaps.matcher.result.MatchResult;

/** The runnable examples work and print what the README says they print. */
class ExamplesTest {

    private static String run(Locale locale, List<String> ids) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new RankJobsExample(locale, new PrintStream(bytes, true, StandardCharsets.UTF_8)).run(ids);
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void rankJobsPrintsEveryDefaultCandidateWithVerdictsAndGapScoresInDutch() {
        String out = run(Locale.forLanguageTag("nl"), RankJobsExample.DEFAULT_CANDIDATES);

        assertThat(out).contains("Kandidaat Ch. (ch)", "Kandidaat Nienke (nienke)", "Kandidaat Ci (ci)")
                .contains("Oordeel: ", "skillkloof ", "zoekkloof ", "organisatiekloof ", "Wat past", "hefboom: ")
                .doesNotContain("verdict.", "gap.", "lever.", "{0}");
    }

    @Test
    void rankJobsShowsTheTopThreeJobsPerCandidate() {
        String out = run(Locale.forLanguageTag("nl"), List.of("ch"));

        assertThat(out).contains("\n1. ", "\n2. ", "\n3. ").doesNotContain("\n4. ");
    }

    @Test
    void rankJobsPrintsInEnglishOnRequest() {
        String out = run(Locale.ENGLISH, List.of("ci"));

        assertThat(out).contains("Candidate Ci (ci)", "Verdict: ", "skill gap", "organisation gap", "lever: ")
                .doesNotContain("Oordeel", "skillkloof");
    }

    @Test
    void rankJobsNamesAnUnknownCandidateId() {
        assertThatThrownBy(() -> run(Locale.ENGLISH, List.of("nobody")))
                .isInstanceOf(NoSuchElementException.class).hasMessageContaining("\"nobody\"");
    }

    @Test
    void theEmbeddingSnippetReadsJsonAndReturnsAnExplainedResult() {
        MatchResult result = EmbeddingExample.embed(ExampleData.text("data/candidates/ch.json"),
                ExampleData.text("data/jobs/kantoorschoonmaak-hasselt.json"));

        assertThat(result.candidateId()).isEqualTo("ch");
        assertThat(result.fingerprint()).startsWith("sha256:");
        assertThat(result.findings()).isNotEmpty();
    }
}
