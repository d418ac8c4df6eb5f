package org.threegaps.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threegaps.matcher.json.Json;

/** The commands over the advisor, the HTML report and the fairness audit: happy paths and refused usage. */
class AdviseReportFairnessCommandTest {
    @TempDir
    Path temp;

    @Test
    void advisesOnePairAsJsonWithTheRuleSetAndTheVerdict() throws Exception {
        Run run = Run.of("advise", "--candidate", TestData.candidate("amira"), "--job", TestData.job("kassa-genk"),
                "--format", "json", "--lang", "en");

        assertThat(run.code()).as(run.toString()).isZero();
        JsonNode advice = Json.mapper().readTree(run.out());
        assertThat(advice.get("candidateId").asText()).isEqualTo("amira");
        assertThat(advice.get("jobId").asText()).isEqualTo("kassa-genk");
        assertThat(advice.get("fingerprint").asText()).startsWith("sha256:");
        assertThat(advice.get("redesigns").isArray()).isTrue();
    }

    @Test
    void advisesAJobAgainstAPoolOfCandidatesAsText() {
        Run run = Run.of("advise", "--job", TestData.job("kassa-genk"), "--candidates", TestData.candidates());

        assertThat(run.code()).as(run.toString()).isZero();
        assertThat(run.out()).startsWith("kassa-genk: ").contains(" / 6");
    }

    @Test
    void adviseRefusesAnIncompleteModeWithUsageExitCode() {
        Run run = Run.of("advise", "--candidate", TestData.candidate("amira"));

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("give --candidate with --job, --job with --candidates, or --candidate with --jobs");
    }

    @Test
    void writesAJobReportWithEveryCandidateAndTheFingerprint() throws Exception {
        Path out = temp.resolve("report.html");

        Run run = Run.of("report", "--job", TestData.job("kassa-genk"), "--candidates", TestData.candidates(),
                "--out", out.toString(), "--lang", "en");

        assertThat(run.code()).as(run.toString()).isZero();
        String html = Files.readString(out);
        assertThat(html).startsWith("<!DOCTYPE html>").contains("amira", "samira", "sandra", "sha256:");
    }

    @Test
    void reportNamesABadInputFileWithoutAStackTrace() throws Exception {
        Path broken = Files.writeString(temp.resolve("broken.json"), "{\"id\": \"x\", \"transportModes\": [\"HORSE\"]}");

        Run run = Run.of("report", "--candidate", broken.toString(), "--jobs", TestData.jobs(), "--out",
                temp.resolve("r.html").toString());

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains("broken.json").contains("HORSE").doesNotContain("Exception");
    }

    @Test
    void comparesGroupsByDeclaredNeedOverAPopulationFolder() {
        Run run = Run.of("fairness", "--population", TestData.population(), "--by-need", "--json");

        assertThat(run.code()).as(run.toString()).isZero();
        assertThat(run.out()).contains("\"groups\"").contains("no declared functional need").contains("sha256:");
    }

    @Test
    void fairnessNeedsExactlyOneWayToFormGroups() {
        Run run = Run.of("fairness", "--population", TestData.population());

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("give either --groups <file.csv> or --by-need");
    }
}
