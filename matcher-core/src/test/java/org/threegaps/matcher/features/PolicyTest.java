package org.threegaps.matcher.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.threegaps.matcher.model.Cefr;

/** Reading the parameters file: typed values, and errors that name the file, the key and the value. */
class PolicyTest {
    private static final Policy POLICY = Policy.parse("shipped.properties", """
            # a comment
            commute.detourFactor =  1.3\s\s
            commute.default.maxMinutes = 45
            language.workingLanguage.minLevel = B1
            broken.number = fast
            broken.level = b1
            gap.weight.skill = 1.0
            """);

    @Test
    void valuesAreStrippedAndSortedByKey() {
        assertThat(POLICY.file()).isEqualTo("shipped.properties");
        assertThat(POLICY.values()).containsExactly(Map.entry("broken.level", "b1"), Map.entry("broken.number", "fast"),
                Map.entry("commute.default.maxMinutes", "45"), Map.entry("commute.detourFactor", "1.3"),
                Map.entry("gap.weight.skill", "1.0"), Map.entry("language.workingLanguage.minLevel", "B1"));
        assertThat(POLICY.has("commute.detourFactor")).isTrue();
        assertThat(POLICY.has("commute.detour")).isFalse();
    }

    @Test
    void typedValuesAreRead() {
        assertThat(POLICY.number("commute.detourFactor")).isEqualTo(1.3);
        assertThat(POLICY.number("commute.default.maxMinutes")).isEqualTo(45.0);
        assertThat(POLICY.integer("commute.default.maxMinutes")).isEqualTo(45);
        assertThat(POLICY.cefr("language.workingLanguage.minLevel")).isEqualTo(Cefr.B1);
    }

    @Test
    void aValueOfTheWrongKindNamesTheFileTheKeyAndTheValue() {
        assertThatThrownBy(() -> POLICY.number("broken.number")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("shipped.properties: parameter broken.number must be a number, was \"fast\"");
        assertThatThrownBy(() -> POLICY.integer("gap.weight.skill"))
                .hasMessage("shipped.properties: parameter gap.weight.skill must be a whole number, was \"1.0\"");
        assertThatThrownBy(() -> POLICY.cefr("broken.level"))
                .hasMessage("shipped.properties: parameter broken.level must be one of NONE, A1, A2, B1, B2, C1, C2, was \"b1\"");
    }

    @Test
    void aMissingKeyIsNamedWhateverTheTypeAsked() {
        for (Runnable read : List.<Runnable>of(() -> POLICY.number("gap.weight.search"), () -> POLICY.integer("gap.weight.search"),
                () -> POLICY.cefr("gap.weight.search"))) {
            assertThatThrownBy(read::run).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("shipped.properties: parameter gap.weight.search is not set");
        }
    }

    @Test
    void anUnreadableFileNamesTheFile() {
        assertThatThrownBy(() -> Policy.parse("custom.properties", "key = \\uZZZZ\n")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("custom.properties: cannot read parameters: ");
    }

    @Test
    void theKeyItselfIsNeverItsOwnClosestKey() {
        assertThat(Policy.closest("gap.weight.skill", List.of("gap.weight.skill"))).isEmpty();
        assertThat(POLICY.closestKey("gap.weight.skill")).isEmpty();
        assertThat(POLICY.closestKey("Gap.Weight.Skill")).contains("gap.weight.skill");
    }

    @Test
    void aKeyTwoCharactersLongerOrShorterCanStillBeTheClosest() {
        assertThat(Policy.closest("T-05.pts", List.of("T-05.ptsxy"))).contains("T-05.ptsxy");
        assertThat(Policy.closest("T-05.ptsxy", List.of("T-05.pts"))).contains("T-05.pts");
        assertThat(Policy.closest("T-05.pts", List.of("T-05.ptsxyz"))).isEmpty();
    }

    @Test
    void aKeyOfTheSameLengthThreeEditsAwayIsNotSuggested() {
        assertThat(Policy.closest("MO-02.points", List.of("MO-13.pounts"))).isEmpty();
        assertThat(Policy.closest("MO-02.points", List.of("MO-13.points"))).contains("MO-13.points");
    }

    @Test
    void fewerEditsWinOverAlphabeticalOrder() {
        assertThat(Policy.closest("abcd", List.of("abbe", "abce"))).contains("abce");
    }

    @Test
    void ofKeysEquallyFarTheFirstInAlphabeticalOrderIsTaken() {
        assertThat(Policy.closest("MO-05.points", List.of("MO-07.points", "MO-06.points", "MO-08.points"))).contains("MO-06.points");
        assertThat(Policy.closest("mo-05.POINTS", List.of("MO-05.points", "mo-05.points"))).contains("MO-05.points");
    }

    @Test
    void theDistanceCountsEachKindOfEditOnce() {
        assertThat(Policy.distance("abc", "")).isEqualTo(3);
        assertThat(Policy.distance("abc", "abd")).isEqualTo(1);
        assertThat(Policy.distance("abc", "ab")).isEqualTo(1);
        assertThat(Policy.distance("abc", "xabc")).isEqualTo(1);
        assertThat(Policy.distance("kitten", "sitting")).isEqualTo(3);
        assertThat(Policy.distance("flaw", "lawn")).isEqualTo(2);
    }
}
