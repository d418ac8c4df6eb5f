package org.threegaps.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.threegaps.matcher.Matcher;

class AdviceExampleTest {
    private static final Matcher MATCHER = Matcher.withDefaultRules().build();

    private static String run(Locale locale) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        AdviceExample.run(MATCHER, locale, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theSingleParentIsAdvisedASecondRosterFrom0900AndThePoolOpensToEveryParent() {
        String out = run(Locale.ENGLISH);

        assertThat(out).contains("→ offer an additional roster \"from-nine\" (Mon, Tue, Wed, Thu, Fri 09:00–17:00)",
                "verdict: match after job redesign → match",
                "? ask the employer about: a say in the hours",
                "opens this job to 3 more people (c-ines, c-sara, c-tom)");
        assertThat(out).doesNotContain("appoint a buddy");
    }

    @Test
    void theStoryIsToldInDutchByDefault() {
        assertThat(run(Locale.forLanguageTag("nl"))).contains("een extra uurrooster \"from-nine\" aanbieden",
                "vraag de werkgever naar: inspraak in de uren");
    }
}
