package org.threegaps.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.threegaps.matcher.model.Candidate;
import org.threegaps.matcher.model.Cefr;
import org.threegaps.matcher.model.DutchRequirement;
import org.threegaps.matcher.model.Frequency;
import org.threegaps.matcher.model.Importance;
import org.threegaps.matcher.model.Job;
import org.threegaps.matcher.model.LanguageReason;
import org.threegaps.matcher.model.Location;
import org.threegaps.matcher.model.Support;
import org.threegaps.matcher.model.SupportOffer;
import org.threegaps.matcher.model.Task;
import org.threegaps.matcher.model.TaskTiming;
import org.threegaps.matcher.result.Gap;
import org.threegaps.matcher.result.Kind;
import org.threegaps.matcher.result.Lever;
import org.threegaps.matcher.result.Verdict;

class LanguageRulesTest extends RuleTestSupport {

    private static Candidate dutch(Cefr level) {
        return Fixtures.candidate().language("nl", level).build();
    }

    private static Job.Builder asks(Cefr level, Set<String> instructions, LanguageReason... reasons) {
        return Fixtures.job().dutch(new DutchRequirement(level, Set.of(reasons), instructions));
    }

    /** @return the fixture job's place and hours, with the tasks the test adds instead of the fixture's */
    private static Job.Builder tasksOnly() {
        Job neutral = Fixtures.job().build();
        return Job.builder("j-tasks").location(neutral.location()).publicTransportReachable(true).hours(38, 38);
    }

    private static SupportOffer offers(Support... supports) {
        return new SupportOffer(Set.of(supports), Set.of(), 0, null);
    }

    // --- LA-01 / LA-02: safety and solo work ------------------------------------------------------

    @Test
    void la01_safetyLevelFromTheStartWithoutSupportBlocksAndNamesLevelsAndReason() {
        var job = asks(Cefr.B1, Set.of("nl"), LanguageReason.SAFETY_INSTRUCTIONS).build();
        var finding = fires("LA-01", dutch(Cefr.A1), job);
        assertThat(finding.kind()).isEqualTo(Kind.BLOCKER);
        assertThat(finding.levers()).startsWith(Lever.TRANSLATED_INSTRUCTIONS, Lever.INTERPRETER_COLLEAGUE);
        assertThat(nl(finding)).startsWith("De job vraagt Nederlands op B1 omwille van veiligheidsinstructies, vanaf de "
                + "eerste dag; de kandidaat spreekt Nederlands op A1.");
        assertThat(en(finding)).contains("because of safety instructions");
    }

    @Test
    void la01_silentWithLanguageCoachingOnTheFloorWhichLeavesAPenalty() {
        var job = asks(Cefr.B1, Set.of("nl"), LanguageReason.SAFETY_INSTRUCTIONS)
                .supports(offers(Support.LANGUAGE_COACHING_ON_FLOOR)).build();
        silent("LA-01", dutch(Cefr.A1), job);
        fires("LA-02", dutch(Cefr.A1), job);
    }

    @Test
    void la01_silentWhenInstructionsExistInALanguageTheCandidateWorksIn() {
        var english = Fixtures.candidate().language("nl", Cefr.A1).language("en", Cefr.B2).build();
        var job = asks(Cefr.B1, Set.of("nl", "en"), LanguageReason.SAFETY_INSTRUCTIONS).build();
        silent("LA-01", english, job);
    }

    @Test
    void la02_gapOnlyForLaterTasksIsAPenaltyNamingTheLevels() {
        var job = asks(Cefr.B1, Set.of("nl"), LanguageReason.READING_MEDICAL_OR_TECHNICAL_DOCS)
                .task(new Task("bar", "bar work", Importance.HIGH, Frequency.DAILY, TaskTiming.FROM_START, false, false,
                        Cefr.A1, List.of()))
                .task(new Task("reports", "write care reports", Importance.HIGH, Frequency.DAILY,
                        TaskTiming.AFTER_ONBOARDING, false, false, Cefr.B1, List.of()))
                .build();
        var finding = fires("LA-02", dutch(Cefr.A1), job);
        assertThat(finding.points()).isEqualTo(15);
        assertThat(nl(finding)).startsWith("De job vraagt Nederlands op B1 voor veiligheid of alleen werken; de kandidaat "
                + "spreekt Nederlands op A1 (2 niveaus lager).");
        silent("LA-01", dutch(Cefr.A1), job);
    }

