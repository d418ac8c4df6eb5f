package org.threegaps.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.threegaps.matcher.result.Finding.Argument.number;
import static org.threegaps.matcher.result.Finding.Argument.text;
import static org.threegaps.matcher.result.Finding.Argument.value;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.threegaps.matcher.model.Candidate;
import org.threegaps.matcher.model.CareDuty;
import org.threegaps.matcher.model.FunctionalNeed;
import org.threegaps.matcher.model.Job;
import org.threegaps.matcher.model.Roster;
import org.threegaps.matcher.model.ScheduleControl;
import org.threegaps.matcher.model.Support;
import org.threegaps.matcher.model.SupportOffer;
import org.threegaps.matcher.model.TimeWindow;
import org.threegaps.matcher.result.Gap;
import org.threegaps.matcher.result.Kind;
import org.threegaps.matcher.result.Lever;

/** care.drl: school drop-off against early shifts, nights, weekends, availability, weekly hours. */
class CareRulesTest extends RuleTestSupport {
    private static final DayOfWeek[] WEEKDAYS = {DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
            DayOfWeek.THURSDAY, DayOfWeek.FRIDAY};

    /** A parent who takes the children to school from 07:30 to 08:45 on weekdays (seed 002 L502-505). */
    private static Candidate.Builder schoolRunParent() {
        Candidate.Builder b = Fixtures.candidate().careDuties(Set.of(CareDuty.CHILDREN));
        for (DayOfWeek day : WEEKDAYS) {
            b.careWindow(new TimeWindow(day, LocalTime.of(7, 30), LocalTime.of(8, 45)));
        }
        return b;
    }

    /** The neutral job with one roster of {@code h1:00–h2:00} on the given days. */
    private static Job.Builder jobWithShifts(int h1, int m1, int h2, int m2, DayOfWeek... days) {
        return withRosters(Fixtures.job().build(), new Roster("r", Fixtures.shifts(h1, m1, h2, m2, days))).toBuilder();
    }

    /** The job with its rosters replaced (the builder can only add rosters). */
    static Job withRosters(Job j, Roster... rosters) {
        return new Job(j.id(), j.title(), j.employer(), j.sector(), j.location(), j.publicTransportReachable(), j.tasks(),
                j.requirements(), j.dutch(), List.of(rosters), j.hoursMin(), j.hoursMax(), j.partTimePossible(),
                j.jobSharing(), j.scheduleControl(), j.physicalLoad(), j.hazards(), j.wheelchairAccessible(),
                j.dressCode(), j.supports(), j.applicationMode(), j.hourlyWage(), j.contract(), j.pathToPermanent(),
                j.developmentPath(), j.redesignOptions());
    }

    private static Job.Builder earlyShift() {
        return jobWithShifts(6, 0, 14, 0, WEEKDAYS);
    }

    private static SupportOffer offering(Support support) {
        return new SupportOffer(Set.of(support), Set.of(), 0, null);
    }

    // --- CA-01 / CA-02: care windows -----------------------------------------------------------------

    @Test
    void ca01_earlyShiftOnFixedHoursBlocksTheSchoolRunAndNamesTheMinutes() {
        var finding = fires("CA-01", schoolRunParent().build(), earlyShift().build());
        assertThat(finding.kind()).isEqualTo(Kind.BLOCKER);
        assertThat(finding.gap()).isEqualTo(Gap.ORGANISATION);
        assertThat(finding.args()).containsExactly(value("MONDAY"), text("06:00-14:00"), value("CHILDREN"), number(375), number(5));
        assertThat(finding.levers()).contains(Lever.EXTRA_ROSTER, Lever.SCHEDULE_CONTROL, Lever.PART_TIME);
        assertThat(nl(finding)).isEqualTo("Dienst maandag 06:00-14:00 valt samen met de zorg voor de kinderen: "
                + "375 min per week, op 5 dagen, ook in het best passende rooster. De werkgever legt de uren vast.");
        assertThat(en(finding)).startsWith("Shift Monday 06:00-14:00 clashes with caring for the children: 375 min a week, on 5 days");
    }

    @Test
    void ca01_silentWhenTheHoursCanBeAgreed() {
        var negotiable = earlyShift().scheduleControl(ScheduleControl.NEGOTIABLE).build();
        silent("CA-01", schoolRunParent().build(), negotiable);
    }

    @Test
    void ca01_silentWhenTheClashIsOnTwoDaysOnly() {
        var twoDays = jobWithShifts(6, 0, 14, 0, DayOfWeek.MONDAY, DayOfWeek.TUESDAY).build();
        silent("CA-01", schoolRunParent().build(), twoDays);
    }

