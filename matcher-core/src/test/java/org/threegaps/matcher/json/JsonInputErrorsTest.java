package org.threegaps.matcher.json;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.threegaps.matcher.model.Candidate;
import org.threegaps.matcher.model.Job;

/** A bad document is refused with one line that names the source, line and column, JSON path and what was expected. */
class JsonInputErrorsTest {

    @Test
    void aWrongTypeNamesTheFieldAndTheExpectedType() {
        String text = """
                {
                  "id": "c1",
                  "maxCommuteMinutes": "an hour"
                }""";

        assertThatThrownBy(() -> Json.read("c1.json", text, Candidate.class))
                .isInstanceOfSatisfying(JsonInputException.class, e -> {
                    org.assertj.core.api.Assertions.assertThat(e.file()).isEqualTo("c1.json");
                    org.assertj.core.api.Assertions.assertThat(e.line()).isEqualTo(3);
                    org.assertj.core.api.Assertions.assertThat(e.column()).isPositive();
                    org.assertj.core.api.Assertions.assertThat(e.path()).isEqualTo("$.maxCommuteMinutes");
                    org.assertj.core.api.Assertions.assertThat(e.problem()).isEqualTo("expected a whole number, was \"an hour\"");
                })
                .hasMessageStartingWith("c1.json:3:");
    }