    @Test
    void la02_silentWhenTheCandidateHasTheLevel() {
        silent("LA-02", dutch(Cefr.B2), asks(Cefr.B1, Set.of("nl"), LanguageReason.SAFETY_INSTRUCTIONS)
                .supports(offers(Support.LANGUAGE_COACHING_ON_FLOOR)).build());
    }

    // --- LA-03 / LA-04: communication ---------------------------------------------------------------

    @Test
    void la03_customerContactOnACoreTaskWithoutSupportBlocksAndNamesTheLevers() {
        // the picking task of the fixture job is important and daily, from the first day
        var job = asks(Cefr.B1, Set.of("nl"), LanguageReason.CUSTOMER_CONTACT).build();
        var finding = fires("LA-03", dutch(Cefr.A2), job);
        assertThat(finding.kind()).isEqualTo(Kind.BLOCKER);
        assertThat(finding.points()).isZero();
        assertThat(finding.levers()).contains(Lever.LANGUAGE_COACHING_ON_FLOOR, Lever.BUDDY, Lever.TRANSLATION_APP, Lever.DEFER_TASK);
        assertThat(en(finding)).isEqualTo("A core task asks for Dutch at B1 for customer or patient contact from the first day; "
                + "the candidate speaks Dutch at A2, and the employer offers no language support on the floor.");
        assertThat(match(dutch(Cefr.A2), job).verdict()).isEqualTo(Verdict.NOT_YET);
        silent("LA-09", dutch(Cefr.A2), job);
    }

    @Test
    void la03_silentWhenTheCustomerContactIsOnATaskThatIsNeitherImportantNorDaily() {
        var job = tasksOnly()
                .task(new Task("shop", "help in the shop", Importance.MEDIUM, Frequency.WEEKLY, TaskTiming.FROM_START,
                        false, false, Cefr.B1, List.of()))
                .dutch(new DutchRequirement(Cefr.B1, Set.of(LanguageReason.CUSTOMER_CONTACT), Set.of("nl"))).build();
        silent("LA-03", dutch(Cefr.A2), job);
        assertThat(fires("LA-09", dutch(Cefr.A2), job).points()).isEqualTo(10);
    }

    @Test
    void la03_silentWhenTheCoreTaskAsksNoMoreThanTheCandidateSpeaks() {
        // the till asks B1 but comes after onboarding; the daily task from the start asks A2
        var job = tasksOnly()
                .task(new Task("till", "register at the till", Importance.HIGH, Frequency.DAILY, TaskTiming.AFTER_ONBOARDING,
                        false, false, Cefr.B1, List.of()))
                .task(new Task("shelves", "fill the shelves", Importance.HIGH, Frequency.DAILY, TaskTiming.FROM_START,
                        false, false, Cefr.A2, List.of()))
                .dutch(new DutchRequirement(Cefr.B1, Set.of(LanguageReason.CUSTOMER_CONTACT), Set.of("nl"))).build();
        silent("LA-03", dutch(Cefr.A2), job);
        fires("LA-09", dutch(Cefr.A2), job);
    }

    @Test
    void la03_silentWhenAppMessagesBridgeTheGap() {
        var job = asks(Cefr.B1, Set.of("nl"), LanguageReason.CUSTOMER_CONTACT).supports(offers(Support.TRANSLATION_APP)).build();
        silent("LA-03", dutch(Cefr.A2), job);
    }