    @Test
    void ca01_silentWhenAnotherRosterLeavesTheSchoolRunFree() {
        var withDayRoster = earlyShift().roster(new Roster("day", Fixtures.shifts(9, 0, 17, 0, WEEKDAYS))).build();
        silent("CA-01", schoolRunParent().build(), withDayRoster);
        silent("CA-02", schoolRunParent().build(), withDayRoster);
    }

    @Test
    void ca02_sameClashWithHoursByAgreementIsAPenaltyWithTheMinutes() {
        var negotiable = earlyShift().scheduleControl(ScheduleControl.NEGOTIABLE).build();
        var finding = fires("CA-02", schoolRunParent().build(), negotiable);
        assertThat(finding.kind()).isEqualTo(Kind.PENALTY);
        assertThat(finding.points()).isEqualTo(15);
        assertThat(finding.args()).containsExactly(value("MONDAY"), text("06:00-14:00"), value("CHILDREN"), number(375), number(5));
        assertThat(nl(finding)).startsWith("Dienst maandag 06:00-14:00 valt samen met de zorg voor de kinderen: 375 min per week, op 5 dagen.");
        assertThat(en(finding)).contains("375 min a week, on 5 days");
    }

    @Test
    void ca02_careWindowsWithoutADeclaredDutyAreNamedAsCareTimes() {
        var noDuty = schoolRunParent().careDuties(Set.of()).build();
        var finding = fires("CA-02", noDuty, jobWithShifts(6, 0, 14, 0, DayOfWeek.MONDAY).build());
        assertThat(nl(finding)).contains("valt samen met de zorgmomenten van de kandidaat: 75 min per week, op 1 dag");
    }

    @Test
    void ca02_silentWhenNoShiftTouchesACareWindow() {
        silent("CA-02", schoolRunParent().build(), Fixtures.job().build());
    }

    // --- CA-03 / CA-04: nights ---------------------------------------------------------------------

    @Test
    void ca03_fixedNightRosterBlocksACandidateWhoDoesNotWorkNights() {
        var nights = jobWithShifts(22, 0, 6, 0, WEEKDAYS).build();
        var finding = fires("CA-03", Fixtures.candidate().build(), nights);
        assertThat(finding.kind()).isEqualTo(Kind.BLOCKER);
        assertThat(finding.args()).containsExactly(number(2400), number(22), number(6), text("06:00"));
        assertThat(nl(finding)).isEqualTo("Het rooster heeft 2400 min nachtwerk per week (tussen 22:00 en 6:00, diensten tot 06:00); "
                + "de kandidaat werkt niet 's nachts en de werkgever legt de uren vast.");
        assertThat(en(finding)).startsWith("The roster has 2400 min of night work a week");
        // the night minutes are not counted a second time as time outside the availability
        silent("CA-07", Fixtures.candidate().build(), nights);
    }

    @Test
    void ca03_silentWhenTheCandidateWorksNights() {
        silent("CA-03", Fixtures.candidate().nightWork(true).availability(null).build(), jobWithShifts(22, 0, 6, 0, WEEKDAYS).build());
    }

    @Test
    void ca04_lateEveningsAreSomeNightWorkAPenalty() {
        var evenings = Fixtures.candidate().availability(Fixtures.weekdays(7, 0, 23, 0)).build();
        var finding = fires("CA-04", evenings, jobWithShifts(15, 0, 23, 0, WEEKDAYS).build());
        assertThat(finding.points()).isEqualTo(15);
        assertThat(finding.args()).containsExactly(number(300), number(22), number(6), text("23:00"));
        assertThat(nl(finding)).isEqualTo("Het rooster heeft 300 min nachtwerk per week (tussen 22:00 en 6:00, diensten tot 23:00); "
                + "de kandidaat werkt niet 's nachts.");
        silent("CA-03", evenings, jobWithShifts(15, 0, 23, 0, WEEKDAYS).build());
    }

    @Test
    void ca04_silentWhenNightWorkIsUnknownRatherThanRefused() {
        silent("CA-04", Fixtures.candidate().nightWork(null).availability(Fixtures.weekdays(7, 0, 23, 0)).build(),
                jobWithShifts(15, 0, 23, 0, WEEKDAYS).build());
    }

    // --- CA-05: weekends ----------------------------------------------------------------------------

