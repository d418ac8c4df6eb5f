package org.threegaps.matcher.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PropertyResourceBundle;
import org.junit.jupiter.api.Test;

/** Arguments are written in the reader's notation: numbers, value names, language names. */
class MessagesTest {
    private static final Locale NL = Locale.forLanguageTag("nl");
    private static final Messages MESSAGES = new Messages(Map.of());

    @Test
    void aWholeAmountLosesItsNeedlessDecimalsInBothLanguages() {
        assertThat(MESSAGES.value("11.00", NL)).isEqualTo("11");
        assertThat(MESSAGES.value("11.00", Locale.ENGLISH)).isEqualTo("11");
    }

    @Test
    void dutchWritesADecimalComma() {
        assertThat(MESSAGES.value("12.50", NL)).isEqualTo("12,50");
        assertThat(MESSAGES.value("7.3", NL)).isEqualTo("7,3");
    }

    @Test
    void englishKeepsTheDecimalPoint() {
        assertThat(MESSAGES.value("12.50", Locale.ENGLISH)).isEqualTo("12.50");
    }

    @Test
    void wholeNumbersAndOtherTextStayAsTheyAre() {
        assertThat(MESSAGES.value("3500", NL)).isEqualTo("3500");
        assertThat(MESSAGES.value("06:00-14:00", NL)).isEqualTo("06:00-14:00");
        assertThat(MESSAGES.value("v1.2.3", NL)).isEqualTo("v1.2.3");
    }

    @Test
    void aLanguageCodeIsShownAsTheLanguagesName() {
        assertThat(MESSAGES.value("@ar", NL)).isEqualTo("Arabisch");
        assertThat(MESSAGES.value("@ar", Locale.ENGLISH)).isEqualTo("Arabic");
        assertThat(MESSAGES.value("@en", NL)).isEqualTo("Engels");
    }

    @Test
    void aLanguageTheJdkDoesNotNameComesFromTheLibraryBundle() {
        assertThat(MESSAGES.value("@prs", NL)).isEqualTo("Dari");
        assertThat(MESSAGES.value("@prs", Locale.ENGLISH)).isEqualTo("Dari");
    }

    @Test
    void aValueNameIsTranslated() {
        assertThat(MESSAGES.value("#CAR", NL)).isEqualTo("met de auto");
        assertThat(MESSAGES.value("#CAR", Locale.ENGLISH)).isEqualTo("by car");
    }

    @Test
    void aRuleTextGetsEveryArgumentInTheReadersNotation() throws Exception {
        Messages messages = new Messages(Map.of(
                "nl", new PropertyResourceBundle(new StringReader("X-01=Loon {0} euro, {1} km {2}, buddy spreekt {3}.")),
                "en", new PropertyResourceBundle(new StringReader("X-01=Wage {0} euro, {1} km {2}, buddy speaks {3}."))));
        List<String> args = List.of("11.00", "12.3", "#CAR", "@tr");

        assertThat(messages.format("X-01", args, NL)).isEqualTo("Loon 11 euro, 12,3 km met de auto, buddy spreekt Turks.");
        assertThat(messages.format("X-01", args, Locale.ENGLISH)).isEqualTo("Wage 11 euro, 12.3 km by car, buddy speaks Turkish.");
    }

    @Test
    void aNegativeDecimalKeepsItsSign() {
        assertThat(MESSAGES.value("-0.50", NL)).isEqualTo("-0,50");
    }

    @Test
    void aPluralPlaceholderPicksTheWordThatGoesWithItsArgument() throws Exception {
        Messages messages = new Messages(Map.of(
                "nl", new PropertyResourceBundle(new StringReader("X-02={0} {0|week|weken} opleiding")),
                "en", new PropertyResourceBundle(new StringReader("X-02={0} {0|week|weeks} of training"))));

        assertThat(messages.format("X-02", List.of("1"), NL)).isEqualTo("1 week opleiding");
        assertThat(messages.format("X-02", List.of("3"), NL)).isEqualTo("3 weken opleiding");
        assertThat(messages.format("X-02", List.of("0"), Locale.ENGLISH)).isEqualTo("0 weeks of training");
        assertThat(messages.format("X-02", List.of("1"), Locale.ENGLISH)).isEqualTo("1 week of training");
    }
}
