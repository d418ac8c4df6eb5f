package org.threegaps.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.threegaps.matcher.result.Finding.Argument.language;
import static org.threegaps.matcher.result.Finding.Argument.number;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.threegaps.matcher.model.Candidate;
import org.threegaps.matcher.model.Cefr;
import org.threegaps.matcher.model.Level;
import org.threegaps.matcher.model.Support;
import org.threegaps.matcher.model.SupportOffer;
import org.threegaps.matcher.result.Gap;
import org.threegaps.matcher.result.Kind;
import org.threegaps.matcher.result.Lever;

/** onboarding.drl: support after the start for a candidate likely to need an intensive start. */
class OnboardingRulesTest extends RuleTestSupport {
    /** Three years out of paid work: more than onboarding.intensive.monthsSinceWork (24). */
    private static Candidate.Builder longOutOfWork() {
        return Fixtures.candidate().monthsSinceLastWork(36);
    }

    private static SupportOffer offering(Support support, Set<String> buddyLanguages, int trainingWeeks, Integer durationWeeks) {
        return new SupportOffer(Set.of(support), buddyLanguages, trainingWeeks, durationWeeks);
    }

    private static SupportOffer offering(Support support) {
        return offering(support, Set.of(), 0, null);
    }

    @Test
    void on01_aBuddyForAnIntensiveStartIsABonus() {
        var finding = fires("ON-01", longOutOfWork().build(), Fixtures.job().supports(offering(Support.BUDDY)).build());
        assertThat(finding.kind()).isEqualTo(Kind.BONUS);
        assertThat(finding.gap()).isEqualTo(Gap.ORGANISATION);
        assertThat(finding.points()).isEqualTo(10);
        assertThat(nl(finding)).isEqualTo("De kandidaat heeft baat bij een intensieve inwerking; de werkgever voorziet een peter of meter (buddy).");
        assertThat(en(finding)).isEqualTo("The candidate benefits from an intensive start; the employer provides a buddy.");
    }

    @Test
    void on01_silentForACandidateWhoRecentlyWorked() {
        silent("ON-01", Fixtures.candidate().build(), Fixtures.job().supports(offering(Support.BUDDY)).build());
    }

    @Test
    void on02_aBuddyWhoSpeaksTheCandidatesLanguage() {
        var newcomer = Fixtures.candidate().firstJobInCountry(true).language("en", Cefr.B2).build();
        var job = Fixtures.job().supports(offering(Support.BUDDY, Set.of("en"), 0, null)).build();
        var finding = fires("ON-02", newcomer, job);
        assertThat(finding.points()).isEqualTo(5);
        assertThat(finding.args()).containsExactly(language("en"));
        assertThat(nl(finding)).isEqualTo("De peter of meter spreekt ook een taal van de kandidaat (Engels).");
        assertThat(en(finding)).isEqualTo("The buddy also speaks a language of the candidate (English).");
    }

    @Test
    void on02_silentWhenTheCandidateSpeaksTheBuddysLanguageBelowWorkingLevel() {
        var newcomer = Fixtures.candidate().firstJobInCountry(true).language("en", Cefr.A2).build();
        silent("ON-02", newcomer, Fixtures.job().supports(offering(Support.BUDDY, Set.of("en"), 0, null)).build());
    }

    @Test
    void on03_noOneToTurnToIsAdviceThatDoesNotLowerTheScore() {
        var finding = fires("ON-03", longOutOfWork().build(), Fixtures.job().build());
        assertThat(finding.kind()).isEqualTo(Kind.INFORMATION);
        assertThat(finding.points()).isZero();
        assertThat(finding.levers()).containsExactly(Lever.BUDDY, Lever.CONTACT_PERSON, Lever.COACH_ON_FLOOR);
        assertThat(nl(finding)).endsWith("Vraag de werkgever naar een van die drie; dit verlaagt de score niet.");
        assertThat(en(finding)).endsWith("Ask the employer for one of the three; this does not lower the score.");
    }

    @Test
    void on03_silentWhenTheCoachMayComeOnTheFloor() {
        silent("ON-03", longOutOfWork().build(), Fixtures.job().supports(offering(Support.COACH_ON_FLOOR)).build());
    }

    @Test
    void on04_supportThatStopsAfterEightWeeksIsFlagged() {
        var finding = fires("ON-04", longOutOfWork().build(), Fixtures.job().supports(offering(Support.BUDDY, Set.of(), 0, 8)).build());
        assertThat(finding.kind()).isEqualTo(Kind.INFORMATION);
        assertThat(finding.args()).containsExactly(number(8), number(12));
        assertThat(nl(finding)).isEqualTo("De begeleiding na de start stopt na 8 weken; bij een intensieve inwerking is minstens 12 weken aangewezen.");
        assertThat(en(finding)).isEqualTo("Support after the start ends after 8 weeks; an intensive start calls for at least 12 weeks.");
    }

    @Test
    void on04_silentWhenSupportLastsLongEnoughOrIsNotStated() {
        silent("ON-04", longOutOfWork().build(), Fixtures.job().supports(offering(Support.BUDDY, Set.of(), 0, 12)).build());
        silent("ON-04", longOutOfWork().build(), Fixtures.job().supports(offering(Support.BUDDY)).build());
    }

    @Test
    void on05_firstDayInformationHelpsLowSelfConfidence() {
        var shy = Fixtures.candidate().selfConfidence(Level.LOW).build();
        var finding = fires("ON-05", shy, Fixtures.job().supports(offering(Support.FIRST_DAY_INFO)).build());
        assertThat(finding.points()).isEqualTo(5);
        assertThat(nl(finding)).startsWith("De werkgever geeft vooraf duidelijke info voor de eerste werkdag");
        assertThat(en(finding)).startsWith("The employer gives clear information for the first working day in advance");
    }

    @Test
    void on05_silentForMediumSelfConfidence() {
        silent("ON-05", Fixtures.candidate().build(), Fixtures.job().supports(offering(Support.FIRST_DAY_INFO)).build());
    }

    @Test
    void on06_weeksOfTrainingOnTheJobForAnIntensiveStart() {
        var finding = fires("ON-06", longOutOfWork().build(),
                Fixtures.job().supports(offering(Support.ON_THE_JOB_TRAINING, Set.of(), 4, null)).build());
        assertThat(finding.points()).isEqualTo(5);
        assertThat(nl(finding)).isEqualTo("4 weken opleiding op de werkvloer helpen bij een intensieve inwerking.");
        assertThat(en(finding)).isEqualTo("4 weeks of training on the job help an intensive start.");
    }

    @Test
    void on06_silentWithoutTrainingWeeks() {
        silent("ON-06", longOutOfWork().build(), Fixtures.job().supports(offering(Support.ON_THE_JOB_TRAINING)).build());
    }

    @Test
    void monthsOutOfWorkNeverLowerAGapScore() {
        var recent = match(Fixtures.candidate().monthsSinceLastWork(0).build(), Fixtures.job().build());
        var long_ = match(longOutOfWork().monthsSinceLastWork(180).build(), Fixtures.job().build());
        for (Gap gap : Gap.values()) {
            assertThat(long_.score(gap)).as("%s score", gap).isGreaterThanOrEqualTo(recent.score(gap));
        }
        assertThat(long_.verdict()).isEqualTo(recent.verdict());
    }
}
