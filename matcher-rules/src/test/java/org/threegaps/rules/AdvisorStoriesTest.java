package org.threegaps.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.threegaps.matcher.internal.MatcherInternals;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.threegaps.matcher.Matcher;
import org.threegaps.matcher.result.Advice;
import org.threegaps.matcher.result.Advice.AskEmployer;
import org.threegaps.matcher.result.Advice.JobAdvice;
import org.threegaps.matcher.result.Advice.OptionReach;
import org.threegaps.matcher.result.Advice.Suggestion;
import org.threegaps.matcher.engine.RuleCompiler;
import org.threegaps.matcher.RuleProblem;
import org.threegaps.matcher.RuleSource;
import org.threegaps.matcher.model.CareDuty;
import org.threegaps.matcher.model.Candidate;
import org.threegaps.matcher.model.Effort;
import org.threegaps.matcher.model.Job;
import org.threegaps.matcher.model.RedesignOption;
import org.threegaps.matcher.model.Roster;
import org.threegaps.matcher.model.ScheduleControl;
import org.threegaps.matcher.model.Support;
import org.threegaps.matcher.result.Gap;
import org.threegaps.matcher.result.Lever;
import org.threegaps.matcher.result.Verdict;

/** The redesign advisor on the default rule set: the single parent and the 06:00 roster. */
class AdvisorStoriesTest {
    private static final Matcher MATCHER = Matcher.withDefaultRules().build();
    private static final DayOfWeek[] WEEKDAYS = {DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
            DayOfWeek.THURSDAY, DayOfWeek.FRIDAY};

    /** A single parent who takes the children to school between 07:00 and 09:00 on weekdays. */
    private static Candidate singleParent(String id) {
        Candidate neutral = Fixtures.candidate().build();
        Candidate.Builder parent = Candidate.builder(id).competences(neutral.competences()).language("nl", neutral.dutch())
                .digitalSkill(neutral.digitalSkill()).home(neutral.home()).drivingLicence(true).car(false)
                .transportModes(neutral.transportModes()).maxCommuteMinutes(45).maxHoursPerWeek(38).nightWork(false)
                .weekendWork(false).shortNoticeAbsence(false).monthsSinceLastWork(3).firstJobInCountry(false)
                .selfConfidence(neutral.selfConfidence()).minHourlyWage(neutral.minHourlyWage())
                .documentsAllow(neutral.documentsAllow()).requiresStableContract(false).singleCarer(true).careDuties(Set.of(CareDuty.CHILDREN))
                .availability(Fixtures.weekdays(6, 0, 19, 0));
        Fixtures.weekdays(7, 0, 9, 0).forEach(parent::careWindow);
        return parent.build();
    }

    /** The order-picker job on a fixed 06:00–14:00 roster; the employer is open to a roster from 09:00. */
    private static Job earlyRoster() {
        Job neutral = Fixtures.job().build();
        return Job.builder("j-early").title(neutral.title()).employer(neutral.employer()).location(neutral.location())
                .publicTransportReachable(true).task(neutral.tasks().get(0)).dutch(neutral.dutch())
                .roster(new Roster("early", Fixtures.shifts(6, 0, 14, 0, WEEKDAYS))).hours(38, 38)
                .scheduleControl(ScheduleControl.FIXED).physicalLoad(neutral.physicalLoad())
                .wheelchairAccessible(true).dressCode(neutral.dressCode()).applicationMode(neutral.applicationMode())
                .hourlyWage(neutral.hourlyWage()).contract(neutral.contract()).pathToPermanent(true)
                .redesignOption(RedesignOption.extraRoster("from-nine",
                        new Roster("from-nine", Fixtures.shifts(9, 0, 17, 0, WEEKDAYS)), Effort.MEDIUM))
                .redesignOption(RedesignOption.support("buddy", Support.BUDDY, Set.of("ar"), Effort.LOW))
                .build();
    }

