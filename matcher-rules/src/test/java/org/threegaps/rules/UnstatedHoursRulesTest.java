package org.threegaps.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.threegaps.matcher.result.Finding.Argument.number;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.threegaps.matcher.model.Candidate;
import org.threegaps.matcher.model.CareDuty;
import org.threegaps.matcher.model.FunctionalNeed;
import org.threegaps.matcher.model.Job;
import org.threegaps.matcher.model.Roster;
import org.threegaps.matcher.model.ScheduleControl;
import org.threegaps.matcher.model.TimeWindow;
import org.threegaps.matcher.result.Kind;
import org.threegaps.matcher.result.MatchResult;

/**
 * A job that does not say whether part-time work or job sharing is possible, or who sets the hours, is
 * unknown on that point, not "no" or "fixed" (DESIGN.md): the care and health rules charge no blocker or
 * penalty for what the employer never said, and the pair lists the field so the case worker asks. Each
 * case is paired with the same job stating "no" or FIXED, where the rule still fires as before.
 */
class UnstatedHoursRulesTest extends RuleTestSupport {
    private static final DayOfWeek[] WEEKDAYS = {DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
            DayOfWeek.THURSDAY, DayOfWeek.FRIDAY};

    /** The neutral job saying nothing about part-time, job sharing or who sets the hours. */
    private static Job.Builder silentJob() {
        return Fixtures.job().partTimePossible(null).jobSharing(null).scheduleControl(null);
    }

    private static Job.Builder silentJob(int h1, int h2) {
        return CareRulesTest.withRosters(silentJob().build(), new Roster("r", Fixtures.shifts(h1, 0, h2, 0, WEEKDAYS)))
                .toBuilder();
    }

    private static Candidate.Builder schoolRunParent() {
        Candidate.Builder b = Fixtures.candidate().careDuties(Set.of(CareDuty.CHILDREN));
        for (DayOfWeek day : WEEKDAYS) {
            b.careWindow(new TimeWindow(day, LocalTime.of(7, 30), LocalTime.of(8, 45)));
        }
        return b;
    }

    // --- weekly hours: CA-08 / CA-09 -----------------------------------------------------------------

    @Test
    void ca08_noBlockerWhenTheJobDoesNotSayWhetherFewerHoursArePossible() {
        var ci = Fixtures.candidate().maxHoursPerWeek(10).build(); // "Ci", 000 L2539-2546

        MatchResult result = silent("CA-08", ci, silentJob().hours(19, 38).build());

        assertThat(result.blockers()).isEmpty();
        assertThat(result.unknowns()).contains("job.partTimePossible", "job.jobSharing");
    }

    @Test
    void ca09_theShortfallItselfIsStillAPenaltyToTalkAbout() {
        var ci = Fixtures.candidate().maxHoursPerWeek(10).build();

        var finding = fires("CA-09", ci, silentJob().hours(19, 38).build());

        assertThat(finding.kind()).isEqualTo(Kind.PENALTY);
        assertThat(finding.args()).containsExactly(number(19), number(10));
        assertThat(en(finding)).endsWith("part-time work or job sharing is not ruled out: discuss fewer hours.");
        assertThat(nl(finding)).endsWith("deeltijds werk of jobdelen is niet uitgesloten: bespreek minder uren.");
    }

    @Test
    void ca08_noBlockerWhenPartTimeIsRefusedButJobSharingIsNotStated() {
        var ci = Fixtures.candidate().maxHoursPerWeek(10).build();

        MatchResult result = silent("CA-08", ci, silentJob().hours(19, 38).partTimePossible(false).build());

        assertThat(result.fired("CA-09")).isTrue();
        assertThat(result.unknowns()).contains("job.jobSharing").doesNotContain("job.partTimePossible");
    }

    @Test
    void ca08_stillBlocksWhenTheJobSaysNoToBoth() {
        var ci = Fixtures.candidate().maxHoursPerWeek(10).build();
        Job saysNo = silentJob().hours(19, 38).partTimePossible(false).jobSharing(false).build();

        assertThat(fires("CA-08", ci, saysNo).kind()).isEqualTo(Kind.BLOCKER);
        assertThat(match(ci, saysNo).unknowns()).doesNotContain("job.partTimePossible", "job.jobSharing");
    }

    // --- who sets the hours: CA-01 / CA-02, CA-03 / CA-04 ----------------------------------------------

