package org.threegaps.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import java.util.Locale;
import org.threegaps.matcher.Matcher;
import org.threegaps.matcher.json.Json;
import org.threegaps.matcher.json.ResultDocument;
import org.threegaps.matcher.result.MatchResult;
import org.threegaps.matcher.testkit.ResultSchema;

class MatchCommandTest {
    @TempDir
    Path temp;

    @Test
    void explainsOnePairInEnglish() {
        Run run = Run.of("match", "--candidate", TestData.candidate("amira"), "--job", TestData.job("kassa-genk"), "--lang", "en");

        assertThat(run.code()).as(run.toString()).isZero();
        assertThat(run.out()).startsWith("amira (Amira) × kassa-genk")
                .containsPattern("Verdict: [a-z ]+( \\(provisional\\))?; (\\d+ essential gaps? open; )?\\d+ points")
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
    void writesTheLibrarysResultDocumentValidAgainstTheSchema() throws Exception {
        Run run = Run.of("match", "--candidate", TestData.candidate("rolstoel"), "--job", TestData.job("orderpicker-genk-zuid"),
                "--format", "json", "--lang", "en");

        assertThat(run.code()).as(run.toString()).isZero();
        assertThat(ResultSchema.problems(run.out())).isEmpty();
        JsonNode result = Json.mapper().readTree(run.out());
        assertThat(result.get("format").asInt()).isEqualTo(ResultDocument.FORMAT);
        assertThat(result.get("candidateId").asText()).isEqualTo("rolstoel");
        assertThat(result.get("jobId").asText()).isEqualTo("orderpicker-genk-zuid");
        assertThat(result.get("score").get("text").asText()).isNotBlank();
        assertThat(result.get("findings").get(0).get("ruleId").asText()).matches("[A-Z]{2}-\\d{2}");
        assertThat(result.get("ruleSet").get("fingerprint").asText()).startsWith("sha256:");
    }

    @Test
    void jsonIsWhatTheLibraryWritesForThePair() throws Exception {
        Run run = Run.of("match", "--candidate", TestData.candidate("amira"), "--job", TestData.job("kassa-genk"),
                "--format", "json", "--lang", "en");

        Matcher matcher = Matcher.withDefaultRules().build();
        MatchResult result = matcher.match(
                Json.readCandidate(Path.of(TestData.candidate("amira"))), Json.readJob(Path.of(TestData.job("kassa-genk"))));
        assertThat(run.out().strip()).isEqualTo(Json.write(matcher.texts().document(result, Locale.ENGLISH)));
    }

    @Test
    void aNotYetVerdictShowsItsOpenGapsBeforeThePoints() throws Exception {
        Run json = Run.of("match", "--candidate", TestData.candidate("amira"), "--job", TestData.job("nachtpicker-beringen"),
                "--format", "json", "--lang", "en");
        JsonNode score = Json.mapper().readTree(json.out()).get("score");
        Run run = Run.of("match", "--candidate", TestData.candidate("amira"), "--job", TestData.job("nachtpicker-beringen"),
                "--lang", "en");

        assertThat(Json.mapper().readTree(json.out()).get("verdict").asText()).isEqualTo("NOT_YET");
        assertThat(run.out()).contains("Verdict: not yet; 2 essential gaps open; " + score.get("points").asInt()
                + " points once they are closed");
        assertThat(score.get("openEssentialGaps").asInt()).isEqualTo(2);
    }

    @Test
    void aPersonKnownOnlyByAnIdGetsAProvisionalVerdictWithWhatToAskFirst() throws Exception {
        Path onlyAnId = Files.writeString(temp.resolve("x.json"), "{ \"id\": \"x\" }");

        Run run = Run.of("match", "--candidate", onlyAnId.toString(), "--job", TestData.job("kassa-genk"), "--lang", "en");
        Run dutch = Run.of("match", "--candidate", onlyAnId.toString(), "--job", TestData.job("kassa-genk"));
        Run json = Run.of("match", "--candidate", onlyAnId.toString(), "--job", TestData.job("kassa-genk"), "--format", "json");

        assertThat(run.out()).containsPattern("Verdict: match with support \\(provisional\\); \\d+ points\n")
                .containsPattern("\n  Ask first: [^\n]*the candidate's availability");
        assertThat(dutch.out()).containsPattern("Oordeel: match met ondersteuning \\(voorlopig\\); \\d+ punten\n")
                .contains("  Eerst navragen: ");
        JsonNode doc = Json.mapper().readTree(json.out());
        assertThat(ResultSchema.problems(doc)).isEmpty();
        assertThat(doc.get("provisional").asBoolean()).isTrue();
        assertThat(doc.get("toAsk")).isNotEmpty();
    }

    @Test
    void setChangesTheResult() {
        Run before = Run.of("match", "--candidate", TestData.candidate("amira"), "--job", TestData.job("kassa-genk"),
                "--format", "json");
        Run after = Run.of("match", "--candidate", TestData.candidate("amira"), "--job", TestData.job("kassa-genk"),
                "--format", "json", "--set", "MO-02.points=40");

        assertThat(after.code()).as(after.toString()).isZero();
        assertThat(after.out()).isNotEqualTo(before.out());
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