    // Jackson on its own reads all of these as something the document did not say: 45 for 45.7, true for
    // 1, "42" for 42, unknown for ""
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "\"maxCommuteMinutes\": \"45\"    | $.maxCommuteMinutes | expected a whole number, was \"45\"",
            "\"maxCommuteMinutes\": 45.7      | $.maxCommuteMinutes | expected a whole number, was 45.7",
            "\"maxCommuteMinutes\": \"\"      | $.maxCommuteMinutes | expected a whole number, was \"\"",
            "\"maxCommuteMinutes\": true      | $.maxCommuteMinutes | expected a whole number, was a true/false value",
            "\"car\": \"true\"                | $.car               | expected true or false, was \"true\"",
            "\"car\": 1                       | $.car               | expected true or false, was 1",
            "\"name\": 42                     | $.name              | expected text, was 42",
            "\"minHourlyWage\": \"14.5\"      | $.minHourlyWage     | expected a number, was \"14.5\"",
            "\"competences\": [{\"code\": \"cleaning\", \"level\": 2.5}] | $.competences[0].level | expected a whole number, was 2.5"})
    void aValueOfAnotherTypeIsRefusedNotConverted(String field, String path, String problem) {
        String text = "{\"id\": \"c1\", " + field + "}";

        assertThatThrownBy(() -> Json.read("c1.json", text, Candidate.class))
                .isInstanceOfSatisfying(JsonInputException.class, e -> {
                    org.assertj.core.api.Assertions.assertThat(e.path()).isEqualTo(path);
                    org.assertj.core.api.Assertions.assertThat(e.problem()).isEqualTo(problem);
                });
    }

    @Test
    void nullOrATooLargeNumberForAWholeNumberTheJobMustStateIsRefused() {
        assertThatThrownBy(() -> Json.read("j1.json", "{\"id\": \"j1\", \"hoursMin\": null, \"hoursMax\": 38}", Job.class))
                .isInstanceOf(JsonInputException.class)
                .hasMessageEndingWith("$.hoursMin: expected a whole number, was null");
        assertThatThrownBy(() -> Json.read("j1.json", "{\"id\": \"j1\", \"hoursMin\": 0, \"hoursMax\": 3000000000}", Job.class))
                .isInstanceOf(JsonInputException.class)
                .hasMessageEndingWith("$.hoursMax: expected a whole number, was 3000000000");
        org.assertj.core.api.Assertions.assertThat(Json.read("j1.json", "{\"id\": \"j1\", \"hoursMax\": 38}", Job.class).hoursMin())
                .as("left out, it is 0").isZero();
    }

    @Test
    void aWholeNumberWrittenWithADecimalPointIsThatNumber() {
        Candidate candidate = Json.read("c1.json", "{\"id\": \"c1\", \"maxCommuteMinutes\": 45.0}", Candidate.class);

        org.assertj.core.api.Assertions.assertThat(candidate.maxCommuteMinutes()).isEqualTo(45);
    }

    @Test
    void anUnknownEnumValueListsTheAllowedValues() {
        String text = """
                {
                  "id": "c1",
                  "languages": { "nl": "B3" }
                }""";

        assertThatThrownBy(() -> Json.read("c1.json", text, Candidate.class))
                .isInstanceOf(JsonInputException.class)
                .hasMessageMatching("c1\\.json:3:\\d+: \\$\\.languages\\.nl: expected one of "
                        + "\\[NONE, A1, A2, B1, B2, C1, C2\\], was \"B3\"");
    }

    @Test
    void anUnknownEnumValueInAListNamesTheIndex() {
        String text = """
                {"id": "j1", "hoursMin": 0, "hoursMax": 38,
                 "hazards": ["WORK_AT_HEIGHT", "DRAGONS"]}""";

        assertThatThrownBy(() -> Json.read("j1.json", text, Job.class))
                .isInstanceOf(JsonInputException.class)
                .hasMessageContaining("j1.json:2:")
                .hasMessageContaining("$.hazards[1]: expected one of [")
                .hasMessageContaining("was \"DRAGONS\"");
    }

    @Test
    void aMissingRequiredFieldIsNamed() {
        String text = """
                {
                  "name": "Amira"
                }""";

        assertThatThrownBy(() -> Json.read("amira.json", text, Candidate.class))
                .isInstanceOf(JsonInputException.class)
                .hasMessageMatching("amira\\.json:\\d+:\\d+: \\$\\.id: candidate\\.id is required and must not be blank");
    }

    @Test
    void aJobWithoutItsWeeklyHoursIsRefusedRatherThanReadAsZeroHours() {
        String text = """
                {"id": "j1", "hoursMin": 0}""";

        assertThatThrownBy(() -> Json.read("j1.json", text, Job.class))
                .isInstanceOf(JsonInputException.class)
                .hasMessage("j1.json:1:27: $.hoursMax: required field is missing; expected a whole number");
    }

    @Test
    void aMissingFieldOfANestedObjectNamesItsPath() {
        String text = """
                {"id": "j1", "hoursMin": 0, "hoursMax": 38,
                 "tasks": [{"id": "pick", "requirements": [{"code": "forklift", "minLevel": 2}]}]}""";

        assertThatThrownBy(() -> Json.read("j1.json", text, Job.class))
                .isInstanceOf(JsonInputException.class)
                .hasMessageContaining("$.tasks[0].requirements[0].category: requirement forklift.category is required");
    }

    @Test
    void aFieldARecordRequiresWithRequireNonNullIsNamedAsMissing() {
        String text = """
                {"audit": {"ruleSetFingerprint": "sha256:0", "libraryVersion": "0.9.0"}}""";

        assertThatThrownBy(() -> Json.read("kept.json", text, org.threegaps.matcher.audit.AuditedResult.class))
                .isInstanceOf(JsonInputException.class)
                .hasMessageMatching("kept\\.json:1:\\d+: \\$\\.audit\\.inputDigest: required field is missing");
    }

    @Test
    void anOutOfRangeValueNamesTheFieldTheRangeAndTheValue() {
        String text = """
                {
                  "id": "c1",
                  "maxCommuteMinutes": 500
                }""";

        assertThatThrownBy(() -> Json.read("c1.json", text, Candidate.class))
                .isInstanceOf(JsonInputException.class)
                .hasMessageMatching("c1\\.json:\\d+:\\d+: \\$\\.maxCommuteMinutes: candidate\\.maxCommuteMinutes must be between 0 and 240, was 500");
    }

    @Test
    void aRuleSpanningObjectsKeepsThePathOfTheObject() {
        String text = """
                {"id": "j1", "hoursMin": 0, "hoursMax": 38,
                 "redesignOptions": [{"id": "drop", "kind": "REMOVE_TASK", "taskId": "report"}]}""";

        assertThatThrownBy(() -> Json.read("j1.json", text, Job.class))
                .isInstanceOf(JsonInputException.class)
                .hasMessageEndingWith(": $: redesignOption drop.taskId \"report\" is not a task of job j1");
    }

    @Test
    void anUnknownFieldListsTheKnownOnes() {
        String text = """
                {"id": "c1", "age": 52}""";

        assertThatThrownBy(() -> Json.read("c1.json", text, Candidate.class))
                .isInstanceOf(JsonInputException.class)
                .hasMessageContaining("c1.json:1:")
                .hasMessageContaining("$.age: unknown field \"age\"; known fields: availability, car, careDuties");
    }

    @Test
    void brokenJsonGivesTheLineAndColumnOfTheSyntaxError() {
        String text = """
                {
                  "id": "c1",
                  "name": "Amira"
                  "notes": "missing comma above"
                }""";

        assertThatThrownBy(() -> Json.read("c1.json", text, Candidate.class))
                .isInstanceOf(JsonInputException.class)
                .hasMessageStartingWith("c1.json:4:3: $: not valid JSON: ");
    }

    @Test
    void aFileReadErrorNamesTheFile(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path file = dir.resolve("bad.json");
        java.nio.file.Files.writeString(file, "{\"id\": \"j1\", \"hoursMin\": 30, \"hoursMax\": 20}");

        assertThatThrownBy(() -> Json.readJob(file))
                .isInstanceOf(JsonInputException.class)
                .hasMessageContaining(file + ":1:")
                .hasMessageContaining("$.hoursMax: job.hoursMax must be at least hoursMin (30), was 20");
    }
}
