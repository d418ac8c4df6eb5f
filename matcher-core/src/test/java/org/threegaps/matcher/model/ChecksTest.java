package org.threegaps.matcher.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The validation helpers on their own: the exact bounds they accept, what they copy and what they say. */
class ChecksTest {

    @Test
    void aTextIsStrippedAndBlankOrNullIsRefused() {
        assertThat(Checks.text("task.id", "  pick ")).isEqualTo("pick");
        assertThatThrownBy(() -> Checks.text("task.id", null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("task.id is required and must not be blank");
        assertThatThrownBy(() -> Checks.text("task.id", " \t")).hasMessage("task.id is required and must not be blank");
    }

    @Test
    void aRequiredValueIsReturnedAsItIs() {
        Object value = new Object();

        assertThat(Checks.required("shift.day", value)).isSameAs(value);
        assertThatThrownBy(() -> Checks.required("shift.day", null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("shift.day is required");
    }

    @Test
    void aRangeIncludesBothBoundsAndNothingBeyond() {
        assertThat(Checks.range("hours", 0, 0, 60)).isZero();
        assertThat(Checks.range("hours", 60, 0, 60)).isEqualTo(60);
        assertThatThrownBy(() -> Checks.range("hours", -1, 0, 60)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("hours must be between 0 and 60, was -1");
        assertThatThrownBy(() -> Checks.range("hours", 61, 0, 60)).hasMessage("hours must be between 0 and 60, was 61");
    }

    @Test
    void anAbsentWholeNumberStaysAbsentAndAPresentOneIsChecked() {
        assertThat(Checks.range("hours", (Integer) null, 0, 60)).isNull();
        assertThat(Checks.range("hours", Integer.valueOf(60), 0, 60)).isEqualTo(60);
        assertThatThrownBy(() -> Checks.range("hours", Integer.valueOf(61), 0, 60))
                .hasMessage("hours must be between 0 and 60, was 61");
    }

    @Test
    void aListIsCopiedAndANullElementIsNamedByItsIndex() {
        List<String> values = new ArrayList<>(List.of("a", "b"));

        List<String> copy = Checks.list("task.requirements", values);
        values.add("c");

        assertThat(copy).containsExactly("a", "b");
        assertThatThrownBy(() -> copy.add("d")).isInstanceOf(UnsupportedOperationException.class);
        assertThat(Checks.list("task.requirements", null)).isEmpty();
        assertThatThrownBy(() -> Checks.list("task.requirements", Arrays.asList("a", "b", null)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("task.requirements[2] must not be null");
        assertThatThrownBy(() -> Checks.list("task.requirements", Arrays.asList((String) null)))
                .hasMessage("task.requirements[0] must not be null");
    }

    @Test
    void aSetIsSortedAndUnmodifiableAndRefusesNull() {
        Set<String> set = Checks.set("codes", List.of("tr", "ar", "en"));

        assertThat(set).containsExactly("ar", "en", "tr");
        assertThatThrownBy(() -> set.add("fr")).isInstanceOf(UnsupportedOperationException.class);
        assertThat(Checks.set("codes", null)).isEmpty();
        assertThatThrownBy(() -> Checks.set("codes", Arrays.asList("ar", null))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("codes must not contain null");
    }

    @Test
    void aLanguageCodeIsTwoOrThreeLowerCaseLetters() {
        assertThat(Checks.languageCode("lang", "nl")).isEqualTo("nl");
        assertThat(Checks.languageCode("lang", "prs")).isEqualTo("prs");
        assertThatThrownBy(() -> Checks.languageCode("lang", "NL")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("lang must be an ISO 639 language code such as \"nl\" or \"ar\", was \"NL\"");
        assertThatThrownBy(() -> Checks.languageCode("lang", "n")).hasMessageEndingWith("was \"n\"");
        assertThatThrownBy(() -> Checks.languageCode("lang", "dutch")).hasMessageEndingWith("was \"dutch\"");
        assertThatThrownBy(() -> Checks.languageCode("lang", null)).hasMessageEndingWith("was null");
    }

    @Test
    void everyCodeOfASetOfLanguagesIsChecked() {
        assertThat(Checks.languageCodes("buddyLanguages", List.of("tr", "ar"))).containsExactly("ar", "tr");
        assertThatThrownBy(() -> Checks.languageCodes("buddyLanguages", List.of("ar", "Turkish")))
                .hasMessageStartingWith("buddyLanguages must be an ISO 639 language code").hasMessageEndingWith("was \"Turkish\"");
    }

    @Test
    void aLanguageMapIsSortedByCodeAndNamesAWrongKeyOrAMissingValue() {
        Map<String, Cefr> levels = new HashMap<>();
        levels.put("tr", Cefr.B1);
        levels.put("ar", Cefr.A2);

        Map<String, Cefr> checked = Checks.languageMap("languages", levels);

        assertThat(checked).containsExactly(Map.entry("ar", Cefr.A2), Map.entry("tr", Cefr.B1));
        assertThatThrownBy(() -> checked.put("nl", Cefr.C1)).isInstanceOf(UnsupportedOperationException.class);
        assertThat(Checks.languageMap("languages", null)).isEmpty();
        assertThatThrownBy(() -> Checks.languageMap("languages", Map.of("Dutch", Cefr.B1)))
                .hasMessageStartingWith("languages key must be an ISO 639 language code");
        Map<String, Cefr> missing = new HashMap<>();
        missing.put("nl", null);
        assertThatThrownBy(() -> Checks.languageMap("languages", missing)).hasMessage("languages.nl is required");
    }

    @Test
    void aRepeatedIdIsNamed() {
        Checks.unique("tasks[].id", List.of("a", "b"));
        Checks.unique("tasks[].id", List.of());

        assertThatThrownBy(() -> Checks.unique("tasks[].id", List.of("a", "b", "a"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("tasks[].id must be unique, \"a\" appears twice");
    }
}
