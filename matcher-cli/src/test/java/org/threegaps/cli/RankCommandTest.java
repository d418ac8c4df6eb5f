package org.threegaps.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threegaps.matcher.json.Json;
import org.threegaps.matcher.result.Verdict;
import org.threegaps.matcher.testkit.ResultSchema;

class RankCommandTest {
    @TempDir
    Path temp;

    @Test
    void ranksAFolderOfJobsForOneCandidate() {
        Run run = Run.of("rank", "--candidate", TestData.candidate("amira"), "--jobs", TestData.jobs(), "--lang", "en");

        assertThat(run.code()).as(run.toString()).isZero();
        assertThat(run.out()).startsWith("Jobs for amira, best first: 6 of 6")
                .contains("kassa-genk", "nachtpicker-beringen", "Verdict", "Open gaps", "Points", "Organisation")
                .containsPattern("\\n3 +schoonmaak-wzc-lanaken .* not yet +1 +\\d+ ")
                .contains("the points are what the pair would score once they are closed");
    }

    @Test
    void ranksCandidatesForOneJobBestVerdictFirst() throws Exception {
        Run run = Run.of("rank", "--job", TestData.job("kassa-genk"), "--candidates", TestData.candidates(), "--format", "json");

        JsonNode ranked = Json.mapper().readTree(run.out());
        assertThat(run.code()).as(run.toString()).isZero();
        assertThat(ranked).hasSize(6);
        List<Verdict> verdicts = new ArrayList<>();
        ranked.forEach(r -> verdicts.add(Verdict.valueOf(r.get("verdict").asText())));
        assertThat(verdicts).isSorted();
        ranked.forEach(r -> assertThat(ResultSchema.problems(r)).as("%s", r.get("candidateId")).isEmpty());
    }

    @Test
    void topLimitsTheList() {
        Run run = Run.of("rank", "--job", TestData.job("kassa-genk"), "--candidates", TestData.candidates(), "--top", "2",
                "--lang", "en");

        assertThat(run.code()).as(run.toString()).isZero();
        assertThat(run.out()).contains("best first: 2 of 6");
        assertThat(run.out().lines().filter(l -> l.matches("\\d+\\s+.*"))).hasSize(2);
    }

    @Test
    void readsAJsonArrayFileToo() throws Exception {
        String array = "[" + Files.readString(Path.of(TestData.job("kassa-genk"))) + ","
                + Files.readString(Path.of(TestData.job("orderpicker-genk-zuid"))) + "]";
        Path jobs = Files.writeString(temp.resolve("jobs.json"), array);

        Run run = Run.of("rank", "--candidate", TestData.candidate("nienke"), "--jobs", jobs.toString(), "--lang", "en");

        assertThat(run.code()).as(run.toString()).isZero();
        assertThat(run.out()).contains("best first: 2 of 2").contains("kassa-genk").contains("orderpicker-genk-zuid");
    }

    @Test
    void aBadJobInTheFolderNamesItsFile() throws Exception {
        Path folder = Files.createDirectory(temp.resolve("jobs"));
        Files.copy(Path.of(TestData.job("kassa-genk")), folder.resolve("kassa-genk.json"));
        Files.writeString(folder.resolve("broken.json"), "{ \"id\": \"broken\", \"hoursMin\": \"many\" }");

        Run run = Run.of("rank", "--candidate", TestData.candidate("nienke"), "--jobs", folder.toString(), "--lang", "en");

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).containsPattern("broken.json:\\d+:\\d+: \\$.hoursMin");
        assertThat(run.all()).doesNotContain("Exception");
    }

    @Test
    void mixingBothDirectionsIsAUsageError() {
        Run run = Run.of("rank", "--candidate", TestData.candidate("amira"), "--candidates", TestData.candidates());

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("give either --candidate with --jobs, or --job with --candidates");
    }
}
