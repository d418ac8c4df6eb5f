package org.threegaps.matcher.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.threegaps.matcher.Matcher;
import org.threegaps.matcher.ResultTexts;
import org.threegaps.matcher.model.Candidate;
import org.threegaps.matcher.model.Cefr;
import org.threegaps.matcher.model.DutchRequirement;
import org.threegaps.matcher.model.Job;
import org.threegaps.matcher.model.Location;
import org.threegaps.matcher.model.Support;
import org.threegaps.matcher.model.SupportOffer;
import org.threegaps.matcher.model.TransportMode;
import org.threegaps.matcher.result.MatchResult;
import org.threegaps.matcher.support.TestRules;

/** The stable JSON form of a match result. */
class ResultJsonTest {
    private static final Matcher MATCHER = Matcher.withRules(TestRules.source()).build();
    private static final ResultTexts TEXTS = MATCHER.texts();
    private static final Locale NL = Locale.forLanguageTag("nl");

    // GIVEN a pair that fires a penalty (wage), a bonus (buddy speaks Arabic) and a blocker (needs a car)
    private static final Candidate CANDIDATE = Candidate.builder("amira")
            .home(Location.postcode("3500")).transportModes(Set.of(TransportMode.BIKE)).car(false)
            .language("ar", Cefr.C2).language("nl", Cefr.A2).minHourlyWage(new BigDecimal("12.50")).build();
    private static final Job JOB = Job.builder("delivery-hasselt").sector("delivery")
            .location(Location.postcode("3500")).hourlyWage(new BigDecimal("11.00"))
            .dutch(new DutchRequirement(Cefr.A2, Set.of(), Set.of()))
            .supports(new SupportOffer(Set.of(Support.BUDDY), Set.of("ar"), 0, null)).build();

    private static JsonNode write(MatchResult result, Locale locale) throws Exception {
        return write(MATCHER, result, locale);
    }

    private static JsonNode write(Matcher matcher, MatchResult result, Locale locale) throws Exception {
        return Json.mapper().readTree(Json.write(matcher.texts().document(result, locale)));
    }

    @Test
    void theDocumentCarriesVerdictScoresAndWhatProducedIt() throws Exception {
        MatchResult result = MATCHER.match(CANDIDATE, JOB);

        JsonNode doc = write(result, NL);

        assertThat(doc.get("format").asInt()).isEqualTo(ResultDocument.FORMAT);
        assertThat(doc.get("locale").asText()).isEqualTo("nl");
        assertThat(doc.get("candidateId").asText()).isEqualTo("amira");
        assertThat(doc.get("jobId").asText()).isEqualTo("delivery-hasselt");
        assertThat(doc.get("verdict").asText()).isEqualTo("NOT_YET");
        assertThat(doc.get("verdictText").asText()).isEqualTo("nog niet");
        assertThat(doc.get("provisional").asBoolean()).isFalse();
        assertThat(doc.has("overall")).as("format 1's bare number is gone").isFalse();
        assertThat(doc.get("ruleSet").get("fingerprint").asText()).isEqualTo(MATCHER.fingerprint());
        assertThat(doc.get("ruleSet").get("libraryVersion").asText()).matches("\\d+\\.\\d+\\.\\d+.*");
    }

    @Test
    void theScoreGivesTheOpenEssentialGapsBeforeThePointsAndSaysWhatThePointsAre() throws Exception {
        MatchResult result = MATCHER.match(CANDIDATE, JOB);

        JsonNode score = write(result, NL).get("score");

        assertThat(score.get("openEssentialGaps").asInt()).isEqualTo(1);
        assertThat(score.get("bridgedEssentialGaps").asInt()).isZero();
        assertThat(score.get("points").asInt()).isEqualTo(result.overallScore());
        assertThat(score.get("text").asText())
                .isEqualTo("1 essentiële drempel open; " + result.overallScore() + " punten zodra die weg is");
        assertThat(write(result, Locale.ENGLISH).get("score").get("text").asText())
                .isEqualTo("1 essential gap open; " + result.overallScore() + " points once it is closed");
    }

