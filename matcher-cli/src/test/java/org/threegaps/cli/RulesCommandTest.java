package org.threegaps.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.threegaps.matcher.json.Json;

class RulesCommandTest {
    @Test
    void tableListsEveryRuleWithGapKindPointsParametersAndSource() {
        Run run = Run.of("rules", "--lang", "en");

        assertThat(run.code()).as(run.toString()).isZero();
        assertThat(run.out())
                .containsPattern("MO-02\\s+ORGANISATION\\s+mobility\\s+PENALTY\\s+-15\\s+commute longer than the candidate's limit")
                .contains("mobility.drl:")
                .contains("parameters: commute.unreachable.factor=1.5")
                .contains("levers: TRANSPORT_ARRANGEMENT")
                .contains("source: 004:L1390");
    }

    @Test
    void tableEndsWithTheParametersTheMatcherReadsItself() {
        Run run = Run.of("rules", "--set", "commute.default.maxMinutes=75", "--lang", "en");

        assertThat(run.code()).as(run.toString()).isZero();
        assertThat(run.out()).contains("Parameters the matcher reads itself").contains("    commute.default.maxMinutes=75");
    }

    @Test
    void setChangesTheShownParameterValue() {
        Run run = Run.of("rules", "--area", "mobility", "--set", "commute.unreachable.factor=2", "--lang", "en");

        assertThat(run.code()).as(run.toString()).isZero();
        assertThat(run.out()).contains("commute.unreachable.factor=2").doesNotContain("CA-01");
        // the heading counts the area's rules against the whole set, so 9 does not read as the set's size
        assertThat(run.out().lines().findFirst().orElseThrow()).containsPattern(": \\d+ of \\d+ rules \\(area mobility\\), fingerprint ");
    }

    @Test
    void markdownIsACataloguePagePerArea() {
        Run run = Run.of("rules", "--format", "md", "--lang", "nl");

        assertThat(run.code()).as(run.toString()).isZero();
        assertThat(run.out()).startsWith("# Regelcatalogus")
                .contains("## mobility (`mobility.drl`)")
                .containsPattern("\\| MO-02 \\| commute longer than the candidate's limit \\| ORGANISATION \\| PENALTY \\| -15 \\|");
    }

    @Test
    void jsonHasTheMetadataAndBothTexts() throws Exception {
        Run run = Run.of("rules", "--format", "json");

        JsonNode rules = Json.mapper().readTree(run.out());
        JsonNode mo02 = null;
        for (JsonNode rule : rules) {
            if (rule.get("id").asText().equals("MO-02")) {
                mo02 = rule;
            }
        }
        assertThat(rules.size()).isGreaterThan(1);
        assertThat(mo02).isNotNull();
        assertThat(mo02.get("points").asInt()).isEqualTo(15);
        assertThat(mo02.get("parameters").get("commute.unreachable.factor").asText()).isEqualTo("1.5");
        assertThat(mo02.get("text").get("en").asText()).startsWith("Commute {0} min");
        assertThat(mo02.get("text").get("nl").asText()).isNotBlank();
    }

    @Test
    void unknownParameterIsRefusedWithTheNearestKnownOne() {
        Run run = Run.of("rules", "--set", "commute.default.maxMinute=75", "--lang", "en");

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains("Unknown parameter \"commute.default.maxMinute\"")
                .contains("Did you mean \"commute.default.maxMinutes\"?");
        assertThat(run.all()).doesNotContain("Exception");
    }

    @Test
    void parameterValueOfTheWrongTypeIsRefused() {
        Run run = Run.of("rules", "--set", "commute.default.maxMinutes=long", "--lang", "en");

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains("Parameter commute.default.maxMinutes must be a number, was \"long\" (now 45)");
    }
}