    @Test
    void singleParentAndA0600RosterGetASecondRosterFrom0900() {
        Advice advice = MATCHER.advise(singleParent("c-parent"), earlyRoster());

        assertThat(advice.result().fired("CA-01")).isTrue();
        Suggestion best = advice.best().orElseThrow();
        assertThat(best.ids()).isEqualTo("from-nine");
        assertThat(best.verdict()).isEqualTo(Verdict.MATCH);
        assertThat(best.liftsEveryBlocker()).isTrue();
        assertThat(best.closes()).anyMatch(f -> f.ruleId().equals("CA-01"));
        assertThat(MATCHER.texts().explain(best, Locale.ENGLISH).get(0))
                .isEqualTo("offer an additional roster \"from-nine\" (Mon, Tue, Wed, Thu, Fri 09:00–17:00)");
    }

    @Test
    void theBuddyIsNotTriedForTheRosterClash() {
        Advice advice = MATCHER.advise(singleParent("c-parent"), earlyRoster());

        assertThat(advice.redesigns()).allSatisfy(s -> assertThat(s.ids()).doesNotContain("buddy"));
    }

    @Test
    void aSayInTheHoursIsAskedOfTheEmployerBecauseNoOptionDeclaresIt() {
        Advice advice = MATCHER.advise(singleParent("c-parent"), earlyRoster());

        assertThat(advice.askEmployer()).extracting(AskEmployer::lever).contains(Lever.SCHEDULE_CONTROL);
    }

    @Test
    void childcareIsTheCandidateSideStepWithItsDurationFromThePolicy() {
        Advice advice = MATCHER.advise(singleParent("c-parent"), earlyRoster());

        assertThat(advice.development()).extracting(Suggestion::ids).contains("childcare");
        Suggestion childcare = advice.development().stream().filter(s -> s.ids().equals("childcare")).findFirst().orElseThrow();
        assertThat(childcare.weeks()).isEqualTo(8);
        assertThat(childcare.gain(Gap.ORGANISATION)).isGreaterThanOrEqualTo(0);
    }

    @Test
    void theRosterFrom0900OpensTheJobToEveryParentOfThePool() {
        List<Candidate> pool = List.of(singleParent("p-1"), singleParent("p-2"), Fixtures.candidate().build());

        JobAdvice advice = MATCHER.adviseJob(earlyRoster(), pool);

        assertThat(advice.options()).extracting(OptionReach::ids).first().isEqualTo("from-nine");
        // the neutral candidate is available from 07:00: an hour before that every weekday, on fixed hours, is
        // much of the roster outside their availability (CA-07), which the roster from 09:00 lifts as well
        assertThat(advice.options().get(0).unlocked()).containsExactly("c-neutral", "p-1", "p-2");
    }

    @Test
    void theDevelopmentDurationsInThePolicyAreReadNotReportedAsUnused() {
        List<RuleProblem> problems = RuleCompiler.verify(RuleSource.defaults());

        assertThat(problems).noneMatch(p -> p.toString().contains("development."));
        assertThat(MatcherInternals.ruleBase(MATCHER).policy().integer("development.DUTCH_COURSE.weeksPerLevel")).isEqualTo(26);
    }

    @Test
    void aDevelopmentDurationThatIsNotWholeWeeksIsALocatedError() {
        RuleSource source = RuleSource.defaults();
        RuleSource broken = source.with(RuleSource.PARAMETERS,
                source.text(RuleSource.PARAMETERS).replace("development.SHORT_COURSE.weeks = 6", "development.SHORT_COURSE.weeks = six"));

        List<RuleProblem> problems = RuleCompiler.verify(broken);

        assertThat(problems).anyMatch(p -> p.isError() && p.file().equals("policy.properties") && p.line() > 0
                && p.message().equals("parameter development.SHORT_COURSE.weeks must be whole weeks between 0 and 520, was \"six\""));
    }
}
