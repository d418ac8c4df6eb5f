package org.threegaps.matcher.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threegaps.matcher.model.Candidate;

/**
 * The JSON boundary refuses what it cannot read as one clear document (empty, null, a field given twice) and
 * what passes its documented limits, each with its place; and the mapper it hands out is a copy.
 */
class JsonLimitsTest {

    @Test
    void anEmptyDocumentIsRefusedWithItsPlace() {
        assertThatThrownBy(() -> Json.read("c.json", "", Candidate.class))
                .isInstanceOf(JsonInputException.class)
                .hasMessage("c.json:1:1: $: expected an object, was an empty document");
        assertThatThrownBy(() -> Json.read("c.json", "\n   \n", Candidate.class))
                .isInstanceOf(JsonInputException.class)
                .hasMessageStartingWith("c.json:3:")
                .hasMessageEndingWith(": $: expected an object, was an empty document");
    }

    @Test
    void theLiteralNullIsRefusedWithItsPlace() {
        assertThatThrownBy(() -> Json.read("c.json", "\n  null", Candidate.class))
                .isInstanceOf(JsonInputException.class)
                .hasMessage("c.json:2:3: $: expected an object, was null");
    }

    @Test
    void aFileHoldingNullIsRefusedToo(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("c.json"), "null");

        assertThatThrownBy(() -> Json.readCandidate(file))
                .isInstanceOf(JsonInputException.class)
                .hasMessage(file + ":1:1: $: expected an object, was null");
        assertThatThrownBy(() -> Json.readCandidates(file))
                .isInstanceOf(JsonInputException.class)
                .hasMessage(file + ":1:1: $: expected an array, was null");
    }

    @Test
    void aSecondDocumentAfterTheFirstIsRefused() {
        assertThatThrownBy(() -> Json.read("c.json", "{\"id\": \"c1\"} {\"id\": \"c2\"}", Candidate.class))
                .isInstanceOf(JsonInputException.class)
                .hasMessageStartingWith("c.json:1:14: $: ")
                .hasMessageContaining("Trailing token");
    }

    @Test
    void aJavaNullIsRefusedAsAnArgumentNotReadAsADocument() {
        assertThatThrownBy(() -> Json.read("c.json", null, Candidate.class))
                .isInstanceOf(NullPointerException.class).hasMessage("text");
        assertThatThrownBy(() -> Json.read(null, "{}", Candidate.class))
                .isInstanceOf(NullPointerException.class).hasMessage("source");
        assertThatThrownBy(() -> Json.read("c.json", "{}", null))
                .isInstanceOf(NullPointerException.class).hasMessage("type");
        assertThatThrownBy(() -> Json.readCandidate(null))
                .isInstanceOf(NullPointerException.class).hasMessage("file");
        assertThatThrownBy(() -> Json.write(null))
                .isInstanceOf(NullPointerException.class).hasMessage("value");
        assertThatThrownBy(() -> Json.writeLine(null))
                .isInstanceOf(NullPointerException.class).hasMessage("value");
    }

    @Test
    void aFieldGivenTwiceIsRefusedWithTheFieldAndItsPlace() {
        String text = """
                {
                  "id": "c1",
                  "nightWork": true,
                  "nightWork": false
                }""";

        assertThatThrownBy(() -> Json.read("c1.json", text, Candidate.class))
                .isInstanceOfSatisfying(JsonInputException.class, e -> {
                    assertThat(e.line()).isEqualTo(4);
                    assertThat(e.column()).isPositive();
                    assertThat(e.path()).isEqualTo("$.nightWork");
                    assertThat(e.problem()).isEqualTo("field \"nightWork\" appears twice in one object; give it once");
                })
                .hasMessageStartingWith("c1.json:4:");
    }

    @Test
    void aFieldGivenTwiceDeeperDownIsNamedWithItsPath() {
        String text = "{\"id\": \"c1\", \"competences\": [{\"code\": \"a\", \"level\": 1},"
                + " {\"code\": \"b\", \"level\": 1, \"level\": 2}]}";

        assertThatThrownBy(() -> Json.read("c1.json", text, Candidate.class))
                .isInstanceOf(JsonInputException.class)
                .hasMessageEndingWith(": $.competences[1].level: field \"level\" appears twice in one object; give it once");
    }

    @Test
    void aTextAtTheLimitIsReadAndOneLongerIsRefused() {
        String atLimit = "x".repeat(Json.MAX_STRING_LENGTH);
        assertThat(Json.read("c1.json", "{\"id\": \"c1\", \"notes\": \"" + atLimit + "\"}", Candidate.class).notes())
                .hasSize(50_000);

        String over = "x".repeat(Json.MAX_STRING_LENGTH + 1);
        assertThatThrownBy(() -> Json.read("c1.json", "{\"id\": \"c1\",\n \"notes\": \"" + over + "\"}", Candidate.class))
                .isInstanceOfSatisfying(JsonInputException.class, e -> {
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.path()).isEqualTo("$.notes");
                    assertThat(e.problem()).isEqualTo(
                            "a text value is longer than the limit of 50,000 characters (docs/json.md, Limits)");
                });
    }

    @Test
    void aDocumentWithTooManyElementsIsRefused() {
        // 200,000 job goals, one token each, and 7 tokens around them, in a document far below the length limit
        String goals = "\"g\",".repeat(199_999) + "\"g\"";

        assertThatThrownBy(() -> Json.read("c1.json", "{\"id\": \"c1\", \"jobGoals\": [" + goals + "]}", Candidate.class))
                .isInstanceOfSatisfying(JsonInputException.class, e -> {
                    assertThat(e.line()).isEqualTo(1);
                    assertThat(e.column()).isPositive();
                    assertThat(e.path()).startsWith("$.jobGoals[");
                    assertThat(e.problem()).isEqualTo("the document has more than 200,000 tokens (field names, values and"
                            + " brackets), the limit (docs/json.md, Limits)");
                });
    }

    @Test
    void aDocumentLongerThanTheLimitIsRefused() {
        String padding = " ".repeat((int) Json.MAX_DOCUMENT_LENGTH);

        assertThatThrownBy(() -> Json.read("c1.json", "{\"id\": \"c1\"" + padding + "}", Candidate.class))
                .isInstanceOfSatisfying(JsonInputException.class, e -> assertThat(e.problem()).isEqualTo(
                        "the document is longer than the limit of 4,000,000 bytes (docs/json.md, Limits)"));
    }

    @Test
    void nestingDeeperThanTheLimitIsRefused() {
        // no model type nests more than a few levels, so reading one stops at the first array where text
        // belongs; the limit holds for the tree a mapper copy reads, and is named in the same words
        String deep = "[".repeat(Json.MAX_NESTING_DEPTH + 1) + "]".repeat(Json.MAX_NESTING_DEPTH + 1);
        String fits = "[".repeat(Json.MAX_NESTING_DEPTH) + "]".repeat(Json.MAX_NESTING_DEPTH);

        assertThatThrownBy(() -> Json.read("c1.json", "{\"id\": \"c1\", \"jobGoals\": " + deep + "}", Candidate.class))
                .isInstanceOf(JsonInputException.class);
        assertThatCode(() -> Json.mapper().readTree(fits)).doesNotThrowAnyException();
        assertThatThrownBy(() -> Json.mapper().readTree(deep))
                .isInstanceOfSatisfying(IOException.class, e -> assertThat(Json.located("deep.json", e).problem())
                        .isEqualTo("objects and arrays nest deeper than the limit of 64 levels (docs/json.md, Limits)"));
    }

    @Test
    void aFileOfManyCandidatesMayPassTheLimitsOfOneDocument(@TempDir Path dir) throws IOException {
        // 4,000 candidates with 50 job goals each: 57 tokens a candidate, 228,002 in all, more than one document
        // may hold
        String goals = String.join(", ", java.util.Collections.nCopies(50, "\"cleaning\""));
        StringBuilder array = new StringBuilder("[");
        for (int i = 0; i < 4_000; i++) {
            array.append(i == 0 ? "" : ",\n").append("{\"id\": \"c").append(i).append("\", \"jobGoals\": [").append(goals).append("]}");
        }
        Path file = Files.writeString(dir.resolve("candidates.json"), array.append(']'));

        assertThat(Json.readCandidates(file)).hasSize(4_000);
        assertThatThrownBy(() -> Json.read("candidates.json", Files.readString(file), Candidate[].class))
                .isInstanceOf(JsonInputException.class)
                .hasMessageContaining("tokens");
    }

    @Test
    void theMapperHandedOutIsACopyThatCannotLoosenReading() {
        ObjectMapper copy = Json.mapper();
        copy.configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

        assertThat(Json.mapper()).isNotSameAs(copy).isNotSameAs(Json.mapper());
        assertThatThrownBy(() -> Json.read("c1.json", "{\"id\": \"c1\", \"age\": 50}", Candidate.class))
                .isInstanceOf(JsonInputException.class)
                .hasMessageContaining("$.age: unknown field \"age\"");
        assertThatThrownBy(() -> Json.read("c1.json", "{\"age\": 50}", Candidate.class))
                .isInstanceOf(JsonInputException.class);
    }

    @Test
    void theCopyKeepsTheStrictSettings() throws IOException {
        ObjectMapper copy = Json.mapper();

        assertThatThrownBy(() -> copy.readValue("{\"id\": \"c1\", \"age\": 50}", Candidate.class))
                .isInstanceOf(com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException.class);
        assertThatThrownBy(() -> copy.readTree("{\"a\": 1, \"a\": 2}"))
                .isInstanceOf(com.fasterxml.jackson.core.JsonParseException.class);
        assertThat(copy.readTree("{\"a\": [1, 2]}").get("a")).hasSize(2);
        assertThat(List.of(copy.getFactory().streamReadConstraints().getMaxStringLength()))
                .containsExactly(Json.MAX_STRING_LENGTH);
    }
}
