package org.threegaps.matcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threegaps.matcher.internal.MatcherInternals;
import org.threegaps.matcher.model.Candidate;
import org.threegaps.matcher.model.Cefr;
import org.threegaps.matcher.model.Job;
import org.threegaps.matcher.model.Location;
import org.threegaps.matcher.model.Support;
import org.threegaps.matcher.model.SupportOffer;
import org.threegaps.matcher.model.TransportMode;
import org.threegaps.matcher.result.Finding;
import org.threegaps.matcher.result.MatchResult;
import org.threegaps.matcher.support.TestRules;

/**
 * A result is plain data; the matcher's texts render it, always with the messages of the rule set that scored it,
 * and refuse a result of a rule set they do not know.
 */
class ResultTextsTest {
    private static final Locale NL = Locale.forLanguageTag("nl");
    private static final Locale EN = Locale.ENGLISH;
    // a penalty (wage), a bonus (the buddy speaks Arabic) and a blocker (the job needs a car)
    private static final Candidate CANDIDATE = Candidate.builder("amira")
            .home(Location.postcode("3500")).transportModes(Set.of(TransportMode.BIKE)).car(false)
            .language("ar", Cefr.C2).language("nl", Cefr.A2).minHourlyWage(new BigDecimal("12.50")).build();
    private static final Job JOB = Job.builder("delivery-hasselt").sector("delivery")
            .location(Location.postcode("3500")).hourlyWage(new BigDecimal("11.00"))
            .supports(new SupportOffer(Set.of(Support.BUDDY), Set.of("ar"), 0, null)).build();

    @TempDir
    Path rules;

    private static Finding wage(MatchResult result) {
        return result.findings().stream().filter(f -> f.ruleId().equals("T-01")).findFirst().orElseThrow();
    }

    private void rewordWage(String text) throws IOException {
        Path messages = rules.resolve("messages_en.properties");
        Files.writeString(messages, Files.readString(messages).replaceAll("(?m)^T-01=.*$", "T-01=" + text));
    }

    @Test
    void explainListsStrengthsFirstAndMarksEachKind() {
        Matcher matcher = Matcher.withRules(TestRules.source()).build();
        MatchResult result = matcher.match(CANDIDATE, JOB);

        assertThat(matcher.texts().explain(result, EN)).containsExactly(
                "+ The buddy also speaks a language of the candidate (Arabic).",
                "✗ The job asks to drive by car.",
                "− The wage is 11 euro an hour, below the 12.50 euro an hour the candidate needs.");
    }

    @Test
    void labelsFieldsAndScoresReadInTheRuleSetsWords() {
        Matcher matcher = Matcher.withRules(TestRules.source()).build();
        ResultTexts texts = matcher.texts();
        MatchResult result = matcher.match(CANDIDATE, JOB);

        assertThat(texts.fingerprint()).isEqualTo(matcher.fingerprint()).isEqualTo(result.fingerprint());
        assertThat(texts.label("verdict.NOT_YET", EN)).isEqualTo("not yet");
        assertThat(texts.label("verdict.NOT_YET", NL)).isEqualTo("nog niet");
        assertThat(texts.field("candidate.transportModes", EN)).isEqualTo("the candidate's transport modes");
        assertThat(texts.field("candidate.noSuchField", EN)).as("a field without words is shown as its path")
                .isEqualTo("candidate.noSuchField");
        assertThat(texts.score(result, EN)).isEqualTo(texts.document(result, EN).score().text()).startsWith("1 essential gap open; ");
        assertThat(texts.finding(result, wage(result), EN))
                .isEqualTo(texts.document(result, EN).findings().stream().filter(f -> f.ruleId().equals("T-01"))
                        .findFirst().orElseThrow().text());
    }

    @Test
    void aResultIsPlainDataWithValueEquality() {
        Matcher matcher = Matcher.withRules(TestRules.source()).build();

        assertThat(matcher.match(CANDIDATE, JOB)).isEqualTo(matcher.match(CANDIDATE, JOB))
                .hasSameHashCodeAs(matcher.match(CANDIDATE, JOB));
    }

