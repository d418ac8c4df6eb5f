package org.threegaps.matcher.result;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.threegaps.matcher.result.Finding.Argument;
import org.threegaps.matcher.result.Finding.Argument.Type;

/** A finding's arguments are typed values, and its plain values are what the JSON result writes. */
class FindingTest {
    @Test
    void theValuesAreTheArgumentsWithoutTheirTypes() {
        Finding finding = new Finding("CA-01", Gap.ORGANISATION, "care", Kind.BLOCKER, 0, "CA-01",
                List.of(Argument.value("MONDAY"), Argument.text("06:00-14:00"), Argument.number(375), Argument.language("ar"),
                        Argument.field("candidate.home"), Argument.code("forklift")), List.of());

        assertThat(finding.values()).containsExactly("MONDAY", "06:00-14:00", "375", "ar", "candidate.home", "forklift");
        assertThat(finding.args()).extracting(Argument::type)
                .containsExactly(Type.VALUE, Type.TEXT, Type.NUMBER, Type.LANGUAGE, Type.FIELD, Type.CODE);
    }

    @Test
    void anArgumentIsEqualByTypeAndValue() {
        assertThat(Argument.number("12")).isEqualTo(new Argument(Type.NUMBER, "12")).isNotEqualTo(Argument.text("12"));
        assertThat(Argument.value(Type.CODE)).isEqualTo(Argument.value("CODE"));
        assertThat(Argument.number("12.50")).hasToString("12.50");
    }

    @Test
    void anArgumentMustBeOfItsType() {
        assertThatThrownBy(() -> Argument.number("12,50")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("\"12,50\" is not a NUMBER argument");
        assertThatThrownBy(() -> Argument.number("")).hasMessage("\"\" is not a NUMBER argument");
        assertThatThrownBy(() -> Argument.language("Arabic")).hasMessage("\"Arabic\" is not a LANGUAGE argument");
        assertThatThrownBy(() -> Argument.value(" ")).hasMessage("\" \" is not a VALUE argument");
        assertThatThrownBy(() -> Argument.code("")).hasMessage("\"\" is not a CODE argument");
        assertThatThrownBy(() -> Argument.text(null)).isInstanceOf(NullPointerException.class).hasMessage("argument value");
        assertThatThrownBy(() -> new Argument(null, "x")).isInstanceOf(NullPointerException.class).hasMessage("argument type");
        assertThat(Argument.text("").value()).isEmpty();
    }

    /** A number is checked by hand, so it is checked here against the pattern it stands for. */
    @Test
    void aNumberIsDigitsWithAnOptionalMinusAndDecimals() {
        java.util.regex.Pattern number = java.util.regex.Pattern.compile("-?[0-9]+(\\.[0-9]+)?");
        for (String value : List.of("0", "12", "-3", "12.5", "-0.25", "12.", ".5", "-", "", "1.2.3", "1-2", "--1",
                "12a", "a12", "1.a", "٣", " 1", "1 ", "+1", "1e5", "0.0")) {
            boolean valid = number.matcher(value).matches();
            if (valid) {
                assertThat(Argument.number(value).value()).isEqualTo(value);
            } else {
                assertThatThrownBy(() -> Argument.number(value)).as(value).isInstanceOf(IllegalArgumentException.class);
            }
        }
    }
}