    @Test
    void la04_coachingOnTheFloorBridgesTheCoreTasksCustomerContact() {
        var job = asks(Cefr.B1, Set.of("nl"), LanguageReason.CUSTOMER_CONTACT)
                .supports(offers(Support.LANGUAGE_COACHING_ON_FLOOR)).build();
        var finding = fires("LA-04", dutch(Cefr.A2), job);
        assertThat(finding.kind()).isEqualTo(Kind.BRIDGED);
        assertThat(finding.points()).isEqualTo(5);
        assertThat(nl(finding)).endsWith("De werkgever overbrugt de kloof met taalcoaching op de werkvloer.");
        assertThat(match(dutch(Cefr.A2), job).verdict()).isEqualTo(Verdict.MATCH_WITH_SUPPORT);
    }

    @Test
    void la04_silentWithoutSupport() {
        silent("LA-04", dutch(Cefr.A2), asks(Cefr.B1, Set.of("nl"), LanguageReason.CUSTOMER_CONTACT).build());
    }

    @Test
    void la09_teamCommunicationWithoutSupportIsAPenaltyNamingTheReason() {
        var job = asks(Cefr.B1, Set.of("nl"), LanguageReason.TEAM_COMMUNICATION).build();
        var finding = fires("LA-09", dutch(Cefr.A2), job);
        assertThat(finding.kind()).isEqualTo(Kind.PENALTY);
        assertThat(finding.points()).isEqualTo(10);
        assertThat(en(finding)).isEqualTo("The job asks for Dutch at B1 for communication in the team; the candidate "
                + "speaks Dutch at A2, and the employer offers no language support.");
        silent("LA-03", dutch(Cefr.A2), job);
    }

    @Test
    void la09_silentWhenAppMessagesBridgeTheGap() {
        var job = asks(Cefr.B1, Set.of("nl"), LanguageReason.TEAM_COMMUNICATION).supports(offers(Support.TRANSLATION_APP)).build();
        silent("LA-09", dutch(Cefr.A2), job);
    }

    @Test
    void la10_translationAppHalvesThePenaltyAndIsNamed() {
        var job = asks(Cefr.B1, Set.of("nl"), LanguageReason.TEAM_COMMUNICATION).supports(offers(Support.TRANSLATION_APP)).build();
        var finding = fires("LA-10", dutch(Cefr.A2), job);
        assertThat(finding.points()).isEqualTo(5);
        assertThat(nl(finding)).endsWith("De werkgever overbrugt de kloof met berichten via een vertaalapp.");
    }

    @Test
    void la10_buddyInASharedLanguageCountsAsSupport() {
        var arabic = Fixtures.candidate().language("nl", Cefr.A2).language("ar", Cefr.C2).build();
        var job = asks(Cefr.B1, Set.of("nl"), LanguageReason.TEAM_COMMUNICATION)
                .supports(new SupportOffer(Set.of(Support.BUDDY), Set.of("ar"), 0, null)).build();
        assertThat(en(fires("LA-10", arabic, job))).endsWith("with a buddy.");
        silent("LA-09", arabic, job);
    }

    @Test
    void la10_instructionsInTheCandidatesLanguageCountAsSupport() {
        var english = Fixtures.candidate().language("nl", Cefr.A2).language("en", Cefr.B1).build();
        var job = asks(Cefr.B1, Set.of("nl", "en"), LanguageReason.WRITTEN_REPORTING).build();
        assertThat(nl(fires("LA-10", english, job))).endsWith("met instructies in een taal die de kandidaat spreekt.");
    }

    @Test
    void la10_silentWithoutSupport() {
        silent("LA-10", dutch(Cefr.A2), asks(Cefr.B1, Set.of("nl"), LanguageReason.TEAM_COMMUNICATION).build());
    }

    // --- LA-05 / LA-06: levels not tied to the work -------------------------------------------------

