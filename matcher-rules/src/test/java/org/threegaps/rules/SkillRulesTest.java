package org.threegaps.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.threegaps.matcher.model.Candidate;
import org.threegaps.matcher.model.Evidence;
import org.threegaps.matcher.model.Frequency;
import org.threegaps.matcher.model.Importance;
import org.threegaps.matcher.model.Recognition;
import org.threegaps.matcher.model.Requirement;
import org.threegaps.matcher.model.RequirementCategory;
import org.threegaps.matcher.model.Task;
import org.threegaps.matcher.model.TaskTiming;
import org.threegaps.matcher.result.Gap;
import org.threegaps.matcher.result.Kind;
import org.threegaps.matcher.result.Lever;

class SkillRulesTest extends RuleTestSupport {

    private static Requirement qualification(String code, boolean legal, int graceMonths) {
        return new Requirement(code, RequirementCategory.QUALIFICATION, 0, true, false, 0, legal, graceMonths);
    }

    private static Task task(String id, String name, boolean core, boolean reassignable, Requirement... requirements) {
        return new Task(id, name, core ? Importance.HIGH : Importance.MEDIUM, core ? Frequency.DAILY : Frequency.WEEKLY,
                TaskTiming.FROM_START, false, reassignable, null, List.of(requirements));
    }

    private static Task careTask(Requirement requirement) {
        return new Task("medication", "hand out medication", Importance.HIGH, Frequency.DAILY, TaskTiming.FROM_START,
                true, false, null, List.of(requirement));
    }

    // --- SK-01 / SK-02 / SK-03: legally required qualifications --------------------------------------

    @Test
    void sk01_pendingRecognitionBlocksARegulatedCareTask() {
        var zainab = Fixtures.candidate().qualification("nursing-diploma", Recognition.PENDING).build();
        var job = Fixtures.job().task(careTask(qualification("nursing-diploma", true, 0))).build();
        var finding = fires("SK-01", zainab, job);
        assertThat(finding.kind()).isEqualTo(Kind.BLOCKER);
        assertThat(finding.levers()).contains(Lever.REMOVE_TASK, Lever.DIPLOMA_RECOGNITION);
        assertThat(nl(finding)).isEqualTo("De wet vereist de kwalificatie 'diploma verpleegkunde' voor 'hand out medication'; "
                + "de kandidaat heeft geen erkende kwalificatie (status: in behandeling).");
        assertThat(en(finding)).contains("(status: pending)");
    }

    @Test
    void sk01_jobLevelLegalQualificationNamesTheWholeJob() {
        var job = Fixtures.job().requirement(qualification("food-safety-certificate", true, 0)).build();
        assertThat(en(fires("SK-01", Fixtures.candidate().build(), job)))
                .isEqualTo("The law requires the qualification 'food safety certificate' for 'the job as a whole'; "
                        + "the candidate does not hold a recognised one (status: not held).");
    }

    @Test
    void sk01_silentWithARecognisedDiplomaOrAGracePeriod() {
        var recognised = Fixtures.candidate().qualification("nursing-diploma", Recognition.RECOGNISED).build();
        silent("SK-01", recognised, Fixtures.job().task(careTask(qualification("nursing-diploma", true, 0))).build());
        var none = Fixtures.candidate().build();
        silent("SK-01", none, Fixtures.job().task(careTask(qualification("nursing-diploma", true, 12))).build());
    }

    @Test
    void sk02_graceMonthsTurnTheBlockerIntoAPenaltyNamingTheMonths() {
        var job = Fixtures.job().task(careTask(qualification("nursing-diploma", true, 12))).build();
        var finding = fires("SK-02", Fixtures.candidate().build(), job);
        assertThat(finding.points()).isEqualTo(10);
        assertThat(en(finding)).contains("'nursing diploma'").contains("12 months");
    }

    @Test
    void sk02_silentWhenTheLawDoesNotAskForIt() {
        var job = Fixtures.job().task(task("desk", "reception", false, false, qualification("secretary-diploma", false, 12))).build();
        silent("SK-02", Fixtures.candidate().build(), job);
    }

