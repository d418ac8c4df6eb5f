package org.threegaps.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MatcherCommandTest {
    @Test
    void helpListsEveryCommand() {
        Run run = Run.of("--help");

        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("verify", "test", "match", "replay", "rank", "rules", "impact", "Exit codes:");
    }

    @Test
    void versionNamesTheLibraryVersion() {
        Run run = Run.of("--version");

        assertThat(run.code()).isZero();
        assertThat(run.out()).startsWith("threegaps matcher ").doesNotContain("unknown version");
    }

    @Test
    void noCommandIsAUsageError() {
        Run run = Run.of();

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("name a command");
    }

    @Test
    void unknownOptionIsAUsageError() {
        Run run = Run.of("rules", "--colour");

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("Unknown option: '--colour'");
    }

    @Test
    void dutchAndEnglishTextsHaveTheSameKeys() {
        assertThat(Texts.keys(Language.nl)).containsExactlyInAnyOrderElementsOf(Texts.keys(Language.en));
    }
}
