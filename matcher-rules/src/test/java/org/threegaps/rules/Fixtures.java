package org.threegaps.rules;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.threegaps.matcher.model.Candidate;
import org.threegaps.matcher.model.Cefr;
import org.threegaps.matcher.model.ContractType;
import org.threegaps.matcher.model.DigitalSkill;
import org.threegaps.matcher.model.DressCode;
import org.threegaps.matcher.model.DutchRequirement;
import org.threegaps.matcher.model.Evidence;
import org.threegaps.matcher.model.Frequency;
import org.threegaps.matcher.model.Importance;
import org.threegaps.matcher.model.Job;
import org.threegaps.matcher.model.LanguageReason;
import org.threegaps.matcher.model.Level;
import org.threegaps.matcher.model.Location;
import org.threegaps.matcher.model.PhysicalLoad;
import org.threegaps.matcher.model.ApplicationMode;
import org.threegaps.matcher.model.Requirement;
import org.threegaps.matcher.model.Roster;
import org.threegaps.matcher.model.ScheduleControl;
import org.threegaps.matcher.model.Shift;
import org.threegaps.matcher.model.Task;
import org.threegaps.matcher.model.TaskTiming;
import org.threegaps.matcher.model.TimeWindow;
import org.threegaps.matcher.model.TransportMode;

/**
 * A neutral candidate and job that fit each other: each rule test changes only what its rule is about.
 * The candidate lives in Genk, cycles and takes the bus, speaks Dutch at B1; the job is an order-picker
 * job on weekdays 09:00–17:00, 4 km away, full time (no part-time, no job sharing) on hours the employer fixes.
 */
public final class Fixtures {
    private Fixtures() {
    }

    /** @return the neutral candidate, as a builder */
    public static Candidate.Builder candidate() {
        return Candidate.builder("c-neutral")
                .name("Neutral candidate")
                .competence("order-picking", 2, Evidence.WORK_EXPERIENCE)
                .language("nl", Cefr.B1)
                .digitalSkill(DigitalSkill.INDEPENDENT)
                .home(Location.postcode("3600"))
                .drivingLicence(true)
                .car(false)
                .transportModes(EnumSet.of(TransportMode.BIKE, TransportMode.PUBLIC_TRANSPORT))
                .maxCommuteMinutes(45)
                .availability(weekdays(7, 0, 19, 0))
                .maxHoursPerWeek(38)
                .nightWork(false)
                .weekendWork(false)
                .singleCarer(false)
                .shortNoticeAbsence(false)
                .monthsSinceLastWork(3)
                .firstJobInCountry(false)
                .selfConfidence(Level.MEDIUM)
                .needsHelpToExplainNeeds(false)
                .jobGoal("logistics")
                .minHourlyWage(new BigDecimal("12.00"))
                .documentsAllow(EnumSet.allOf(ContractType.class))
                .requiresStableContract(false);
    }

    /** @return the neutral job, as a builder */
    public static Job.Builder job() {
        return jobOn(new Roster("day", shifts(9, 0, 17, 0, DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
                DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)));
    }

    /** @return the neutral job on these rosters instead of its day roster, as a builder */
    public static Job.Builder jobOn(Roster... rosters) {
        Job.Builder job = Job.builder("j-neutral")
                .title("Order picker")
                .employer("Neutral Logistics")
                .sector("logistics")
                .location(Location.at(50.95, 5.45))
                .publicTransportReachable(true)
                .task(new Task("picking", "order picking", Importance.HIGH, Frequency.DAILY, TaskTiming.FROM_START,
                        false, false, null, List.of(Requirement.competence("order-picking", 2))))
                .dutch(new DutchRequirement(Cefr.A2, Set.of(LanguageReason.TEAM_COMMUNICATION), Set.of("nl")))
                .hours(38, 38)
                // the employer says no to fewer hours and fixes them: rules about either are tested against a
                // job that states it (a job that does not say is unknown, see PolicyPrinciplesTest)
                .partTimePossible(false)
                .jobSharing(false)
                .scheduleControl(ScheduleControl.FIXED)
                .physicalLoad(PhysicalLoad.MEDIUM)
                .wheelchairAccessible(true)
                .dressCode(DressCode.FREE)
                .applicationMode(ApplicationMode.IN_PERSON)
                .hourlyWage(new BigDecimal("14.50"))
                .contract(ContractType.PERMANENT)
                .pathToPermanent(true)
                .developmentPath(false);
        for (Roster roster : rosters) {
            job.roster(roster);
        }
        return job;
    }

    /** @return windows from {@code h1:m1} to {@code h2:m2} on Monday to Friday */
    public static List<TimeWindow> weekdays(int h1, int m1, int h2, int m2) {
        List<TimeWindow> windows = new ArrayList<>();
        for (DayOfWeek day : EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)) {
            windows.add(new TimeWindow(day, LocalTime.of(h1, m1), LocalTime.of(h2, m2)));
        }
        return windows;
    }

    /** @return one shift from {@code h1:m1} to {@code h2:m2} on each of {@code days} */
    public static List<Shift> shifts(int h1, int m1, int h2, int m2, DayOfWeek... days) {
        List<Shift> shifts = new ArrayList<>();
        for (DayOfWeek day : days) {
            shifts.add(new Shift(day, LocalTime.of(h1, m1), LocalTime.of(h2, m2)));
        }
        return shifts;
    }
}