    @Test
    void sk03_pendingRecognitionIsInformationWithTheRecognitionLever() {
        var zainab = Fixtures.candidate().qualification("teaching-degree", Recognition.PENDING).build();
        var job = Fixtures.job().task(task("class", "teach a class", true, false, qualification("teaching-degree", false, 0))).build();
        var finding = fires("SK-03", zainab, job);
        assertThat(finding.kind()).isEqualTo(Kind.INFORMATION);
        assertThat(finding.levers()).containsExactly(Lever.DIPLOMA_RECOGNITION);
        assertThat(nl(finding)).startsWith("De kandidaat heeft 'lerarendiploma', maar de erkenning is in behandeling.");
        // a diploma held abroad counts as held for a requirement the law does not make
        silent("SK-04", zainab, job);
    }

    @Test
    void sk03_silentForARecognisedDiploma() {
        var recognised = Fixtures.candidate().qualification("teaching-degree", null).build();
        silent("SK-03", recognised, Fixtures.job().task(task("class", "teach a class", true, false,
                qualification("teaching-degree", false, 0))).build());
    }

    // --- SK-04 / SK-08: proxies the law does not ask for, and practical evidence ---------------------

    private static Task receptionTask() {
        return task("desk", "welcome visitors", true, false, Requirement.competence("customer-service", 2),
                new Requirement("belgian-work-experience", RequirementCategory.EXPERIENCE, 1, true, false, 0, false, 0));
    }

    @Test
    void sk04_missingLocalExperienceTheEmployerHoldsEssentialBlocksAndNamesTheEmployerLevers() {
        var selfReported = Fixtures.candidate().competence("customer-service", 2, Evidence.SELF_REPORTED).build();
        var finding = fires("SK-04", selfReported, Fixtures.job().task(receptionTask()).build());
        assertThat(finding.kind()).isEqualTo(Kind.BLOCKER);
        assertThat(finding.points()).isZero();
        assertThat(finding.levers()).startsWith(Lever.TRIAL_DAY, Lever.TASK_LINKED_REQUIREMENTS);
        assertThat(en(finding)).startsWith("The task 'welcome visitors' asks for 'work experience in Belgium'");
        silent("SK-08", selfReported, Fixtures.job().task(receptionTask()).build());
    }

    @Test
    void sk04_evidenceTheCandidateHoldsDoesNotBridgeItWhileTheJobAcceptsNone() {
        // a newcomer's volunteering shows the competence, but an employer who offers no trial day does not see it
        var yusuf = Fixtures.candidate().competence("customer-service", 2, Evidence.VOLUNTEERING).build();
        fires("SK-04", yusuf, Fixtures.job().task(receptionTask()).build());
    }

    @Test
    void sk04_silentWhenTheJobOffersATrialDay() {
        var yusuf = Fixtures.candidate().competence("customer-service", 2, Evidence.VOLUNTEERING).build();
        silent("SK-04", yusuf, Fixtures.job().task(receptionTask()).supports(trialDay()).build());
    }

    @Test
    void sk08_aTrialDayBridgesMissingLocalExperience() {
        var yusuf = Fixtures.candidate().competence("customer-service", 2, Evidence.VOLUNTEERING).build();
        var job = Fixtures.job().task(receptionTask()).supports(trialDay()).build();
        var finding = fires("SK-08", yusuf, job);
        assertThat(finding.kind()).isEqualTo(Kind.BRIDGED);
        assertThat(finding.points()).isEqualTo(5);
        assertThat(nl(finding)).contains("'werkervaring in België'").contains("proefdag");
        assertThat(match(yusuf, job).verdict()).isEqualTo(org.threegaps.matcher.result.Verdict.MATCH_WITH_SUPPORT);
    }

    @Test
    void sk08_aRouteOnTheJobWithinThePolicysWeeksBridgesIt() {
        var job = Fixtures.job().task(task("desk", "welcome visitors", true, false, Requirement.competence("customer-service", 2),
                new Requirement("belgian-work-experience", RequirementCategory.EXPERIENCE, 1, true, true, 12, false, 0))).build();
        fires("SK-08", Fixtures.candidate().build(), job);
        silent("SK-04", Fixtures.candidate().build(), job);
    }

    @Test
    void sk08_silentWithoutATrialDayOrARouteOnTheJob() {
        var job = Fixtures.job().task(task("desk", "welcome visitors", true, false, Requirement.competence("customer-service", 2),
                new Requirement("belgian-work-experience", RequirementCategory.EXPERIENCE, 1, true, true, 13, false, 0))).build();
        silent("SK-08", Fixtures.candidate().build(), job);
        fires("SK-04", Fixtures.candidate().build(), job);
    }