    @Test
    void aResultScoredBeforeAReloadReadsWithTheTextsOfItsOwnRuleSet() throws IOException {
        Matcher matcher = Matcher.withRules(TestRules.copyTo(rules)).build();
        ResultTexts takenBefore = matcher.texts();
        MatchResult before = matcher.match(CANDIDATE, JOB);
        rewordWage("The wage of {0} euro is below the {1} euro the candidate needs.");

        matcher.reload();
        MatchResult after = matcher.match(CANDIDATE, JOB);
        ResultTexts takenAfter = matcher.texts();

        assertThat(after.fingerprint()).isNotEqualTo(before.fingerprint());
        for (ResultTexts texts : java.util.List.of(takenBefore, takenAfter)) {
            assertThat(texts.finding(before, wage(before), EN))
                    .isEqualTo("The wage is 11 euro an hour, below the 12.50 euro an hour the candidate needs.");
            assertThat(texts.finding(after, wage(after), EN))
                    .isEqualTo("The wage of 11 euro is below the 12.50 euro the candidate needs.");
        }
        assertThat(takenBefore.fingerprint()).isEqualTo(before.fingerprint());
        assertThat(takenAfter.fingerprint()).isEqualTo(after.fingerprint());
    }

    @Test
    void aResultOfARuleSetTheTextsDoNotKnowIsRefusedNamingBothRuleSets() throws IOException {
        Matcher other = Matcher.withRules(TestRules.copyTo(rules)).build();
        rewordWage("The wage of {0} euro is below the {1} euro the candidate needs.");
        Matcher reworded = Matcher.withRules(rules).build();
        MatchResult result = reworded.match(CANDIDATE, JOB);
        ResultTexts texts = other.texts();

        assertThatThrownBy(() -> texts.explain(result, EN)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the result of amira × delivery-hasselt was scored by rule set " + result.fingerprint()
                        + ", which these texts do not know: they are the texts of rule set " + other.fingerprint()
                        + " and of the rule sets their matcher served; take the texts from the matcher that scored"
                        + " the result");
        assertThatThrownBy(() -> texts.document(result, EN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MatcherInternals.texts(MatcherInternals.ruleBase(other)).score(result, EN))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(reworded.texts().score(result, EN)).startsWith("1 essential gap open");
    }

    @Test
    void aResultOfAnotherMatcherOnTheSameRulesReadsTheSame() {
        MatchResult result = Matcher.withRules(TestRules.source()).build().match(CANDIDATE, JOB);
        Matcher same = Matcher.withRules(TestRules.source()).build();

        assertThat(same.texts().explain(result, NL)).hasSize(3);
    }

    @Test
    void nullArgumentsAreRefusedByName() {
        Matcher matcher = Matcher.withRules(TestRules.source()).build();
        ResultTexts texts = matcher.texts();
        MatchResult result = matcher.match(CANDIDATE, JOB);

        assertThatThrownBy(() -> texts.explain((MatchResult) null, EN)).isInstanceOf(NullPointerException.class).hasMessage("result");
        assertThatThrownBy(() -> texts.explain(result, null)).isInstanceOf(NullPointerException.class).hasMessage("locale");
        assertThatThrownBy(() -> texts.finding(result, null, EN)).isInstanceOf(NullPointerException.class).hasMessage("finding");
        assertThatThrownBy(() -> texts.label(null, EN)).isInstanceOf(NullPointerException.class).hasMessage("key");
        assertThatThrownBy(() -> texts.field(null, EN)).isInstanceOf(NullPointerException.class).hasMessage("field");
        assertThatThrownBy(() -> texts.explain((org.threegaps.matcher.result.Advice.Suggestion) null, EN))
                .isInstanceOf(NullPointerException.class).hasMessage("suggestion");
        assertThatThrownBy(() -> texts.ask(null, EN)).isInstanceOf(NullPointerException.class).hasMessage("ask");
    }
}
