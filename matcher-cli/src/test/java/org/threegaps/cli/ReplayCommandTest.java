package org.threegaps.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threegaps.matcher.audit.AuditedResult;
import org.threegaps.matcher.json.Json;

/** {@code matcher match --keep} keeps a decision; {@code matcher replay} checks it against a rule set. */
class ReplayCommandTest {
    @TempDir
    Path temp;

    /**
     * amira × kassa-genk: not yet (Saturdays on a fixed roster she does not work, CA-14), with a long-commute penalty
     * (MO-02, 15 points) on the organisation gap.
     */
    private Path keep() {
        Path kept = temp.resolve("amira-kassa.json");
        Run run = Run.of("match", "--candidate", TestData.candidate("amira"), "--job", TestData.job("kassa-genk"),
                "--keep", kept.toString(), "--lang", "en");
        assertThat(run.code()).as(run.toString()).isZero();
        return kept;
    }

    @Test
    void keepWritesTheAuditedResultBesideTheNormalOutput() throws Exception {
        Path kept = temp.resolve("kept.json");

        Run run = Run.of("match", "--candidate", TestData.candidate("amira"), "--job", TestData.job("kassa-genk"),
                "--keep", kept.toString(), "--lang", "en");

        assertThat(run.code()).as(run.toString()).isZero();
        assertThat(run.out()).startsWith("amira (Amira) × kassa-genk").contains("MO-02", "Kept for replay: " + kept);
        AuditedResult audited = AuditedResult.fromJson(kept.toString(), Files.readString(kept));
        assertThat(audited.audit().inputDigest()).matches("sha256:[0-9a-f]{64}");
        assertThat(run.out()).contains("Rule set " + audited.audit().ruleSetFingerprint());
        assertThat(audited.audit().libraryVersion()).isNotBlank().isNotEqualTo("unknown");
        assertThat(audited.candidate().id()).isEqualTo("amira");
        assertThat(audited.job().id()).isEqualTo("kassa-genk");
        assertThat(audited.outcome().findings()).anyMatch(f -> f.ruleId().equals("MO-02"));
    }

    @Test
    void keepLeavesTheJsonOutputPureJson() throws Exception {
        Path kept = temp.resolve("kept.json");

        Run run = Run.of("match", "--candidate", TestData.candidate("amira"), "--job", TestData.job("kassa-genk"),
                "--keep", kept.toString(), "--format", "json");

        JsonNode result = Json.mapper().readTree(run.out());
        assertThat(run.code()).as(run.toString()).isZero();
        assertThat(org.threegaps.matcher.testkit.ResultSchema.problems(result)).isEmpty();
        assertThat(result.get("candidateId").asText()).isEqualTo("amira");
        assertThat(kept).isRegularFile();
    }

