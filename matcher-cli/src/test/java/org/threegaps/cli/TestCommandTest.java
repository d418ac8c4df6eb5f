package org.threegaps.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestCommandTest {
    @TempDir
    Path temp;

    @Test
    void passingScenariosReportEachAndASummary() {
        Run run = Run.of("test", TestData.path("scenarios/passing"), "--lang", "en");

        assertThat(run.code()).as(run.toString()).isZero();
        assertThat(run.out()).contains("PASS  ").contains("nienke-industrial-zone.yaml").contains("amira-cashier.yaml")
                .endsWith("2 passed, 0 failed\n");
    }

    @Test
    void aBrokenExpectationShowsExpectedActualAndTheFindings() {
        Run run = Run.of("test", TestData.path("scenarios/failing/impossible-score.yaml"), "--lang", "en");

        assertThat(run.code()).as(run.toString()).isEqualTo(1);
        assertThat(run.out()).contains("FAIL  ").contains("impossible-score.yaml")
                .contains("- score SKILL: expected 101..101, was ")
                .containsPattern("result: [a-z ]+; (\\d+ essential gaps? open; )?\\d+ points[a-z ]* \\(skill \\d+, search \\d+, organisation \\d+\\)")
                .contains("findings:")
                .endsWith("0 passed, 1 failed\n");
    }

    @Test
    void anUnreadableScenarioNamesTheUnknownField() {
        Run run = Run.of("test", TestData.path("scenarios/failing/unreadable.yaml"), "--lang", "en");

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out()).containsPattern("unreadable.yaml:\\d+:\\d+: \\$.expect.verdictIs: unknown field \"verdictIs\"");
        assertThat(run.all()).doesNotContain("Exception");
    }

    @Test
    void summaryIsInDutchByDefault() {
        Run run = Run.of("test", TestData.path("scenarios"));

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out()).endsWith("2 geslaagd, 2 mislukt\n");
    }

    @Test
    void aFolderWithoutScenariosFails() {
        Run run = Run.of("test", temp.toString(), "--lang", "en");

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains("No scenario files");
    }

    @Test
    void scenariosRunOnAnotherRulesFolderAndItsErrorsAreLocated() throws Exception {
        RuleFolder rules = RuleFolder.copyOfDefaults(Files.createDirectory(temp.resolve("rules")));
        rules.replace("mobility.drl", "then", "");

        Run run = Run.of("test", TestData.path("scenarios/passing"), "--rules", rules.arg(), "--lang", "en");

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).containsPattern("mobility\\.drl:\\d+(:\\d+)?: error: ").contains("is refused");
        assertThat(run.all()).doesNotContain("Exception");
    }
}
