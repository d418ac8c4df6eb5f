package org.threegaps.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README stays true: its Java snippet is the compiled one, and CI runs its test command. */
class ReadmeTest {
    private static final Path ROOT = Path.of("..");

    private static List<String> javaBlock(String markdown) {
        int start = markdown.indexOf("```java\n");
        int end = markdown.indexOf("```", start + 8);
        assertThat(start).as("README has a ```java block").isNotNegative();
        return markdown.substring(start + 8, end).lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    @Test
    void theEmbeddingSnippetIsCopiedLineByLineFromEmbeddingExample() throws IOException {
        List<String> snippet = javaBlock(Files.readString(ROOT.resolve("README.md")));
        List<String> source = Files.readString(Path.of("src/main/java/org/threegaps/examples/EmbeddingExample.java"))
                .lines().map(String::strip).filter(l -> !l.isEmpty()).toList();

        assertThat(snippet).isNotEmpty();
        assertThat(source).containsSubsequence(snippet);
        assertThat(String.join("\n", source)).contains(String.join("\n", snippet));
    }

    @Test
    void ciRunsTheTestCommandTheReadmeGives() throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"));
        String ci = Files.readString(ROOT.resolve(".ci/run"));

        assertThat(readme).contains("| Run all tests | `mvn -B verify` |");
        assertThat(ci.lines().map(String::strip)).contains("mvn -B verify");
    }

    @Test
    void theReadmeRunsTheExampleThatThePomConfigures() throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"));
        String pom = Files.readString(Path.of("pom.xml"));

        assertThat(readme).contains("`mvn -q -B -pl examples -am compile exec:java`");
        assertThat(pom).contains("<mainClass>" + RankJobsExample.class.getName() + "</mainClass>");
    }
}
