package org.threegaps.matcher.testkit.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threegaps.matcher.json.Json;
import org.threegaps.matcher.json.JsonInputException;
import org.threegaps.matcher.model.Candidate;
import org.threegaps.matcher.model.Job;

/**
 * 12,000 broken candidate and job documents: each is either still a valid document or ends in a located
 * {@link JsonInputException} (file, JSON path or line and column, what was expected); none ends in any
 * other exception.
 */
class InvalidJsonFuzzTest {
    private static final int CASES = 12_000;

    @Test
    void everyBrokenDocumentEndsInALocatedErrorOrIsStillValid() {
        Random random = new Random(31_337);
        Map<JsonMutations.Kind, Integer> rejected = new EnumMap<>(JsonMutations.Kind.class);
        List<String> escaped = new ArrayList<>();
        for (int i = 0; i < CASES; i++) {
            boolean candidate = i % 2 == 0;
            Object valid = candidate ? RandomModels.candidate(random, "c-" + i) : RandomModels.job(random, "j-" + i);
            JsonMutations.Mutant mutant = JsonMutations.mutate(random, valid);
            String source = "case-" + i + ".json";
            try {
                Class<?> type = candidate ? Candidate.class : Job.class;
                Json.read(source, mutant.text(), type);
            } catch (JsonInputException e) {
                rejected.merge(mutant.kind(), 1, Integer::sum);
                if (!e.file().equals(source) || e.path().isBlank() || e.problem() == null || e.problem().isBlank()) {
                    escaped.add(mutant.kind() + " at " + mutant.where() + ": unlocated " + e.getMessage());
                }
            } catch (RuntimeException | StackOverflowError e) {
                escaped.add(mutant.kind() + " at " + mutant.where() + ": " + e);
            }
        }
        assertThat(escaped).as("mutants that escaped without a located error").isEmpty();
        // every kind of damage was caught at least sometimes, so the mutator does break documents
        assertThat(rejected.keySet()).containsAll(List.of(JsonMutations.Kind.values()));
        assertThat(rejected.values().stream().mapToInt(Integer::intValue).sum()).isGreaterThan(CASES / 2);
    }

    @Test
    void aLatin1FileEndsInALocatedErrorAndAUtf16FileIsDecodedCorrectly(@TempDir Path dir) throws IOException {
        Random random = new Random(5);
        String name = "Zoë Çelik-Hämäläinen";
        for (int i = 0; i < 20; i++) {
            Candidate valid = RandomModels.candidate(random, "c-" + i).toBuilder().name(name).build();
            Path latin1 = dir.resolve("latin1-" + i + ".json");
            Files.write(latin1, Json.write(valid).getBytes(StandardCharsets.ISO_8859_1));
            Path utf16 = dir.resolve("utf16-" + i + ".json");
            Files.write(utf16, Json.write(valid).getBytes(StandardCharsets.UTF_16LE));

            assertThatThrownBy(() -> Json.readCandidate(latin1)).isInstanceOfSatisfying(JsonInputException.class, e -> {
                assertThat(e.file()).isEqualTo(latin1.toString());
                assertThat(e.path()).isEqualTo("$.name");
            });
            // JSON may come in UTF-16 (RFC 8259 §8.1 readers detect it): decoded, never garbled
            assertThat(Json.readCandidate(utf16).name()).isEqualTo(name);
        }
    }
}