    @Test
    void keepIntoAFolderThatDoesNotExistIsNamed() {
        Path kept = temp.resolve("no-such-folder").resolve("kept.json");

        Run run = Run.of("match", "--candidate", TestData.candidate("amira"), "--job", TestData.job("kassa-genk"),
                "--keep", kept.toString(), "--lang", "en");

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains("Cannot keep the result in " + kept, "no-such-folder does not exist");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void replayWithTheSameRulesIsTheSameAndExitsZero() {
        Path kept = keep();

        Run run = Run.of("replay", kept.toString(), "--lang", "en");

        assertThat(run.code()).as(run.toString()).isZero();
        assertThat(run.out()).startsWith("Replay of " + kept + ": amira (Amira) × kassa-genk")
                .contains("(the bundled rule set)")
                .contains("Same result: not yet; 1 essential gap open; 92 points once it is closed.")
                .doesNotContain("not the one", "Different");
    }

    @Test
    void replaySaysSameInDutchByDefault() {
        Path kept = keep();

        Run run = Run.of("replay", kept.toString());

        assertThat(run.code()).as(run.toString()).isZero();
        assertThat(run.out()).startsWith("Herberekening van ").contains("Zelfde resultaat: nog niet; 1 essentiële drempel open; 92 punten zodra die weg is.");
    }

    @Test
    void replayAfterAPolicyChangeReportsWhatChangedAndExitsOne() {
        // GIVEN a decision kept under the bundled rules, and a copy of those rules where MO-02 weighs 40 instead of 15
        Path kept = keep();
        RuleFolder rules = RuleFolder.copyOfDefaults(temp);
        rules.replace("policy.properties", "MO-02.points = 15", "MO-02.points = 40");
        // WHEN the decision is replayed with the changed rules
        Run run = Run.of("replay", kept.toString(), "--rules", rules.arg(), "--lang", "en");
        // THEN it names the other rule set and every change; points alone never change the verdict
        assertThat(run.code()).as(run.toString()).isEqualTo(1);
        assertThat(run.out())
                .contains("(" + rules.arg() + ")")
                .contains("The rule set is not the one the decision was made with.")
                .contains("Different result (kept → now):")
                .contains("points: 92 → 82")
                .doesNotContain("verdict:")
                .contains("organisation gap: 85 (−15, 1 blocker) → 60 (−40, 1 blocker)")
                .containsPattern("~ − MO-02 +-15 → -40  Commute 62 min by public transport, maximum 45\\.")
                .doesNotContain("skill gap:", "search gap:");
    }

    @Test
    void replayAfterAPolicyChangeExplainsInDutch() {
        Path kept = keep();
        RuleFolder rules = RuleFolder.copyOfDefaults(temp);
        rules.replace("policy.properties", "MO-02.points = 15", "MO-02.points = 40");

        Run run = Run.of("replay", kept.toString(), "--rules", rules.arg());

        assertThat(run.code()).as(run.toString()).isEqualTo(1);
        assertThat(run.out()).contains("De regelset is niet die waarmee de beslissing genomen werd.",
                "Ander resultaat (bewaard → nu):", "punten: 92 → 82", "organisatiekloof: 85 (−15, 1 blokkade) → 60 (−40, 1 blokkade)",
                "bevindingen (− weg, + nieuw, ~ gewijzigd):");
    }

    @Test
    void aRuleChangeThatDoesNotTouchTheDecisionIsTheSameResultUnderAnotherRuleSet() {
        // MO-03 (short commute bonus) does not fire for amira × kassa-genk
        Path kept = keep();
        RuleFolder rules = RuleFolder.copyOfDefaults(temp);
        rules.replace("policy.properties", "MO-03.points = 5", "MO-03.points = 10");

        Run run = Run.of("replay", kept.toString(), "--rules", rules.arg(), "--lang", "en");

        assertThat(run.code()).as(run.toString()).isZero();
        assertThat(run.out()).contains("The rule set is not the one the decision was made with.",
                "Same result: not yet; 1 essential gap open; 92 points once it is closed.");
    }

    @Test
    void aDecisionKeptWithSetReplaysAsTheSameWithTheSameSet() {
        Path kept = temp.resolve("kept.json");
        Run match = Run.of("match", "--candidate", TestData.candidate("amira"), "--job", TestData.job("kassa-genk"),
                "--keep", kept.toString(), "--set", "MO-02.points=40");
        assertThat(match.code()).as(match.toString()).isZero();

        Run same = Run.of("replay", kept.toString(), "--set", "MO-02.points=40", "--lang", "en");
        Run bundled = Run.of("replay", kept.toString(), "--lang", "en");

        assertThat(same.code()).as(same.toString()).isZero();
        assertThat(bundled.code()).as(bundled.toString()).isEqualTo(1);
        assertThat(bundled.out()).containsPattern("~ − MO-02 +-40 → -15 ");
    }

    @Test
    void replayWithSetShowsFindingsThatAppearAndDisappear() {
        Path kept = keep();

        Run run = Run.of("replay", kept.toString(), "--set", "commute.default.maxMinutes=75", "--set", "commute.unreachable.factor=1",
                "--lang", "en");

        // amira gave her own maximum of 45 min, so only the factor matters: 62 min is now out of reach
        assertThat(run.code()).as(run.toString()).isEqualTo(1);
        assertThat(run.out()).contains("(the bundled rule set with commute.default.maxMinutes=75, commute.unreachable.factor=1)")
                .containsPattern("\\n    − − MO-02 +-15  Commute 62 min")
                .containsPattern("\\n    \\+ ✗ MO-01 +The workplace is out of reach: 62 min");
    }

    @Test
    void replayOfAKeptFileWhoseInputsWereEditedSaysSoAndExitsOne() throws Exception {
        Path kept = keep();
        Files.writeString(kept, Files.readString(kept).replace("\"name\" : \"Amira\"", "\"name\" : \"Someone else\""));

        Run run = Run.of("replay", kept.toString(), "--lang", "en");

        assertThat(run.code()).as(run.toString()).isEqualTo(1);
        assertThat(run.out()).contains("The candidate or job in " + kept + " was changed after the decision");
    }

    @Test
    void aCorruptedKeptFileExitsTwoNamingTheFileAndWhatWasExpected() throws Exception {
        Path kept = keep();
        String text = Files.readString(kept);
        Files.writeString(kept, text.substring(0, text.length() / 2));

        Run run = Run.of("replay", kept.toString(), "--lang", "en");

        assertThat(run.code()).as(run.toString()).isEqualTo(2);
        assertThat(run.err()).containsPattern(java.util.regex.Pattern.quote(kept.toString()) + ":\\d+:\\d+: ")
                .contains(kept + " is not a kept result: expected the JSON that \"matcher match --keep\" writes");
        assertThat(run.all()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void aBinaryFileIsNotAKeptFile() throws Exception {
        Path kept = temp.resolve("photo.json");
        Files.write(kept, new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0});

        Run run = Run.of("replay", kept.toString(), "--lang", "en");

        assertThat(run.code()).as(run.toString()).isEqualTo(2);
        assertThat(run.err()).contains(kept + " is not UTF-8 text.", kept + " is not a kept result");
    }

    @Test
    void aKeptFileWithoutItsOutcomeNamesTheMissingField() throws Exception {
        Path kept = keep();
        JsonNode tree = Json.mapper().readTree(Files.readString(kept));
        ((com.fasterxml.jackson.databind.node.ObjectNode) tree).remove("outcome");
        Files.writeString(kept, Json.mapper().writeValueAsString(tree));

        Run run = Run.of("replay", kept.toString(), "--lang", "en");

        assertThat(run.code()).as(run.toString()).isEqualTo(2);
        assertThat(run.err()).contains(kept.toString()).contains("$.outcome: required field is missing");
    }

    @Test
    void aCandidateFileIsNotAKeptFile() {
        Run run = Run.of("replay", TestData.candidate("amira"), "--lang", "en");

        assertThat(run.code()).as(run.toString()).isEqualTo(2);
        assertThat(run.err()).contains("amira.json").contains("is not a kept result");
    }

    @Test
    void aMissingKeptFileExitsTwo() {
        Run run = Run.of("replay", temp.resolve("nothing.json").toString(), "--lang", "en");

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("nothing.json does not exist");
    }

    @Test
    void aRulesFolderThatDoesNotExistExitsTwo() {
        Path kept = keep();

        Run run = Run.of("replay", kept.toString(), "--rules", temp.resolve("no-rules").toString(), "--lang", "en");

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("no-rules does not exist");
    }

    @Test
    void replayWithoutAFileIsAUsageError() {
        Run run = Run.of("replay");

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("<kept.json>");
    }
}