    @Test
    void withoutAnOpenGapTheScoreTextIsThePoints() throws Exception {
        MatchResult result = MATCHER.match(CANDIDATE.toBuilder().car(true).build(), JOB);

        JsonNode doc = write(result, Locale.ENGLISH);

        assertThat(doc.get("verdict").asText()).isEqualTo("MATCH");
        assertThat(doc.get("score").get("openEssentialGaps").asInt()).isZero();
        assertThat(doc.get("score").get("text").asText()).isEqualTo(result.overallScore() + " points");
    }

    @Test
    void aBridgedEssentialGapIsCountedAndListedAsBridged() throws Exception {
        Matcher matcher = Matcher.withRules(EssentialRules.source()).build();
        Job courier = JOB.toBuilder().sector("parcel-courier").build();

        JsonNode doc = write(matcher, matcher.match(CANDIDATE, courier), Locale.ENGLISH);

        assertThat(doc.get("verdict").asText()).isEqualTo("MATCH_WITH_SUPPORT");
        assertThat(doc.get("score").get("openEssentialGaps").asInt()).isZero();
        assertThat(doc.get("score").get("bridgedEssentialGaps").asInt()).isEqualTo(1);
        JsonNode bridged = finding(doc.get("findings"), "T-08");
        assertThat(bridged.get("kind").asText()).isEqualTo("BRIDGED");
        assertThat(bridged.get("points").asInt()).isEqualTo(4);
        assertThat(bridged.get("levers").get(0).get("lever").asText()).isEqualTo("GRACE_PERIOD");
    }

    @Test
    void anUnknownAnEssentialRuleNeedsMakesTheResultProvisionalWithWhatToAsk() throws Exception {
        Matcher matcher = Matcher.withRules(EssentialRules.source()).build();
        Candidate noModes = Candidate.builder("new").home(Location.postcode("3500")).build();
        Job courier = JOB.toBuilder().sector("parcel-courier").build();

        JsonNode doc = write(matcher, matcher.match(noModes, courier), Locale.ENGLISH);

        assertThat(doc.get("verdict").asText()).isEqualTo("MATCH_WITH_SUPPORT");
        assertThat(doc.get("provisional").asBoolean()).isTrue();
        assertThat(doc.get("toAsk").toString())
                .isEqualTo("[{\"field\":\"candidate.transportModes\",\"text\":\"the candidate's transport modes\"}]");
    }

    @Test
    void anUnknownNoEssentialRuleNeedsIsNotAskedFirst() throws Exception {
        Candidate noModes = Candidate.builder("new").home(Location.postcode("3500")).build();

        JsonNode doc = write(MATCHER.match(noModes, JOB), Locale.ENGLISH);

        assertThat(doc.get("unknowns").toString()).contains("candidate.transportModes");
        assertThat(doc.get("provisional").asBoolean()).isFalse();
        assertThat(doc.get("toAsk").toString()).isEqualTo("[]");
    }

    @Test
    void gapsComeInGapOrderWithPointsAndBlockers() throws Exception {
        JsonNode gaps = write(MATCHER.match(CANDIDATE, JOB), NL).get("gaps");

        assertThat(StreamSupport.stream(gaps.spliterator(), false).map(g -> g.get("gap").asText()))
                .containsExactly("SKILL", "SEARCH", "ORGANISATION");
        JsonNode organisation = gaps.get(2);
        assertThat(organisation.get("text").asText()).isEqualTo("organisatiekloof");
        assertThat(organisation.get("score").asInt()).isEqualTo(100 - 30 + 5);
        assertThat(organisation.get("penalties").asInt()).isEqualTo(30);
        assertThat(organisation.get("bonuses").asInt()).isEqualTo(5);
        assertThat(gaps.get(0).get("blockers").asInt()).isEqualTo(1);
    }

    @Test
    void aFindingHasItsRuleValuesTextAndLevers() throws Exception {
        JsonNode findings = write(MATCHER.match(CANDIDATE, JOB), NL).get("findings");

        JsonNode wage = finding(findings, "T-01");
        assertThat(wage.get("gap").asText()).isEqualTo("ORGANISATION");
        assertThat(wage.get("area").asText()).isEqualTo("test");
        assertThat(wage.get("kind").asText()).isEqualTo("PENALTY");
        assertThat(wage.get("points").asInt()).isEqualTo(30);
        assertThat(wage.get("values").toString()).isEqualTo("[\"11.00\",\"12.50\"]");
        assertThat(wage.get("text").asText())
                .isEqualTo("Het loon is 11 euro per uur, onder de 12,50 euro per uur die de kandidaat nodig heeft.");
        assertThat(wage.get("levers").get(0).get("lever").asText()).isEqualTo("WAGE");
        assertThat(wage.get("levers").get(0).get("side").asText()).isEqualTo("EMPLOYER");
        assertThat(wage.get("levers").get(0).get("text").asText()).isNotBlank();
    }