    @Test
    void ca01_aCareClashIsNoBlockerWhenTheJobDoesNotSayTheHoursAreFixed() {
        MatchResult result = silent("CA-01", schoolRunParent().build(), silentJob(6, 14).build());

        assertThat(result.unknowns()).contains("job.scheduleControl");
        var finding = fires("CA-02", schoolRunParent().build(), silentJob(6, 14).build());
        assertThat(finding.kind()).isEqualTo(Kind.PENALTY);
        assertThat(en(finding)).endsWith("few days are concerned or the employer has not fixed the hours.");
    }

    @Test
    void ca01_stillBlocksWhenTheJobFixesTheHours() {
        Job fixed = silentJob(6, 14).scheduleControl(ScheduleControl.FIXED).build();

        assertThat(fires("CA-01", schoolRunParent().build(), fixed).kind()).isEqualTo(Kind.BLOCKER);
        assertThat(match(schoolRunParent().build(), fixed).unknowns()).doesNotContain("job.scheduleControl");
    }

    @Test
    void ca03_nightsAreNoBlockerWhenTheJobDoesNotSayTheHoursAreFixed() {
        var noNights = Fixtures.candidate().availability(null).build();

        MatchResult result = silent("CA-03", noNights, silentJob(22, 6).build());

        assertThat(result.fired("CA-04")).isTrue();
        assertThat(result.unknowns()).contains("job.scheduleControl");
        fires("CA-03", noNights, silentJob(22, 6).scheduleControl(ScheduleControl.FIXED).build());
    }

    // --- short-notice absence and a say in the hours: CA-10, CA-11 ------------------------------------

    @Test
    void ca10_noPenaltyForStayingHomeAtShortNoticeWhenTheJobDoesNotSayTheHoursAreFixed() {
        var candidate = Fixtures.candidate().shortNoticeAbsence(true).build();

        MatchResult result = silent("CA-10", candidate, silentJob().build());

        assertThat(result.unknowns()).contains("job.scheduleControl");
        fires("CA-10", candidate, silentJob().scheduleControl(ScheduleControl.FIXED).build());
    }

    @Test
    void ca11_noBonusForASayInTheHoursTheJobDoesNotMention() {
        var carer = Fixtures.candidate().careDuties(Set.of(CareDuty.ADULT_DEPENDANT)).build();

        MatchResult result = silent("CA-11", carer, silentJob().build());

        assertThat(result.unknowns()).contains("job.scheduleControl");
        fires("CA-11", carer, silentJob().scheduleControl(ScheduleControl.NEGOTIABLE).build());
    }

    // --- capacity that goes up and down: HE-04 / HE-05 -------------------------------------------------

    @Test
    void he04_noPenaltyForVaryingCapacityWhenTheJobDoesNotSayTheHoursAreFixed() {
        var varying = Fixtures.candidate().functionalNeeds(Set.of(FunctionalNeed.FLUCTUATING_CAPACITY)).build();

        MatchResult result = silent("HE-04", varying, silentJob().build());

        assertThat(result.unknowns()).contains("job.scheduleControl", "job.partTimePossible");
        fires("HE-04", varying, silentJob().scheduleControl(ScheduleControl.FIXED).build());
    }

    @Test
    void he05_negotiableHoursEarnTheBonusOnlyWhenPartTimeIsStated() {
        var varying = Fixtures.candidate().functionalNeeds(Set.of(FunctionalNeed.FLUCTUATING_CAPACITY)).build();
        Job negotiable = silentJob().scheduleControl(ScheduleControl.NEGOTIABLE).build();

        MatchResult result = silent("HE-05", varying, negotiable);

        assertThat(result.unknowns()).contains("job.partTimePossible");
        fires("HE-05", varying, negotiable.toBuilder().partTimePossible(true).build());
    }

    // --- what the case worker reads ------------------------------------------------------------------

    @Test
    void theUnknownsAreNamedInPlainWordsThatSayWhomToAsk() {
        MatchResult result = match(Fixtures.candidate().maxHoursPerWeek(10).build(), silentJob().hours(19, 38).build());

        assertThat(MATCHER.texts().field("job.partTimePossible", NL)).isEqualTo("of de job deeltijds kan (vraag het de werkgever)");
        assertThat(MATCHER.texts().field("job.jobSharing", EN)).isEqualTo("whether the job can be shared (ask the employer)");
    }
}