    @Test
    void ca05_saturdayShiftAgainstNoWeekendsNamesTheMinutes() {
        var withSaturday = jobWithShifts(9, 0, 17, 0, DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                DayOfWeek.THURSDAY, DayOfWeek.SATURDAY).scheduleControl(ScheduleControl.NEGOTIABLE).build();
        var finding = fires("CA-05", Fixtures.candidate().build(), withSaturday);
        assertThat(finding.points()).isEqualTo(10);
        assertThat(finding.args()).containsExactly(number(480));
        assertThat(nl(finding)).isEqualTo("Het rooster heeft 480 min weekendwerk per week; de kandidaat werkt niet in het weekend.");
        assertThat(en(finding)).isEqualTo("The roster has 480 min of weekend work a week; the candidate does not work weekends.");
        silent("CA-07", Fixtures.candidate().build(), withSaturday);
    }

    @Test
    void ca05_aShortSaturdayOnAFixedRosterIsAPenalty() {
        // 239 minutes, one below availability.large.minMinutes
        var saturdayOnly = jobWithShifts(9, 0, 12, 59, DayOfWeek.SATURDAY).build();
        assertThat(fires("CA-05", Fixtures.candidate().build(), saturdayOnly).args()).containsExactly(number(239));
        silent("CA-14", Fixtures.candidate().build(), saturdayOnly);
    }

    @Test
    void ca14_aFullSaturdayAgainstNoWeekendsOnAFixedRosterBlocks() {
        var withSaturday = jobWithShifts(9, 0, 13, 0, DayOfWeek.MONDAY, DayOfWeek.SATURDAY).build();
        var finding = fires("CA-14", Fixtures.candidate().build(), withSaturday);
        assertThat(finding.kind()).isEqualTo(Kind.BLOCKER);
        assertThat(finding.args()).containsExactly(number(240));
        assertThat(en(finding)).isEqualTo("The roster has 240 min of weekend work a week on hours the employer fixes; "
                + "the candidate does not work weekends.");
        silent("CA-05", Fixtures.candidate().build(), withSaturday);
    }

    @Test
    void ca14_silentWhenTheHoursCanBeAgreed() {
        var withSaturday = jobWithShifts(9, 0, 17, 0, DayOfWeek.SATURDAY).scheduleControl(ScheduleControl.NEGOTIABLE).build();
        silent("CA-14", Fixtures.candidate().build(), withSaturday);
    }

    @Test
    void ca05_silentWhenTheCandidateWorksWeekends() {
        var withSaturday = jobWithShifts(9, 0, 17, 0, DayOfWeek.SATURDAY).build();
        silent("CA-05", Fixtures.candidate().weekendWork(true).build(), withSaturday);
    }

    // --- CA-06 / CA-07: availability ----------------------------------------------------------------

    @Test
    void ca06_halfAnHourBeforeTheAvailabilityIsASmallPenalty() {
        var finding = fires("CA-06", Fixtures.candidate().build(), jobWithShifts(6, 30, 15, 0, WEEKDAYS).build());
        assertThat(finding.points()).isEqualTo(5);
        assertThat(finding.args()).containsExactly(number(150), text("06:30"), text("15:00"));
        assertThat(nl(finding)).isEqualTo("Het rooster valt 150 min per week buiten de beschikbaarheid van de kandidaat "
                + "(diensten van 06:30 tot 15:00); een later begin of vroeger einde is wellicht af te spreken.");
        assertThat(en(finding)).startsWith("The roster falls 150 min a week outside the candidate's availability");
    }

    @Test
    void ca06_silentWithinTheAvailability() {
        silent("CA-06", Fixtures.candidate().build(), Fixtures.job().build());
    }

    @Test
    void ca07_anHourADayBeforeTheAvailabilityOnFixedHoursBlocks() {
        var finding = fires("CA-07", Fixtures.candidate().build(), earlyShift().build());
        assertThat(finding.kind()).isEqualTo(Kind.BLOCKER);
        assertThat(finding.points()).isZero();
        assertThat(finding.args()).containsExactly(number(300), text("06:00"), text("14:00"));
        assertThat(nl(finding)).isEqualTo("Het rooster valt 300 min per week buiten de beschikbaarheid van de kandidaat "
                + "(diensten van 06:00 tot 14:00), en de werkgever legt de uren vast.");
        silent("CA-06", Fixtures.candidate().build(), earlyShift().build());
        silent("CA-13", Fixtures.candidate().build(), earlyShift().build());
    }

    @Test
    void ca07_silentWhenTheHoursCanBeAgreed() {
        silent("CA-07", Fixtures.candidate().build(), earlyShift().scheduleControl(ScheduleControl.NEGOTIABLE).build());
    }