    @Test
    void valuesAreDataWithoutTheValueAndLanguageMarkers() throws Exception {
        JsonNode findings = write(MATCHER.match(CANDIDATE, JOB), NL).get("findings");

        assertThat(finding(findings, "T-02").get("values").toString()).isEqualTo("[\"ar\"]");
        assertThat(finding(findings, "T-03").get("values").toString()).isEqualTo("[\"CAR\"]");
    }

    @Test
    void textsFollowTheRequestedLocale() throws Exception {
        JsonNode doc = write(MATCHER.match(CANDIDATE, JOB), Locale.ENGLISH);

        assertThat(doc.get("locale").asText()).isEqualTo("en");
        assertThat(doc.get("verdictText").asText()).isEqualTo("not yet");
        assertThat(finding(doc.get("findings"), "T-02").get("text").asText())
                .isEqualTo("The buddy also speaks a language of the candidate (Arabic).");
    }

    @Test
    void strengthsAndSuggestedActionsAreListed() throws Exception {
        JsonNode doc = write(MATCHER.match(CANDIDATE, JOB), NL);

        assertThat(doc.get("strengths").toString()).isEqualTo("[\"T-02\"]");
        List<String> actions = StreamSupport.stream(doc.get("suggestedActions").spliterator(), false)
                .map(a -> a.get("lever").asText()).toList();
        assertThat(actions).containsExactly("TRANSPORT_ARRANGEMENT", "WAGE", "DRIVING_LICENCE");
    }

    @Test
    void unknownFieldsAreNamedInWords() throws Exception {
        Candidate halfFilled = Candidate.builder("new").home(Location.postcode("3500")).build();

        JsonNode doc = write(MATCHER.match(halfFilled, JOB), Locale.ENGLISH);

        assertThat(finding(doc.get("findings"), "T-04").get("kind").asText()).isEqualTo("INFORMATION");
        assertThat(doc.get("unknowns").toString())
                .contains("{\"field\":\"candidate.transportModes\",\"text\":\"the candidate's transport modes\"}");
    }

    @Test
    void oneLineHoldsTheSameDocument() throws Exception {
        MatchResult result = MATCHER.match(CANDIDATE, JOB);

        String line = Json.writeLine(TEXTS.document(result, NL));

        assertThat(line).doesNotContain("\n");
        assertThat(Json.mapper().readTree(line)).isEqualTo(Json.mapper().readTree(Json.write(TEXTS.document(result, NL))));
    }

    @Test
    void aWrittenDocumentReadsBackEqual() {
        MatchResult result = MATCHER.match(CANDIDATE, JOB);

        ResultDocument back = Json.readResult("result.json", Json.write(TEXTS.document(result, NL)));

        assertThat(back).isEqualTo(TEXTS.document(result, NL));
    }

    @Test
    void aResultWithoutItsTextsIsRefusedWithWhatToWriteInstead() {
        MatchResult result = MATCHER.match(CANDIDATE, JOB);

        assertThatThrownBy(() -> Json.write(result)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the result of amira × delivery-hasselt holds no texts: write its document, "
                        + "Json.write(matcher.texts().document(result, locale))");
        assertThatThrownBy(() -> Json.writeLine(result)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("the result of amira × delivery-hasselt holds no texts");
    }

    @Test
    void writingTheSameResultTwiceGivesTheSameText() {
        assertThat(Json.write(TEXTS.document(MATCHER.match(CANDIDATE, JOB), NL)))
                .isEqualTo(Json.write(TEXTS.document(MATCHER.match(CANDIDATE, JOB), NL)));
    }

    private static JsonNode finding(JsonNode findings, String ruleId) {
        return StreamSupport.stream(findings.spliterator(), false).filter(f -> f.get("ruleId").asText().equals(ruleId))
                .findFirst().orElseThrow(() -> new AssertionError(ruleId + " not in " + findings));
    }
}