    private static org.threegaps.matcher.model.SupportOffer trialDay() {
        return new org.threegaps.matcher.model.SupportOffer(Set.of(org.threegaps.matcher.model.Support.TRIAL_DAY), Set.of(), 0, null);
    }

    // --- SK-05 / SK-06: competences below level, not quickly trainable --------------------------------

    private static Task forkliftTask(boolean core, boolean reassignable, Requirement requirement) {
        return task("forklift", "drive the forklift", core, reassignable, requirement);
    }

    @Test
    void sk05_coreTaskCompetenceBelowLevelNamesLevelsAndTask() {
        var job = Fixtures.job().task(forkliftTask(true, false, Requirement.competence("forklift", 3))).build();
        var finding = fires("SK-05", Fixtures.candidate().build(), job);
        assertThat(finding.kind()).isEqualTo(Kind.BLOCKER);
        assertThat(finding.points()).isZero();
        assertThat(en(finding)).isEqualTo("The core task 'drive the forklift' needs 'forklift driving' at level 3; the candidate is "
                + "at level 0, and it cannot be learned quickly on the job.");
        silent("SK-06", Fixtures.candidate().build(), job);
    }

    @Test
    void sk05_trainingLongerThanThePolicyAllowsCountsAsNotTrainable() {
        var job = Fixtures.job().task(forkliftTask(true, false, Requirement.competence("forklift", 3).trainableIn(20))).build();
        fires("SK-05", Fixtures.candidate().build(), job);
    }

    @Test
    void sk05_silentWhenTheCompetenceIsLearnedOnTheJobWithinThePolicyWeeks() {
        var job = Fixtures.job().task(forkliftTask(true, false, Requirement.competence("forklift", 3).trainableIn(4))).build();
        silent("SK-05", Fixtures.candidate().build(), job);
    }

    @Test
    void sk06_reassignableTaskWeighsLess() {
        var job = Fixtures.job().task(forkliftTask(true, true, Requirement.competence("forklift", 3))).build();
        var finding = fires("SK-06", Fixtures.candidate().build(), job);
        assertThat(finding.points()).isEqualTo(10);
        assertThat(nl(finding)).contains("'drive the forklift'").contains("niveau 3").contains("niveau 0");
        silent("SK-05", Fixtures.candidate().build(), job);
    }

    @Test
    void sk06_silentWhenTheCandidateMeetsTheLevel() {
        var driver = Fixtures.candidate().competence("forklift", 3, Evidence.CERTIFICATE).build();
        silent("SK-06", driver, Fixtures.job().task(forkliftTask(false, false, Requirement.competence("forklift", 3))).build());
    }

    // --- SK-07: ideal wishes ----------------------------------------------------------------------

    @Test
    void sk07_idealWishIsInformationAndNeverBlocksOrCosts() {
        var job = Fixtures.job().task(forkliftTask(true, false, Requirement.competence("forklift", 3).ideal())).build();
        var finding = fires("SK-07", Fixtures.candidate().build(), job);
        assertThat(finding.kind()).isEqualTo(Kind.INFORMATION);
        assertThat(en(finding)).isEqualTo("'forklift driving' (for 'drive the forklift') is an ideal wish, not an entry requirement; it was not scored.");
        silent("SK-05", Fixtures.candidate().build(), job);
        assertThat(match(Fixtures.candidate().build(), job).score(Gap.SKILL)).isEqualTo(100);
    }

    @Test
    void sk07_silentForAnEssentialRequirement() {
        silent("SK-07", Fixtures.candidate().build(),
                Fixtures.job().task(forkliftTask(true, false, Requirement.competence("forklift", 3))).build());
    }

    // --- SK-09: unknown competences -----------------------------------------------------------------

    @Test
    void sk09_unknownCompetencesAreInformationNotAPenalty() {
        Candidate unknown = Fixtures.candidate().competences(List.of()).build();
        var finding = fires("SK-09", unknown, Fixtures.job().build());
        assertThat(finding.kind()).isEqualTo(Kind.INFORMATION);
        assertThat(nl(finding)).isEqualTo("De skillvereisten konden niet vergeleken worden: competenties van de kandidaat ontbreken.");
        silent("SK-05", unknown, Fixtures.job().build());
    }

    @Test
    void sk09_silentWhenCompetencesAreFilledIn() {
        silent("SK-09", Fixtures.candidate().build(), Fixtures.job().build());
    }
}