    @Test
    void ca07_exactlyTheLargeMismatchBlocks() {
        // 06:12-14:00: 48 min a day, 240 a week, exactly availability.large.minMinutes
        fires("CA-07", Fixtures.candidate().build(), jobWithShifts(6, 12, 14, 0, WEEKDAYS).build());
        fires("CA-06", Fixtures.candidate().build(), jobWithShifts(6, 13, 14, 0, WEEKDAYS).build());
    }

    @Test
    void ca13_anHourADayBeforeTheAvailabilityOnHoursThatCanBeAgreedIsALargePenalty() {
        var finding = fires("CA-13", Fixtures.candidate().build(), earlyShift().scheduleControl(ScheduleControl.NEGOTIABLE).build());
        assertThat(finding.kind()).isEqualTo(Kind.PENALTY);
        assertThat(finding.points()).isEqualTo(15);
        assertThat(nl(finding)).isEqualTo("Het rooster valt 300 min per week buiten de beschikbaarheid van de kandidaat "
                + "(diensten van 06:00 tot 14:00); over de uren valt te praten.");
        assertThat(fires("CA-13", Fixtures.candidate().build(), earlyShift().scheduleControl(null).build()).kind())
                .isEqualTo(Kind.PENALTY);
    }

    @Test
    void ca13_silentOnFixedHours() {
        silent("CA-13", Fixtures.candidate().build(), earlyShift().build());
    }

    @Test
    void ca07_silentForASmallMismatch() {
        silent("CA-07", Fixtures.candidate().build(), jobWithShifts(6, 30, 15, 0, WEEKDAYS).build());
    }

    @Test
    void ca07_careMinutesAreNotCountedAgainAsTimeOutsideTheAvailability() {
        // availability 09:00-19:00, school run 07:30-08:45, shift 07:30-16:00: only 08:45-09:00 is "other"
        var parent = schoolRunParent().availability(Fixtures.weekdays(9, 0, 19, 0)).build();
        var result = silent("CA-07", parent, jobWithShifts(7, 30, 16, 0, WEEKDAYS).build());
        assertThat(result.findings()).filteredOn(f -> f.ruleId().equals("CA-06"))
                .singleElement().satisfies(f -> assertThat(f.args().get(0)).isEqualTo(number(75)));
    }

    // --- CA-08 / CA-09: weekly hours ----------------------------------------------------------------

    @Test
    void ca08_tenHoursAWeekAgainstAFullTimeJobWithoutPartTimeBlocks() {
        var ci = Fixtures.candidate().maxHoursPerWeek(10).build(); // "Ci", 000 L2539-2546
        var finding = fires("CA-08", ci, Fixtures.job().hours(19, 38).build());
        assertThat(finding.kind()).isEqualTo(Kind.BLOCKER);
        assertThat(finding.levers()).containsExactly(Lever.PART_TIME);
        assertThat(nl(finding)).isEqualTo("De job vraagt minstens 19 u per week en laat geen deeltijds werk of jobdelen toe; "
                + "de kandidaat kan 10 u per week werken.");
        assertThat(en(finding)).isEqualTo("The job asks at least 19 h a week and allows no part-time work or job sharing; "
                + "the candidate can work 10 h a week.");
    }

    @Test
    void ca08_silentWhenPartTimeIsPossible() {
        var ci = Fixtures.candidate().maxHoursPerWeek(10).build();
        silent("CA-08", ci, Fixtures.job().hours(19, 38).partTimePossible(true).build());
    }

    @Test
    void ca08_silentForAShortfallOfLessThanAWorkingDay() {
        var thirtyFour = Fixtures.candidate().maxHoursPerWeek(34).build();
        silent("CA-08", thirtyFour, Fixtures.job().hours(38, 38).build());
        var finding = fires("CA-09", thirtyFour, Fixtures.job().hours(38, 38).build());
        assertThat(finding.args()).containsExactly(number(38), number(34));
    }

    @Test
    void ca09_shortfallWithJobSharingIsAPenaltyToTalkAbout() {
        var ci = Fixtures.candidate().maxHoursPerWeek(10).build();
        var finding = fires("CA-09", ci, Fixtures.job().hours(19, 38).jobSharing(true).build());
        assertThat(finding.points()).isEqualTo(10);
        assertThat(finding.args()).containsExactly(number(19), number(10));
        assertThat(nl(finding)).startsWith("De job vraagt minstens 19 u per week; de kandidaat kan 10 u per week werken.");
        assertThat(en(finding)).startsWith("The job asks at least 19 h a week; the candidate can work 10 h a week.");
    }

