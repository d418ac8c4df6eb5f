package org.threegaps.matcher.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threegaps.matcher.json.JsonInputException;

/** The command line, where no Spark session is needed. */
class SparkMainTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void generateWritesTheSamePopulationForTheSameSeed() throws Exception {
        assertThat(run("generate", "--candidates", "30", "--jobs", "20", "--seed", "9", "--out", dir.resolve("a").toString())).isZero();
        assertThat(run("generate", "--candidates", "30", "--jobs", "20", "--seed", "9", "--out", dir.resolve("b").toString())).isZero();

        assertThat(Files.readAllLines(dir.resolve("a/candidates.jsonl"))).hasSize(30)
                .isEqualTo(Files.readAllLines(dir.resolve("b/candidates.jsonl")));
        assertThat(Files.readAllLines(dir.resolve("a/jobs.jsonl"))).hasSize(20);
        assertThat(out.toString()).contains("wrote 30 candidates and 20 jobs");
    }

    @Test
    void aListOfNoneIsRefusedBeforeSparkStarts() {
        assertThat(run("match", "--candidates", "c.jsonl", "--jobs", "j.jsonl", "--out", "o", "--top", "0")).isEqualTo(2);
        assertThat(err.toString()).contains("--top must be at least 1, was 0");
    }

    @Test
    void anUnknownVerdictNamesTheChoices() {
        assertThat(run("match", "--candidates", "c.jsonl", "--jobs", "j.jsonl", "--out", "o", "--at-least", "GOOD")).isEqualTo(2);
        assertThat(err.toString()).contains("GOOD").contains("MATCH, MATCH_WITH_SUPPORT, AFTER_REDESIGN, NOT_YET");
    }

    @Test
    void aFailureInsideATaskIsShownAsItsLocatedError() {
        JsonInputException located = new JsonInputException("candidates.jsonl line 4", 1, 34, "$.maxCommuteMinutes",
                "expected a whole number", null);
        RuntimeException wrapped = new RuntimeException("Job aborted due to stage failure",
                new RuntimeException("Task 1 in stage 6.0 failed", located));

        assertThat(SparkMain.message(wrapped)).isEqualTo(located.getMessage()).startsWith("candidates.jsonl line 4");
    }

    private int run(String... args) {
        return SparkMain.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

}
