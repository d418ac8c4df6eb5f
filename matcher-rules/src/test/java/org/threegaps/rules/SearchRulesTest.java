package org.threegaps.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.threegaps.matcher.model.ApplicationMode;
import org.threegaps.matcher.model.Cefr;
import org.threegaps.matcher.model.DigitalSkill;
import org.threegaps.matcher.model.Level;
import org.threegaps.matcher.model.Requirement;
import org.threegaps.matcher.model.RequirementCategory;
import org.threegaps.matcher.model.Support;
import org.threegaps.matcher.model.SupportOffer;
import org.threegaps.matcher.result.Gap;
import org.threegaps.matcher.result.Kind;
import org.threegaps.matcher.result.Lever;

class SearchRulesTest extends RuleTestSupport {

    private static SupportOffer offers(Support... supports) {
        return new SupportOffer(Set.of(supports), Set.of(), 0, null);
    }

    // --- SE-01 / SE-02 / SE-03: application mode against digital skills ------------------------------

    @Test
    void se01_onlineOnlyAgainstBasicDigitalSkillsNamesTheEmployerLeverFirst() {
        var wendy = Fixtures.candidate().digitalSkill(DigitalSkill.BASIC).build();
        var online = Fixtures.job().applicationMode(ApplicationMode.ONLINE_ONLY).build();
        var finding = fires("SE-01", wendy, online);
        assertThat(finding.gap()).isEqualTo(Gap.SEARCH);
        assertThat(finding.points()).isEqualTo(15);
        assertThat(finding.levers()).startsWith(Lever.APPLICATION_IN_PERSON, Lever.APPLICATION_HELP);
        assertThat(en(finding)).isEqualTo("Applying is online only; the candidate's digital skills are at level 'basic', "
                + "and the employer offers no help with the application.");
        silent("SE-02", wendy, online);
    }

    @Test
    void se01_silentWhenTheEmployerHelpsWithTheOnlineSteps() {
        var wendy = Fixtures.candidate().digitalSkill(DigitalSkill.BASIC).build();
        var helped = Fixtures.job().applicationMode(ApplicationMode.ONLINE_ONLY).supports(offers(Support.APPLICATION_HELP)).build();
        silent("SE-01", wendy, helped);
    }

    @Test
    void se02_applyingInPersonIsAStrengthForFewDigitalSkills() {
        var noComputer = Fixtures.candidate().digitalSkill(DigitalSkill.NONE).build();
        var finding = fires("SE-02", noComputer, Fixtures.job().build());
        assertThat(finding.kind()).isEqualTo(Kind.BONUS);
        assertThat(nl(finding)).endsWith("solliciteren kan anders: ter plaatse solliciteren.");
        assertThat(en(fires("SE-02", noComputer, Fixtures.job().applicationMode(ApplicationMode.ONLINE_ONLY)
                .supports(offers(Support.APPLICATION_HELP)).build()))).endsWith("help with the online application.");
    }

    @Test
    void se02_silentForADigitallyIndependentCandidate() {
        silent("SE-02", Fixtures.candidate().build(), Fixtures.job().build());
    }

    @Test
    void se03_unknownDigitalSkillsAreInformation() {
        var unknown = Fixtures.candidate().digitalSkill(null).build();
        var finding = fires("SE-03", unknown, Fixtures.job().applicationMode(ApplicationMode.ONLINE_ONLY).build());
        assertThat(finding.kind()).isEqualTo(Kind.INFORMATION);
        assertThat(nl(finding)).isEqualTo("Solliciteren kan alleen online, maar de digitale vaardigheden van de kandidaat zijn onbekend.");
        silent("SE-01", unknown, Fixtures.job().applicationMode(ApplicationMode.ONLINE_ONLY).build());
    }

    @Test
    void se03_silentWhenTheApplicationIsInPerson() {
        silent("SE-03", Fixtures.candidate().digitalSkill(null).build(), Fixtures.job().build());
    }

    // --- SE-04 / SE-05 / SE-06: the interview ------------------------------------------------------

    @Test
    void se04_interviewInDutchForAnA2SpeakerWithoutInterpreter() {
        var samira = Fixtures.candidate().language("nl", Cefr.A2).build();
        var finding = fires("SE-04", samira, Fixtures.job().build());
        assertThat(finding.points()).isEqualTo(10);
        assertThat(finding.levers()).startsWith(Lever.INTERVIEW_INTERPRETER);
        assertThat(nl(finding)).isEqualTo("Het sollicitatiegesprek is in het Nederlands; de kandidaat spreekt Nederlands "
                + "op A2 (onder B1) en de werkgever voorziet geen tolk.");
    }

    @Test
    void se04_silentWhenTheCoachComesAlong() {
        var samira = Fixtures.candidate().language("nl", Cefr.A2).build();
        silent("SE-04", samira, Fixtures.job().applicationMode(ApplicationMode.VIA_COACH).build());
        silent("SE-04", Fixtures.candidate().build(), Fixtures.job().build());
    }

    @Test
    void se05_needsThatCannotBeExplainedAloneAddToTheLanguagePenalty() {
        var erkan = Fixtures.candidate().language("nl", Cefr.A2).needsHelpToExplainNeeds(true).build();
        var finding = fires("SE-05", erkan, Fixtures.job().build());
        assertThat(finding.points()).isEqualTo(10);
        assertThat(en(finding)).contains("no interpreter");
        assertThat(match(erkan, Fixtures.job().build()).score(Gap.SEARCH)).isLessThanOrEqualTo(80);
    }

