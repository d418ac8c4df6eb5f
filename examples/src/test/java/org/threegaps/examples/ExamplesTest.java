package org.threegaps.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threegaps.matcher.result.MatchResult;

/** The runnable examples work and print what the README says they print. */
class ExamplesTest {

    private static String run(Locale locale, List<String> ids) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new RankJobsExample(locale, null, new PrintStream(bytes, true, StandardCharsets.UTF_8)).run(ids);
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
    void noVerdictLineShowsBarePointsAndNotYetNamesItsOpenGaps() {
        String out = run(Locale.forLanguageTag("nl"), RankJobsExample.DEFAULT_CANDIDATES);

        List<String> verdicts = out.lines().filter(l -> l.strip().startsWith("Oordeel: ")).toList();
        assertThat(verdicts).isNotEmpty().noneMatch(l -> l.contains("/100"))
                .allMatch(l -> l.matches(".*; \\d+ punten") || l.matches(".*; \\d+ essentiële drempels? open; \\d+ punten zodra .*"));
        assertThat(verdicts).filteredOn(l -> l.contains("nog niet")).allMatch(l -> l.contains("essentiële drempel"));
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
    void rankJobsScoresWithAnEditedCopyOfTheRulesAndShowsItsFingerprint(@TempDir Path dir) throws IOException {
        // GIVEN a copy of the default rules where a care clash that can be arranged costs 5 points, not 15
        Path rules = Path.of("../matcher-rules/src/main/resources/threegaps/rules");
        try (Stream<Path> files = Files.list(rules)) {
            for (Path file : files.toList()) {
                Files.copy(file, dir.resolve(file.getFileName()));
            }
        }
        Path policy = dir.resolve("policy.properties");
        Files.writeString(policy, Files.readString(policy).replace("CA-02.points = 15", "CA-02.points = 5"));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        // WHEN the example runs on the copy
        new RankJobsExample(Locale.forLanguageTag("nl"), dir, new PrintStream(bytes, true, StandardCharsets.UTF_8)).run(List.of("ch"));

        // THEN the finding costs 5 points and the fingerprint differs from the default rule set's
        String edited = bytes.toString(StandardCharsets.UTF_8);
        String original = run(Locale.forLanguageTag("nl"), List.of("ch"));
        assertThat(original).contains("[CA-02, organisatiekloof -15]");
        assertThat(edited).contains("[CA-02, organisatiekloof -5]").contains(dir.toString());
        assertThat(edited.lines().skip(1).findFirst()).isNotEqualTo(original.lines().skip(1).findFirst());
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
