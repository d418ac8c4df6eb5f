package org.threegaps.matcher.model;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Invalid builder input is refused with a message that names the field, the allowed range and the value. */
class ModelValidationTest {

    @Test
    void aCandidateNeedsAnId() {
        assertThatThrownBy(() -> Candidate.builder(" ").build()).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("candidate.id is required and must not be blank");
    }

    @Test
    void aCommuteLimitOutsideZeroToFourHoursIsRefused() {
        assertThatThrownBy(() -> Candidate.builder("c").maxCommuteMinutes(241).build())
                .hasMessage("candidate.maxCommuteMinutes must be between 0 and 240, was 241");
    }

    @Test
    void moreThanSixtyHoursAWeekIsRefused() {
        assertThatThrownBy(() -> Candidate.builder("c").maxHoursPerWeek(61).build())
                .hasMessage("candidate.maxHoursPerWeek must be between 0 and 60, was 61");
    }

    @Test
    void aNegativeWageFloorIsRefused() {
        assertThatThrownBy(() -> Candidate.builder("c").minHourlyWage(new BigDecimal("-1")).build())
                .hasMessage("candidate.minHourlyWage must be between 0 and 500 euro, was -1");
    }

    @Test
    void aCompetenceLevelAboveFourIsRefusedWithItsCode() {
        assertThatThrownBy(() -> Candidate.builder("c").competence("forklift", 5, Evidence.WORK_EXPERIENCE).build())
                .hasMessage("competence forklift.level must be between 0 and 4, was 5");
    }

    @Test
    void aCompetenceDeclaredTwiceIsRefused() {
        assertThatThrownBy(() -> Candidate.builder("c").competence("forklift", 2, null).competence("forklift", 3, null).build())
                .hasMessage("candidate.competences[].code must be unique, \"forklift\" appears twice");
    }

    @Test
    void aLanguageKeyMustBeAnIsoCode() {
        assertThatThrownBy(() -> Candidate.builder("c").language("Arabic", Cefr.B1).build())
                .hasMessage("candidate.languages key must be an ISO 639 language code such as \"nl\" or \"ar\", was \"Arabic\"");
    }

    @Test
    void travellingByCarNeedsACar() {
        assertThatThrownBy(() -> Candidate.builder("c").car(false).transportModes(Set.of(TransportMode.CAR)).build())
                .hasMessage("candidate.transportModes contains CAR but car or drivingLicence is false");
    }

    @Test
    void aJobsMaximumHoursMayNotBeBelowItsMinimum() {
        assertThatThrownBy(() -> Job.builder("j").hours(30, 20).build())
                .hasMessage("job.hoursMax must be at least hoursMin (30), was 20");
    }

    @Test
    void jobHoursAboveSixtyAreRefused() {
        assertThatThrownBy(() -> Job.builder("j").hours(0, 70).build())
                .hasMessage("job.hoursMax must be between 0 and 60, was 70");
    }

    @Test
    void twoTasksWithTheSameIdAreRefused() {
        Task pick = new Task("pick", null, null, null, null, false, false, null, List.of());
        assertThatThrownBy(() -> Job.builder("j").task(pick).task(pick).build())
                .hasMessage("job.tasks[].id must be unique, \"pick\" appears twice");
    }

    @Test
    void aRequirementLevelAboveFourIsRefusedWithItsCode() {
        assertThatThrownBy(() -> Requirement.competence("forklift", 5))
                .hasMessage("requirement forklift.minLevel must be between 0 and 4, was 5");
    }

    @Test
    void aRedesignOptionForAnUnknownTaskIsRefused() {
        assertThatThrownBy(() -> Job.builder("j")
                .redesignOption(RedesignOption.task("drop", RedesignKind.REMOVE_TASK, "report", Effort.LOW)).build())
                .hasMessage("redesignOption drop.taskId \"report\" is not a task of job j");
    }

    @Test
    void aPartTimeOptionNeedsHours() {
        assertThatThrownBy(() -> RedesignOption.partTime("pt", 0, Effort.LOW))
                .hasMessage("redesignOption pt.hours must be between 1 and 60, was 0");
    }

    @Test
    void aTimeWindowMustEndAfterItStarts() {
        assertThatThrownBy(() -> new TimeWindow(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(8, 0)))
                .hasMessage("timeWindow.to must be after from (09:00), was 08:00");
    }

    @Test
    void aShiftOfZeroLengthIsRefused() {
        assertThatThrownBy(() -> new Shift(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(9, 0)))
                .hasMessage("shift.end must differ from start, both were 09:00");
    }

    @Test
    void aRosterNeedsAShift() {
        assertThatThrownBy(() -> new Roster("early", List.of()))
                .hasMessage("roster early.shifts must hold at least one shift");
    }

    @Test
    void aLocationNeedsBothCoordinates() {
        assertThatThrownBy(() -> new Location(50.9, null, null))
                .hasMessage("location needs both latitude and longitude, or neither");
    }

    @Test
    void aPostcodeHasFourDigits() {
        assertThatThrownBy(() -> Location.postcode("35OO"))
                .hasMessage("location.postcode must be four digits, was \"35OO\"");
    }

    @Test
    void aPostcodeOutsideTheGazetteerAsksForCoordinates() {
        assertThatThrownBy(() -> Location.postcode("9999"))
                .hasMessageStartingWith("location.postcode 9999 is not in the gazetteer");
    }

    @Test
    void supportTrainingWeeksAreLimitedToTwoYears() {
        assertThatThrownBy(() -> new SupportOffer(Set.of(), Set.of(), 105, null))
                .hasMessage("supports.trainingWeeks must be between 0 and 104, was 105");
    }
}
