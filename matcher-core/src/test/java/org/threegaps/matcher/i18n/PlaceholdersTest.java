package org.threegaps.matcher.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** One placeholder syntax for rule texts and the library's, the command's and the report's own texts. */
class PlaceholdersTest {
    private static String fill(String pattern, Object... args) {
        return Placeholders.fill(pattern, List.of(args), String::valueOf);
    }

    @Test
    void argumentsAreFilledInByIndexAndInAnyOrder() {
        assertThat(fill("{1} van {0}", "a", "b")).isEqualTo("b van a");
    }

    @Test
    void thePluralPlaceholderTakesTheFirstWordOnlyForOne() {
        String pattern = "{0} {0|fout|fouten}";
        assertThat(fill(pattern, 1)).isEqualTo("1 fout");
        assertThat(fill(pattern, "1")).isEqualTo("1 fout");
        assertThat(fill(pattern, 0)).isEqualTo("0 fouten");
        assertThat(fill(pattern, 2)).isEqualTo("2 fouten");
        assertThat(fill(pattern, 11)).isEqualTo("11 fouten");
        assertThat(fill(pattern, 1.5)).isEqualTo("1.5 fouten");
    }

    @Test
    void thePluralWordsMayHoldSpacesAndOtherArgumentsStayIndependent() {
        assertThat(fill("de {0} beste {0|staat|staan} bij {1} {1|andere job|andere jobs}", 1, 3))
                .isEqualTo("de 1 beste staat bij 3 andere jobs");
    }

    @Test
    void apostrophesBracesAndMissingArgumentsAreLeftAsTheyAre() {
        assertThat(fill("'t is {0} {x} {} {5} {5|a|b} {99999999999} {٣}", "zo")).isEqualTo("'t is zo {x} {} {5} {5|a|b} {99999999999} {٣}");
    }

    @Test
    void theShowFunctionWritesEachArgument() {
        assertThat(Placeholders.fill("{0} en {1}", List.of(3, 4), n -> "<" + n + ">")).isEqualTo("<3> en <4>");
    }
}
