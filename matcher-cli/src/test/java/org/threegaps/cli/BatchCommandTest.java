package org.threegaps.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threegaps.matcher.json.Json;
import org.threegaps.matcher.testkit.ResultSchema;

class BatchCommandTest {
    @TempDir
    Path temp;

    /** @return the JSON documents of a test-data folder as one JSON Lines file, in file-name order */
    private Path jsonLines(String folder, String name) throws IOException {
        List<String> lines = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of(folder))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                lines.add(Json.mapper().readTree(file.toFile()).toString());
            }
        }
        return Files.write(temp.resolve(name), lines);
    }

    /** @return {@code matcher batch} of every candidate against every job, in English, into {@code out} */
    private static Run batch(Path candidates, Path jobs, Path out) {
        return Run.of("batch", "--candidates", candidates.toString(), "--jobs", jobs.toString(), "--out", out.toString(),
                "--lang", "en");
    }

    @Test
    void scoresEveryCandidateAgainstEveryJobOneResultPerLineInOrder() throws Exception {
        Path candidates = jsonLines(TestData.candidates(), "candidates.jsonl");
        Path jobs = jsonLines(TestData.jobs(), "jobs.jsonl");
        Path out = temp.resolve("results.jsonl");

        Run run = batch(candidates, jobs, out);

        assertThat(run.code()).as(run.toString()).isZero();
        List<String> candidateLines = Files.readAllLines(candidates);
        List<String> jobLines = Files.readAllLines(jobs);
        List<String> results = Files.readAllLines(out);
        assertThat(results).hasSize(candidateLines.size() * jobLines.size());
        JsonNode first = Json.mapper().readTree(results.get(0));
        JsonNode second = Json.mapper().readTree(results.get(1));
        assertThat(first.get("candidateId").asText()).isEqualTo(Json.mapper().readTree(candidateLines.get(0)).get("id").asText());
        assertThat(first.get("jobId").asText()).isEqualTo(Json.mapper().readTree(jobLines.get(0)).get("id").asText());
        assertThat(second.get("jobId").asText()).isEqualTo(Json.mapper().readTree(jobLines.get(1)).get("id").asText());
        assertThat(first.get("ruleSet").toString()).contains("sha256:");
        assertThat(run.err()).contains(results.size() + " pairs scored").contains("Rule set sha256:");
    }

    @Test
    void everyLineIsAMatchResultDocumentValidAgainstTheSchemaAndEqualToWhatMatchWrites() throws Exception {
        Path candidates = jsonLines(TestData.candidates(), "candidates.jsonl");
        Path jobs = jsonLines(TestData.jobs(), "jobs.jsonl");
        Path out = temp.resolve("results.jsonl");

        Run run = batch(candidates, jobs, out);

        assertThat(run.code()).as(run.toString()).isZero();
        List<String> results = Files.readAllLines(out);
        for (String line : results) {
            assertThat(ResultSchema.problems(line)).as(line).isEmpty();
        }
        JsonNode first = Json.mapper().readTree(results.get(0));
        Run match = Run.of("match", "--candidate", TestData.candidate(first.get("candidateId").asText()),
                "--job", TestData.job(first.get("jobId").asText()), "--format", "json", "--lang", "en");
        assertThat(Json.mapper().readTree(match.out())).isEqualTo(first);
    }

    @Test
    void aBadLineNamesTheFileTheLineAndTheFieldWithoutAStackTrace() throws Exception {
        Path candidates = jsonLines(TestData.candidates(), "candidates.jsonl");
        List<String> lines = new ArrayList<>(Files.readAllLines(candidates));
        lines.set(1, lines.get(1).replaceFirst("\"transportModes\":\\[\"[A-Z_]+\"", "\"transportModes\":[\"HORSE\""));
        Files.write(candidates, lines);
        Path jobs = jsonLines(TestData.jobs(), "jobs.jsonl");

        Run run = Run.of("batch", "--candidates", candidates.toString(), "--jobs", jobs.toString());

        assertThat(run.code()).as(run.toString()).isEqualTo(1);
        assertThat(run.err()).contains("candidates.jsonl line 2").contains("$.transportModes[0]").contains("HORSE")
                .doesNotContain("Exception");
    }
}