    @Test
    void se05_silentWithAnInterpreterAtTheInterview() {
        var erkan = Fixtures.candidate().language("nl", Cefr.A2).needsHelpToExplainNeeds(true).build();
        silent("SE-05", erkan, Fixtures.job().supports(offers(Support.INTERVIEW_INTERPRETER)).build());
    }

    @Test
    void se06_interpreterAtTheInterviewIsAStrength() {
        var erkan = Fixtures.candidate().language("nl", Cefr.A2).needsHelpToExplainNeeds(true).build();
        var finding = fires("SE-06", erkan, Fixtures.job().supports(offers(Support.INTERVIEW_INTERPRETER)).build());
        assertThat(finding.kind()).isEqualTo(Kind.BONUS);
        assertThat(nl(finding)).isEqualTo("Bij het sollicitatiegesprek krijgt de kandidaat een tolk of vertrouwenspersoon.");
    }

    // SE-04 and SE-06 read dutch.candidateBelow(level): false when the level is unknown, whatever the other
    // half of SE-06's "or" says, and a needs-help left empty counts as no
    @ParameterizedTest(name = "needs help {0}, Dutch {1}, interpreter {2}: SE-04 {3}, SE-06 {4}")
    @CsvSource(nullValues = "-", value = {
            "-,     -,  false, false, false",
            "-,     -,  true,  false, false",
            "false, -,  true,  false, false",
            "true,  -,  true,  false, true",
            "true,  -,  false, false, false",
            "false, A2, false, true,  false",
            "false, A2, true,  false, true",
            "-,     A2, true,  false, true",
            "-,     A2, false, true,  false",
            "false, B1, true,  false, false",
            "-,     B1, false, false, false",
            "true,  B2, true,  false, true"})
    void se04AndSe06_acrossUnknownAndKnownDutchAndAnEmptyNeedsHelp(Boolean needsHelp, Cefr dutch, boolean interpreter,
                                                                  boolean se04, boolean se06) {
        var candidate = Fixtures.candidate().languages(dutch == null ? Map.of() : Map.of("nl", dutch))
                .needsHelpToExplainNeeds(needsHelp).build();
        var job = interpreter ? Fixtures.job().supports(offers(Support.INTERVIEW_INTERPRETER)).build() : Fixtures.job().build();

        var fired = match(candidate, job).findings().stream().map(f -> f.ruleId()).toList();

        assertThat(fired.contains("SE-04")).as("SE-04 in %s", fired).isEqualTo(se04);
        assertThat(fired.contains("SE-06")).as("SE-06 in %s", fired).isEqualTo(se06);
    }

    @Test
    void se06_silentForACandidateWhoNeedsNoInterpreter() {
        silent("SE-06", Fixtures.candidate().build(), Fixtures.job().supports(offers(Support.INTERVIEW_INTERPRETER)).build());
    }

    // --- SE-07: requirements no task needs ----------------------------------------------------------

    @Test
    void se07_diplomaWithoutATaskIsFlaggedAndNotScored() {
        var diploma = new Requirement("secondary-diploma", RequirementCategory.QUALIFICATION, 0, true, false, 0, false, 0);
        var job = Fixtures.job().requirement(diploma).build();
        var finding = fires("SE-07", Fixtures.candidate().build(), job);
        assertThat(finding.kind()).isEqualTo(Kind.INFORMATION);
        assertThat(finding.levers()).containsExactly(Lever.TASK_LINKED_REQUIREMENTS);
        assertThat(en(finding)).startsWith("The job asks for 'secondary school diploma' (diploma or certificate), but no task of the job needs it.");
        silent("SK-04", Fixtures.candidate().build(), job);
        assertThat(match(Fixtures.candidate().build(), job).score(Gap.SKILL)).isEqualTo(100);
    }

    @Test
    void se07_silentWhenTheCandidateMeetsItOrTheLawDemandsIt() {
        var diploma = new Requirement("secondary-diploma", RequirementCategory.QUALIFICATION, 0, true, false, 0, false, 0);
        var holder = Fixtures.candidate().qualification("secondary-diploma", null).build();
        silent("SE-07", holder, Fixtures.job().requirement(diploma).build());
        var legal = new Requirement("food-safety-certificate", RequirementCategory.QUALIFICATION, 0, true, false, 0, true, 0);
        silent("SE-07", Fixtures.candidate().build(), Fixtures.job().requirement(legal).build());
    }

    // --- SE-08: getting to know the job -------------------------------------------------------------

    @Test
    void se08_trialDayHelpsACandidateWithLowSelfConfidence() {
        var unsure = Fixtures.candidate().selfConfidence(Level.LOW).build();
        var finding = fires("SE-08", unsure, Fixtures.job().supports(offers(Support.TRIAL_DAY)).build());
        assertThat(finding.points()).isEqualTo(10);
        assertThat(nl(finding)).isEqualTo("De kandidaat kan de job eerst leren kennen: een proefdag.");
    }

    @Test
    void se08_silentWithoutATrialDayOrIntroConversation() {
        silent("SE-08", Fixtures.candidate().selfConfidence(Level.LOW).build(), Fixtures.job().build());
    }
}
