package org.threegaps.matcher.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.threegaps.matcher.result.Finding.Argument.field;
import static org.threegaps.matcher.result.Finding.Argument.language;
import static org.threegaps.matcher.result.Finding.Argument.number;
import static org.threegaps.matcher.result.Finding.Argument.text;
import static org.threegaps.matcher.result.Finding.Argument.value;

import java.io.StringReader;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PropertyResourceBundle;
import org.junit.jupiter.api.Test;
import org.threegaps.matcher.result.Finding.Argument;

/** Arguments are written by their type in the reader's notation: numbers, value names, field names, language names. */
class MessagesTest {
    private static final Locale NL = Locale.forLanguageTag("nl");
    private static final Messages MESSAGES = new Messages(Map.of());

    @Test
    void aWholeAmountLosesItsNeedlessDecimalsInBothLanguages() {
        assertThat(MESSAGES.show(number("11.00"), NL)).isEqualTo("11");
        assertThat(MESSAGES.show(number("11.00"), Locale.ENGLISH)).isEqualTo("11");
    }

    @Test
    void dutchWritesADecimalComma() {
        assertThat(MESSAGES.show(number("12.50"), NL)).isEqualTo("12,50");
        assertThat(MESSAGES.show(number("7.3"), NL)).isEqualTo("7,3");
    }

    @Test
    void englishKeepsTheDecimalPoint() {
        assertThat(MESSAGES.show(number("12.50"), Locale.ENGLISH)).isEqualTo("12.50");
    }

    @Test
    void wholeNumbersAndTextStayAsTheyAre() {
        assertThat(MESSAGES.show(number("3500"), NL)).isEqualTo("3500");
        assertThat(MESSAGES.show(text("06:00-14:00"), NL)).isEqualTo("06:00-14:00");
        assertThat(MESSAGES.show(text("v1.2.3"), NL)).isEqualTo("v1.2.3");
    }

    @Test
    void textThatLooksLikeANumberOrAMarkerIsShownAsItIs() {
        assertThat(MESSAGES.show(text("12.50"), NL)).isEqualTo("12.50");
        assertThat(MESSAGES.show(text("#CAR"), NL)).isEqualTo("#CAR");
        assertThat(MESSAGES.show(text("@ar"), NL)).isEqualTo("@ar");
    }

    @Test
    void aLanguageCodeIsShownAsTheLanguagesName() {
        assertThat(MESSAGES.show(language("ar"), NL)).isEqualTo("Arabisch");
        assertThat(MESSAGES.show(language("ar"), Locale.ENGLISH)).isEqualTo("Arabic");
        assertThat(MESSAGES.show(language("en"), NL)).isEqualTo("Engels");
    }

    @Test
    void aLanguageTheJdkDoesNotNameComesFromTheLibraryBundle() {
        assertThat(MESSAGES.show(language("prs"), NL)).isEqualTo("Dari");
        assertThat(MESSAGES.show(language("prs"), Locale.ENGLISH)).isEqualTo("Dari");
    }

    @Test
    void aValueNameIsTranslated() {
        assertThat(MESSAGES.show(value("CAR"), NL)).isEqualTo("met de auto");
        assertThat(MESSAGES.show(value("CAR"), Locale.ENGLISH)).isEqualTo("by car");
    }

    @Test
    void anInputFieldIsNamedAndAnUnknownOneShownAsItIs() {
        assertThat(MESSAGES.show(field("candidate.home"), Locale.ENGLISH)).isEqualTo("the candidate's home");
        assertThat(MESSAGES.show(field("candidate.shoeSize"), Locale.ENGLISH)).isEqualTo("candidate.shoeSize");
        assertThat(MESSAGES.show(value("NO_SUCH_VALUE"), NL)).isEqualTo("NO_SUCH_VALUE");
    }

    @Test
    void aRuleTextGetsEveryArgumentInTheReadersNotation() throws Exception {
        Messages messages = new Messages(Map.of(
                "nl", new PropertyResourceBundle(new StringReader("X-01=Loon {0} euro, {1} km {2}, buddy spreekt {3}.")),
                "en", new PropertyResourceBundle(new StringReader("X-01=Wage {0} euro, {1} km {2}, buddy speaks {3}."))));
        List<Argument> args = List.of(number("11.00"), number("12.3"), value("CAR"), language("tr"));

        assertThat(messages.format("X-01", args, NL)).isEqualTo("Loon 11 euro, 12,3 km met de auto, buddy spreekt Turks.");
        assertThat(messages.format("X-01", args, Locale.ENGLISH)).isEqualTo("Wage 11 euro, 12.3 km by car, buddy speaks Turkish.");
    }

    @Test
    void aNegativeDecimalKeepsItsSign() {
        assertThat(MESSAGES.show(number("-0.50"), NL)).isEqualTo("-0,50");
    }

    @Test
    void aPluralPlaceholderPicksTheWordThatGoesWithItsArgument() throws Exception {
        Messages messages = new Messages(Map.of(
                "nl", new PropertyResourceBundle(new StringReader("X-02={0} {0|week|weken} opleiding")),
                "en", new PropertyResourceBundle(new StringReader("X-02={0} {0|week|weeks} of training"))));

        assertThat(messages.format("X-02", List.of(number(1)), NL)).isEqualTo("1 week opleiding");
        assertThat(messages.format("X-02", List.of(number(3)), NL)).isEqualTo("3 weken opleiding");
        assertThat(messages.format("X-02", List.of(number(0)), Locale.ENGLISH)).isEqualTo("0 weeks of training");
        assertThat(messages.format("X-02", List.of(number(1)), Locale.ENGLISH)).isEqualTo("1 week of training");
    }
}
