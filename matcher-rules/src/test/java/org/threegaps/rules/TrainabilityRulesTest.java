package org.threegaps.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.threegaps.matcher.model.Evidence;
import org.threegaps.matcher.model.Frequency;
import org.threegaps.matcher.model.Importance;
import org.threegaps.matcher.model.Requirement;
import org.threegaps.matcher.model.Support;
import org.threegaps.matcher.model.SupportOffer;
import org.threegaps.matcher.model.Task;
import org.threegaps.matcher.model.TaskTiming;
import org.threegaps.matcher.result.Kind;
import org.threegaps.matcher.result.Lever;

class TrainabilityRulesTest extends RuleTestSupport {

    /** Scanning orders: scanner level 2, learned on the job in {@code weeks}. */
    private static Task scanning(TaskTiming timing, boolean reassignable, Requirement requirement) {
        return new Task("scan", "scan the orders", Importance.HIGH, Frequency.DAILY, timing, false, reassignable, null,
                List.of(requirement));
    }

    private static Requirement scanner(int weeks) {
        return Requirement.competence("scanner", 2).trainableIn(weeks);
    }

    private static SupportOffer training(int weeks, Support... more) {
        var offered = new java.util.HashSet<>(Set.of(more));
        offered.add(Support.ON_THE_JOB_TRAINING);
        return new SupportOffer(offered, Set.of(), weeks, null);
    }

    @Test
    void tr01_gapWithinTheOfferedTrainingIsASmallPenaltyNamingTheWeeks() {
        var job = Fixtures.job().task(scanning(TaskTiming.FROM_START, false, scanner(2))).supports(training(4)).build();
        var finding = fires("TR-01", Fixtures.candidate().build(), job);
        assertThat(finding.points()).isEqualTo(5);
        assertThat(en(finding)).contains("'using a handheld scanner'").contains("about 2 weeks").contains("the 4 weeks of training");
        silent("TR-02", Fixtures.candidate().build(), job);
        silent("SK-05", Fixtures.candidate().build(), job);
    }

    @Test
    void tr01_silentWhenTheCandidateAlreadyHasTheCompetence() {
        var scannerUser = Fixtures.candidate().competence("scanner", 2, Evidence.WORK_EXPERIENCE).build();
        silent("TR-01", scannerUser, Fixtures.job().task(scanning(TaskTiming.FROM_START, false, scanner(2)))
                .supports(training(4)).build());
    }

    @Test
    void tr02_trainingLongerThanOfferedNamesBothAndTheExtendLever() {
        var job = Fixtures.job().task(scanning(TaskTiming.FROM_START, false, scanner(8))).supports(training(2)).build();
        var finding = fires("TR-02", Fixtures.candidate().build(), job);
        assertThat(finding.points()).isEqualTo(10);
        assertThat(finding.levers()).containsExactly(Lever.ON_THE_JOB_TRAINING, Lever.DEFER_TASK);
        assertThat(nl(finding)).contains("ongeveer 8 weken").contains("biedt 2 weken opleiding");
    }

    @Test
    void tr02_silentOnceTheEmployerExtendsTheTraining() {
        var job = Fixtures.job().task(scanning(TaskTiming.FROM_START, false, scanner(8))).supports(training(8)).build();
        silent("TR-02", Fixtures.candidate().build(), job);
        fires("TR-01", Fixtures.candidate().build(), job);
    }

    @Test
    void tr03_taskAfterOnboardingIsNotScored() {
        var job = Fixtures.job().task(scanning(TaskTiming.AFTER_ONBOARDING, false, scanner(8))).build();
        var finding = fires("TR-03", Fixtures.candidate().build(), job);
        assertThat(finding.kind()).isEqualTo(Kind.INFORMATION);
        assertThat(en(finding)).contains("starts only after onboarding").contains("about 8 weeks");
        silent("TR-02", Fixtures.candidate().build(), job);
    }

    @Test
    void tr03_silentForATaskFromTheStart() {
        silent("TR-03", Fixtures.candidate().build(),
                Fixtures.job().task(scanning(TaskTiming.FROM_START, false, scanner(8))).build());
    }

    @Test
    void tr04_reassignableTaskThatCannotBeLearnedQuicklyGivesTeamAdvice() {
        var job = Fixtures.job().task(scanning(TaskTiming.FROM_START, true, Requirement.competence("scanner", 2))).build();
        var finding = fires("TR-04", Fixtures.candidate().build(), job);
        assertThat(finding.kind()).isEqualTo(Kind.INFORMATION);
        assertThat(finding.levers()).containsExactly(Lever.REASSIGN_TASK, Lever.REMOVE_TASK);
        assertThat(nl(finding)).startsWith("Een collega kan de taak 'scan the orders' overnemen");
    }

    @Test
    void tr04_silentWhenNoColleagueCanTakeItOver() {
        silent("TR-04", Fixtures.candidate().build(),
                Fixtures.job().task(scanning(TaskTiming.FROM_START, false, Requirement.competence("scanner", 2))).build());
    }

    @Test
    void tr05_buddyWhoTrainsIsAStrength() {
        var job = Fixtures.job().task(scanning(TaskTiming.FROM_START, false, scanner(2))).supports(training(3, Support.BUDDY)).build();
        var finding = fires("TR-05", Fixtures.candidate().build(), job);
        assertThat(finding.kind()).isEqualTo(Kind.BONUS);
        assertThat(en(finding)).contains("(3 weeks of training)");
    }

    @Test
    void tr05_silentWhenThereIsNothingToLearn() {
        var scannerUser = Fixtures.candidate().competence("scanner", 2, Evidence.WORK_EXPERIENCE).build();
        silent("TR-05", scannerUser, Fixtures.job().task(scanning(TaskTiming.FROM_START, false, scanner(2)))
                .supports(training(3, Support.BUDDY)).build());
    }

    @Test
    void tr05_silentForATaskThatStartsAfterOnboarding() {
        // that gap is not scored (TR-03), so a bonus for bridging it would leave the pair worse once a
        // redesign removed the task
        var job = Fixtures.job().task(scanning(TaskTiming.AFTER_ONBOARDING, false, scanner(2)))
                .supports(training(3, Support.BUDDY)).build();
        fires("TR-03", Fixtures.candidate().build(), job);
        silent("TR-05", Fixtures.candidate().build(), job);
    }
}