    @Test
    void la05_nativeSpeakerDemandIsFlaggedOnTheSearchGapAndNotScored() {
        var job = asks(Cefr.C2, Set.of("nl"), LanguageReason.NATIVE_SPEAKER_REQUESTED).build();
        var finding = fires("LA-05", dutch(Cefr.C1), job);
        assertThat(finding.gap()).isEqualTo(Gap.SEARCH);
        assertThat(finding.kind()).isEqualTo(Kind.INFORMATION);
        assertThat(en(finding)).startsWith("The job asks for a native speaker of Dutch (level C2).");
        assertThat(match(dutch(Cefr.C1), job).score(Gap.SKILL)).isEqualTo(100);
    }

    @Test
    void la05_silentForATaskBasedLevel() {
        silent("LA-05", dutch(Cefr.B1), Fixtures.job().build());
    }

    @Test
    void la06_levelWithoutATaskReasonIsNotScored() {
        var job = asks(Cefr.B2, Set.of("nl"), LanguageReason.UNSPECIFIED_PREFERENCE).build();
        var finding = fires("LA-06", dutch(Cefr.A2), job);
        assertThat(finding.levers()).containsExactly(Lever.TASK_LINKED_REQUIREMENTS);
        assertThat(nl(finding)).startsWith("De job vraagt Nederlands op B2 zonder reden die aan het werk gekoppeld is; "
                + "de kandidaat spreekt Nederlands op A2.");
        silent("LA-03", dutch(Cefr.A2), job);
        assertThat(match(dutch(Cefr.A2), job).score(Gap.SKILL)).isEqualTo(100);
    }

    @Test
    void la06_silentWhenAReasonTiesTheLevelToTheWork() {
        silent("LA-06", dutch(Cefr.A2), asks(Cefr.B2, Set.of("nl"), LanguageReason.WRITTEN_REPORTING).build());
    }

    // --- LA-07 / LA-08 ------------------------------------------------------------------------------

    @Test
    void la07_instructionsInEnglishAreAStrength() {
        var english = Fixtures.candidate().language("nl", Cefr.A1).language("en", Cefr.B2).build();
        var job = asks(Cefr.B1, Set.of("nl", "en"), LanguageReason.SAFETY_INSTRUCTIONS).build();
        var finding = fires("LA-07", english, job);
        assertThat(finding.kind()).isEqualTo(Kind.BONUS);
        assertThat(nl(finding)).startsWith("Werk- en veiligheidsinstructies bestaan in het Engels");
    }

    @Test
    void la07_silentWhenNoTaskBacksTheDutchLevel() {
        // LA-06 does not score that gap, so a bonus for bridging it would leave the pair worse once closed
        var english = Fixtures.candidate().language("nl", Cefr.A1).language("en", Cefr.B2).build();
        var job = asks(Cefr.B1, Set.of("nl", "en"), LanguageReason.UNSPECIFIED_PREFERENCE).build();
        fires("LA-06", english, job);
        silent("LA-07", english, job);
    }

    @Test
    void la07_silentWhenTheCandidateSpeaksTheLanguageBelowTheWorkingLevel() {
        var basicEnglish = Fixtures.candidate().language("nl", Cefr.A1).language("en", Cefr.A2).build();
        var job = asks(Cefr.B1, Set.of("nl", "en"), LanguageReason.SAFETY_INSTRUCTIONS).build();
        silent("LA-07", basicEnglish, job);
        fires("LA-01", basicEnglish, job);
    }

    @Test
    void la08_unknownDutchIsInformationNotAPenalty() {
        var unknown = Candidate.builder("c-unknown-dutch").home(Location.postcode("3600"))
                .competence("order-picking", 2, null).build();
        var finding = fires("LA-08", unknown, Fixtures.job().build());
        assertThat(finding.kind()).isEqualTo(Kind.INFORMATION);
        assertThat(nl(finding)).isEqualTo("Het niveau Nederlands kon niet vergeleken worden: niveau Nederlands ontbreekt (de job vraagt A2).");
        silent("LA-03", unknown, Fixtures.job().build());
    }

    @Test
    void la08_silentWhenTheLevelIsKnown() {
        silent("LA-08", dutch(Cefr.A1), Fixtures.job().build());
    }
}
