package org.threegaps.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threegaps.matcher.json.Json;
import org.threegaps.matcher.testkit.ResultSchema;

class ImpactCommandTest {
    @TempDir
    Path temp;

    @Test
    void parameterChangeReportsVerdictsShiftsFiringsAndPairs() {
        Run run = Run.of("impact", "--population", TestData.population(), "--set", "commute.default.maxMinutes=75",
                "--lang", "en");

        assertThat(run.code()).as(run.toString()).isZero();
        assertThat(run.out()).startsWith("Impact of commute.default.maxMinutes=75 on 6 candidates × 6 jobs = 36 pairs")
                .contains("after:  the bundled rule set with commute.default.maxMinutes=75, sha256:")
                .containsPattern("commute\\.default\\.maxMinutes\\s+45\\s+→\\s+75")
                .containsPattern("Changed: \\d+ of 36 pairs; the verdict changed for \\d+\\.")
                .contains("Verdicts", "Score shifts", "organisation gap");
    }

    @Test
    void editedRulesFolderNamesTheChangedFiles() throws Exception {
        RuleFolder after = RuleFolder.copyOfDefaults(Files.createDirectory(temp.resolve("after")));
        after.replace("policy.properties", "MO-02.points = 15", "MO-02.points = 30");
        after.replace("mobility.drl", "$p : Pair( commute.outOfReach, ", "$p : Pair( commute.outOfReach, commute.bestMinutes > commute.limitMinutes * 3, ");

        Run run = Run.of("impact", "--after", after.arg(), "--candidates", TestData.candidates(), "--jobs", TestData.jobs(),
                "--lang", "en");

        assertThat(run.code()).as(run.toString()).isZero();
        assertThat(run.out()).containsPattern("MO-02\\.points\\s+15\\s+→\\s+30")
                .contains("Changed files: mobility.drl")
                .contains("The ").contains("most changed pairs");
    }

    @Test
    void unchangedRulesChangeNothing() throws Exception {
        RuleFolder same = RuleFolder.copyOfDefaults(Files.createDirectory(temp.resolve("same")));

        Run run = Run.of("impact", "--after", same.arg(), "--population", TestData.population(), "--lang", "en");

        assertThat(run.code()).as(run.toString()).isZero();
        assertThat(run.out()).contains("Changed: 0 of 36 pairs; the verdict changed for 0.").doesNotContain("Verdicts");
    }

    @Test
    void jsonHasTheCountsAndTheMostChangedPairs() throws Exception {
        // a commute beyond the person's maximum is out of reach, not a penalty: MO-02 gives way to the blocker MO-01
        Run run = Run.of("impact", "--population", TestData.population(), "--set", "commute.unreachable.factor=1",
                "--format", "json", "--top", "2");

        JsonNode report = Json.mapper().readTree(run.out());
        assertThat(run.code()).as(run.toString()).isZero();
        assertThat(report.get("pairs").asInt()).isEqualTo(36);
        assertThat(report.get("changedParameters").get(0).get("key").asText()).isEqualTo("commute.unreachable.factor");
        assertThat(report.get("changedParameters").get(0).get("after").asText()).isEqualTo("1");
        JsonNode match = report.get("verdicts").get("MATCH");
        assertThat(report.get("verdictChanges").asInt()).isEqualTo(match.get("before").asInt() - match.get("after").asInt())
                .isPositive();
        assertThat(report.get("mostChanged")).hasSize(2);
        for (JsonNode pair : report.get("mostChanged")) {
            assertThat(ResultSchema.problems(pair.get("before"))).isEmpty();
            assertThat(ResultSchema.problems(pair.get("after"))).isEmpty();
        }
        JsonNode first = report.get("mostChanged").get(0);
        assertThat(first.get("before").get("verdict").asText()).isEqualTo("MATCH");
        assertThat(first.get("after").get("score").get("openEssentialGaps").asInt()).isEqualTo(1);
    }

    @Test
    void unknownParameterIsRefused() {
        Run run = Run.of("impact", "--population", TestData.population(), "--set", "commute.maxMinutes=75", "--lang", "en");

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains("Unknown parameter \"commute.maxMinutes\"");
        assertThat(run.all()).doesNotContain("Exception");
    }

    @Test
    void brokenAfterRulesAreLocated() throws Exception {
        RuleFolder after = RuleFolder.copyOfDefaults(Files.createDirectory(temp.resolve("after")));
        after.replace("mobility.drl", "commute.known,", "commute.knwon,");

        Run run = Run.of("impact", "--after", after.arg(), "--population", TestData.population(), "--lang", "en");

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).containsPattern("mobility\\.drl:\\d+(:\\d+)?: error: .*knwon");
        assertThat(run.all()).doesNotContain("Exception");
    }

    @Test
    void nothingToCompareIsAUsageError() {
        Run run = Run.of("impact", "--population", TestData.population());

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("nothing to compare");
    }
}
