package org.threegaps.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threegaps.matcher.json.Json;

class MatchCommandTest {
    @TempDir
    Path temp;

    @Test
    void explainsOnePairInEnglish() {
        Run run = Run.of("match", "--candidate", TestData.candidate("amira"), "--job", TestData.job("kassa-genk"), "--lang", "en");

        assertThat(run.code()).as(run.toString()).isZero();
        assertThat(run.out()).startsWith("amira (Amira) × kassa-genk")
                .containsPattern("Verdict: [a-z ]+, overall score \\d+")
                .contains("skill gap", "search gap", "organisation gap", "Findings:")
                .containsPattern("\\n  [+−✗i] [A-Z]{2}-\\d{2} ")
                .contains("Rule set sha256:");
    }

    @Test
    void namesACodeByItsLabelAndWarnsNothing() {
        Run run = Run.of("match", "--candidate", TestData.candidate("amira"), "--job", TestData.job("magazijnier-lummen"),
                "--lang", "en");

        assertThat(run.code()).as(run.toString()).isZero();
        assertThat(run.out()).contains("'reach truck driving'").doesNotContain("reach-truck");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void showsACodeWithoutALabelAsItselfAndWarnsOnceOnStandardError() {
        RuleFolder rules = RuleFolder.copyOfDefaults(temp);
        rules.replace("vocabulary.properties", "reach-truck.nl = reachtruck rijden\nreach-truck.en = reach truck driving\n", "");

        Run run = Run.of("match", "--candidate", TestData.candidate("amira"), "--job", TestData.job("magazijnier-lummen"),
                "--rules", rules.arg(), "--lang", "en", "--format", "json");

        assertThat(run.code()).as(run.toString()).isZero();
        assertThat(run.out()).contains("'reach-truck'");
        assertThat(run.err()).isEqualTo("warning: code 'reach-truck' has no label in vocabulary.properties; "
                + "texts show the code itself." + System.lineSeparator());
    }

    @Test
    void explainsOnePairInDutchByDefault() {
        Run run = Run.of("match", "--candidate", TestData.candidate("amira"), "--job", TestData.job("kassa-genk"));

        assertThat(run.code()).as(run.toString()).isZero();
        assertThat(run.out()).contains("Oordeel: ", "skillkloof", "organisatiekloof", "Bevindingen:", "Regelset sha256:");
    }

    @Test
    void writesJsonWithScoresRuleIdsAndTexts() throws Exception {
        Run run = Run.of("match", "--candidate", TestData.candidate("rolstoel"), "--job", TestData.job("orderpicker-genk-zuid"),
                "--format", "json", "--lang", "en");

        JsonNode result = Json.mapper().readTree(run.out());
        assertThat(run.code()).as(run.toString()).isZero();
        assertThat(result.get("candidate").asText()).isEqualTo("rolstoel");
        assertThat(result.get("job").asText()).isEqualTo("orderpicker-genk-zuid");
        assertThat(result.get("verdict").asText()).isIn("MATCH", "MATCH_WITH_SUPPORT", "AFTER_REDESIGN", "NOT_YET");
        assertThat(result.get("gaps").get("ORGANISATION").get("score").asInt()).isBetween(0, 100);
        assertThat(result.get("findings")).isNotEmpty();
        assertThat(result.get("findings").get(0).get("rule").asText()).matches("[A-Z]{2}-\\d{2}");
        assertThat(result.get("findings").get(0).get("text").asText()).isNotBlank();
        assertThat(result.get("fingerprint").asText()).startsWith("sha256:");
    }

    @Test
    void setChangesTheResult() {
        Run before = Run.of("match", "--candidate", TestData.candidate("amira"), "--job", TestData.job("kassa-genk"),
                "--format", "json");
        Run after = Run.of("match", "--candidate", TestData.candidate("amira"), "--job", TestData.job("kassa-genk"),
                "--format", "json", "--set", "verdict.match.minGapScore=101");

        assertThat(after.code()).as(after.toString()).isZero();
        assertThat(after.out()).isNotEqualTo(before.out()).doesNotContain("\"verdict\" : \"MATCH\"");
    }

    @Test
    void malformedJsonNamesFileAndLine() throws Exception {
        Path broken = temp.resolve("candidate.json");
        Files.writeString(broken, "{\n  \"id\": \"x\",\n  \"languages\": { \"nl\": \"C2\" \n}");

        Run run = Run.of("match", "--candidate", broken.toString(), "--job", TestData.job("kassa-genk"), "--lang", "en");

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains(broken.toString()).containsPattern(":\\d+:\\d+: ").doesNotContain("Source:").contains("not valid JSON");
        assertThat(run.all()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void wrongValueNamesTheJsonPathAndTheAllowedValues() throws Exception {
        Path broken = temp.resolve("candidate.json");
        Files.writeString(broken, "{ \"id\": \"x\", \"transportModes\": [\"BIKE\", \"HORSE\"] }");

        Run run = Run.of("match", "--candidate", broken.toString(), "--job", TestData.job("kassa-genk"), "--lang", "en");

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains(broken + ":1:41: $.transportModes[1]").contains("HORSE").contains("PUBLIC_TRANSPORT");
        assertThat(run.all()).doesNotContain("Exception");
    }

    @Test
    void missingFileIsNamed() {
        Run run = Run.of("match", "--candidate", temp.resolve("nobody.json").toString(), "--job", TestData.job("kassa-genk"),
                "--lang", "en");

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains("nobody.json does not exist");
    }

    @Test
    void missingOptionIsAUsageError() {
        Run run = Run.of("match", "--candidate", TestData.candidate("amira"));

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("--job");
    }
}