    @Test
    void ca09_silentWhenTheHoursFitOrAreUnknown() {
        silent("CA-09", Fixtures.candidate().build(), Fixtures.job().build());
        silent("CA-09", Fixtures.candidate().maxHoursPerWeek(null).build(), Fixtures.job().hours(19, 38).partTimePossible(true).build());
        silent("CA-08", Fixtures.candidate().maxHoursPerWeek(null).build(), Fixtures.job().hours(19, 38).build());
    }

    // --- CA-10: short-notice absence ----------------------------------------------------------------

    @Test
    void ca10_stayingHomeAtShortNoticeOnFixedHoursIsAPenalty() {
        var finding = fires("CA-10", Fixtures.candidate().shortNoticeAbsence(true).build(), Fixtures.job().build());
        assertThat(finding.points()).isEqualTo(10);
        assertThat(finding.levers()).containsExactly(Lever.FLEXIBLE_ABSENCE, Lever.SCHEDULE_CONTROL);
        assertThat(nl(finding)).startsWith("De kandidaat moet soms op korte termijn thuis kunnen blijven");
        assertThat(en(finding)).startsWith("The candidate sometimes has to stay home at short notice");
    }

    @Test
    void ca10_silentWhenTheEmployerAllowsFlexibleAbsence() {
        var job = Fixtures.job().supports(offering(Support.FLEXIBLE_ABSENCE)).build();
        silent("CA-10", Fixtures.candidate().shortNoticeAbsence(true).build(), job);
    }

    @Test
    void ca10_andHe04ChargeOnceForTheOneMissingFlexibleAbsence() {
        // GIVEN a candidate who must sometimes stay home at short notice AND whose capacity varies (seed 002
        // L1172-1180), against fixed hours without flexible absence: both rules read the same missing lever
        var painClinic = Fixtures.candidate().shortNoticeAbsence(true)
                .functionalNeeds(Set.of(FunctionalNeed.FLUCTUATING_CAPACITY)).build();
        var job = Fixtures.job().build();
        // WHEN the pair is scored
        var result = match(painClinic, job);
        // THEN one penalty of 10 points names flexible absence: HE-04's, which also names part-time
        // hours; CA-10 stays silent
        assertThat(result.findings()).filteredOn(f -> f.kind() == Kind.PENALTY && f.levers().contains(Lever.FLEXIBLE_ABSENCE))
                .extracting(f -> f.ruleId() + " " + f.points())
                .containsExactly("HE-04 10");
    }

    // --- CA-11: a say in the hours ------------------------------------------------------------------

    @Test
    void ca11_aCarerWithHoursByAgreementGetsABonus() {
        var carer = Fixtures.candidate().careDuties(Set.of(CareDuty.ADULT_DEPENDANT)).build();
        var finding = fires("CA-11", carer, Fixtures.job().scheduleControl(ScheduleControl.NEGOTIABLE).build());
        assertThat(finding.kind()).isEqualTo(Kind.BONUS);
        assertThat(finding.points()).isEqualTo(5);
        assertThat(nl(finding)).isEqualTo("De kandidaat heeft zorgtaken en krijgt inspraak in de uren (uren in overleg).");
        assertThat(en(finding)).isEqualTo("The candidate has care duties and gets a say in the hours (hours by agreement).");
    }

    @Test
    void ca11_silentOnFixedHoursAndWhereACareClashIsAlreadyScored() {
        var carer = Fixtures.candidate().careDuties(Set.of(CareDuty.ADULT_DEPENDANT)).build();
        silent("CA-11", carer, Fixtures.job().build());
        silent("CA-11", schoolRunParent().build(), earlyShift().scheduleControl(ScheduleControl.NEGOTIABLE).build());
    }

    // --- CA-12: unknown availability ----------------------------------------------------------------

    @Test
    void ca12_unknownAvailabilityIsInformationNotAPenalty() {
        var unknown = Fixtures.candidate().availability(null).build();
        var finding = fires("CA-12", unknown, earlyShift().build());
        assertThat(finding.kind()).isEqualTo(Kind.INFORMATION);
        assertThat(finding.points()).isZero();
        assertThat(nl(finding)).isEqualTo("Het uurrooster kon niet naast de beschikbaarheid gelegd worden: beschikbaarheid van de kandidaat ontbreekt.");
        assertThat(en(finding)).isEqualTo("The roster could not be compared with the availability: the candidate's availability is missing.");
        silent("CA-06", unknown, earlyShift().build());
        silent("CA-07", unknown, earlyShift().build());
    }

    @Test
    void ca12_silentWhenTheAvailabilityIsKnown() {
        silent("CA-12", Fixtures.candidate().build(), Fixtures.job().build());
    }
}
