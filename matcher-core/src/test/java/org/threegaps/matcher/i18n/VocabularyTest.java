package org.threegaps.matcher.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** vocabulary.properties: three lines per code, each malformed line reported with its line number. */
class VocabularyTest {
    private static final Locale NL = Locale.forLanguageTag("nl");

    private static List<String> problemsOf(String text) {
        List<Vocabulary.Problem> problems = new ArrayList<>();
        Vocabulary.parse(text, problems);
        return problems.stream().map(p -> p.line() + ": " + p.message()).toList();
    }

    @Test
    void aCodeHasADutchAndAnEnglishLabelAndAnOptionalEscoUri() {
        List<Vocabulary.Problem> problems = new ArrayList<>();
        Vocabulary vocabulary = Vocabulary.parse("""
                \uFEFF# comment
                ! also a comment

                bike-repair.nl = fietsherstelling
                bike-repair.en=bicycle repair
                forklift.nl = heftruck rijden
                forklift.en = forklift driving
                forklift.esco = http://data.europa.eu/esco/skill/x
                """, problems);

        assertThat(problems).isEmpty();
        assertThat(vocabulary.label("bike-repair", NL)).hasValue("fietsherstelling");
        assertThat(vocabulary.label("bike-repair", Locale.ENGLISH)).hasValue("bicycle repair");
        assertThat(vocabulary.label("bike-repair", Locale.FRENCH)).as("other languages read Dutch").hasValue("fietsherstelling");
        assertThat(vocabulary.label("welding", NL)).isEmpty();
        assertThat(vocabulary.entries()).containsExactly(
                new Vocabulary.Entry("bike-repair", "fietsherstelling", "bicycle repair", ""),
                new Vocabulary.Entry("forklift", "heftruck rijden", "forklift driving", "http://data.europa.eu/esco/skill/x"));
    }

    @Test
    void everyMalformedLineIsReportedWithItsLineAndTheRestIsRead() {
        String text = """
                forklift.nl = heftruck rijden
                forklift.en = forklift driving
                forklift.fr = cariste
                forklift heftruck
                welding.nl =
                forklift.nl = heftruck
                sewing.esco = https://example.org/sewing
                bad code.nl = slecht
                """;

        assertThat(problemsOf(text)).containsExactly(
                "3: key \"forklift.fr\" must end in .nl, .en or .esco, such as forklift.nl = label",
                "4: \"forklift heftruck\" is not of the form <code>.nl = label, <code>.en = label or <code>.esco = URI",
                "5: key welding.nl has no value; write the Dutch label after the '=', or delete the line",
                "6: key forklift.nl is set twice, first on line 1; delete one of the lines",
                "7: key sewing.esco must be an ESCO URI starting with http://data.europa.eu/esco/, was \"https://example.org/sewing\"",
                "8: key \"bad code.nl\" must start with a code without spaces, as it is written in candidate and job data");
        assertThat(Vocabulary.parse(text, new ArrayList<>()).label("forklift", NL)).hasValue("heftruck rijden");
    }

    @Test
    void aCodeWithOneLanguageIsReportedAtItsFirstLineAndLeftOut() {
        List<Vocabulary.Problem> problems = new ArrayList<>();
        Vocabulary vocabulary = Vocabulary.parse("""
                welding.en = welding
                sewing.esco = http://data.europa.eu/esco/skill/y
                """, problems);

        assertThat(problems).containsExactly(
                new Vocabulary.Problem(1, "code welding needs a Dutch and an English label; welding.nl is missing"),
                new Vocabulary.Problem(2, "code sewing needs a Dutch and an English label; sewing.nl and sewing.en are missing"));
        assertThat(vocabulary.entries()).isEmpty();
    }
}
