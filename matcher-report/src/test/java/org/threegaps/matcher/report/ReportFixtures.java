package org.threegaps.matcher.report;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.threegaps.matcher.Matcher;
import org.threegaps.matcher.model.ApplicationMode;
import org.threegaps.matcher.model.Candidate;
import org.threegaps.matcher.model.CareDuty;
import org.threegaps.matcher.model.Cefr;
import org.threegaps.matcher.model.ContractType;
import org.threegaps.matcher.model.DigitalSkill;
import org.threegaps.matcher.model.DressCode;
import org.threegaps.matcher.model.DutchRequirement;
import org.threegaps.matcher.model.Effort;
import org.threegaps.matcher.model.Evidence;
import org.threegaps.matcher.model.Frequency;
import org.threegaps.matcher.model.Importance;
import org.threegaps.matcher.model.Job;
import org.threegaps.matcher.model.LanguageReason;
import org.threegaps.matcher.model.Level;
import org.threegaps.matcher.model.Location;
import org.threegaps.matcher.model.PhysicalLoad;
import org.threegaps.matcher.model.RedesignOption;
import org.threegaps.matcher.model.Requirement;
import org.threegaps.matcher.model.Roster;
import org.threegaps.matcher.model.ScheduleControl;
import org.threegaps.matcher.model.Shift;
import org.threegaps.matcher.model.Support;
import org.threegaps.matcher.model.SupportOffer;
import org.threegaps.matcher.model.Task;
import org.threegaps.matcher.model.TaskTiming;
import org.threegaps.matcher.model.TimeWindow;
import org.threegaps.matcher.model.TransportMode;

/** A small pool on the default rules: a single parent, a newcomer, a neutral candidate, and four jobs. */
final class ReportFixtures {
    static final Matcher MATCHER = Matcher.withDefaultRules().build();
    static final LocalDate DATE = LocalDate.of(2026, 11, 25);
    /** Input text that must come out escaped, never as markup. */
    static final String HOSTILE = "<script>alert('x')</script><img src=x onerror=alert(1)> & \"quotes\"";

    private ReportFixtures() {
    }

    static Candidate.Builder candidate(String id, String name) {
        return Candidate.builder(id).name(name)
                .competence("order-picking", 2, Evidence.WORK_EXPERIENCE).language("nl", Cefr.B1)
                .digitalSkill(DigitalSkill.INDEPENDENT).home(Location.postcode("3600")).drivingLicence(true).car(false)
                .transportModes(EnumSet.of(TransportMode.BIKE, TransportMode.PUBLIC_TRANSPORT)).maxCommuteMinutes(45)
                .availability(weekdays(6, 0, 19, 0)).maxHoursPerWeek(38).nightWork(false).weekendWork(false)
                .singleCarer(false).shortNoticeAbsence(false).monthsSinceLastWork(3).firstJobInCountry(false)
                .selfConfidence(Level.MEDIUM).minHourlyWage(new BigDecimal("12.00"))
                .documentsAllow(EnumSet.allOf(ContractType.class)).requiresStableContract(false);
    }

    static Candidate singleParent() {
        Candidate.Builder b = candidate("c-sara", "Sara").singleCarer(true).careDuties(Set.of(CareDuty.CHILDREN));
        weekdays(7, 0, 9, 0).forEach(b::careWindow);
        return b.build();
    }

    static Candidate newcomer() {
        return candidate("c-amir", "Amir").language("nl", Cefr.A2).language("ar", Cefr.C2).firstJobInCountry(true)
                .selfConfidence(Level.LOW).monthsSinceLastWork(30).build();
    }

    static Candidate hostile() {
        return candidate("c-hostile", HOSTILE).build();
    }

    /** Lives in Hasselt and cycles: the commute is longer than she wants, not out of reach. */
    static Candidate cyclist() {
        return candidate("c-lotte", "Lotte").home(Location.postcode("3500")).transportModes(EnumSet.of(TransportMode.BIKE))
                .maxCommuteMinutes(35).build();
    }

    static List<Candidate> candidates() {
        return List.of(singleParent(), newcomer(), candidate("c-noor", "Noor").build(), cyclist(), hostile());
    }

    static Job.Builder job(String id, String title) {
        return Job.builder(id).title(title).employer("Logistics Genk").sector("logistics")
                .location(Location.at(50.95, 5.45)).publicTransportReachable(true)
                .task(new Task("picking", "order picking", Importance.HIGH, Frequency.DAILY, TaskTiming.FROM_START,
                        false, false, null, List.of(Requirement.competence("order-picking", 2))))
                .dutch(new DutchRequirement(Cefr.A2, Set.of(LanguageReason.TEAM_COMMUNICATION), Set.of("nl")))
                .hours(38, 38).physicalLoad(PhysicalLoad.MEDIUM).wheelchairAccessible(true).dressCode(DressCode.FREE)
                .applicationMode(ApplicationMode.IN_PERSON).hourlyWage(new BigDecimal("14.50"))
                .contract(ContractType.PERMANENT).pathToPermanent(true).developmentPath(false);
    }

    /** An order-picker job on a fixed 06:00–14:00 roster, open to a second roster from 09:00 and a buddy. */
    static Job early() {
        return job("j-early", "Order picker, early shift")
                .roster(new Roster("early", shifts(6, 0, 14, 0))).scheduleControl(ScheduleControl.FIXED)
                .redesignOption(RedesignOption.extraRoster("from-nine", new Roster("from-nine", shifts(9, 0, 17, 0)), Effort.MEDIUM))
                .redesignOption(RedesignOption.support("buddy-ar", Support.BUDDY, Set.of("ar"), Effort.LOW))
                .build();
    }

    static Job day() {
        return job("j-day", "Order picker, day shift").roster(new Roster("day", shifts(9, 0, 17, 0)))
                .supports(new SupportOffer(Set.of(Support.BUDDY, Support.FIRST_DAY_INFO), Set.of("ar"), 4, 26)).build();
    }

    static Job hostileJob() {
        return job("j-hostile", HOSTILE).employer(HOSTILE).roster(new Roster("day", shifts(9, 0, 17, 0))).build();
    }

    static List<Job> jobs() {
        return List.of(early(), day(), hostileJob());
    }

    static List<TimeWindow> weekdays(int h1, int m1, int h2, int m2) {
        List<TimeWindow> windows = new ArrayList<>();
        for (DayOfWeek day : EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)) {
            windows.add(new TimeWindow(day, LocalTime.of(h1, m1), LocalTime.of(h2, m2)));
        }
        return windows;
    }

    static List<Shift> shifts(int h1, int m1, int h2, int m2) {
        List<Shift> shifts = new ArrayList<>();
        for (DayOfWeek day : EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)) {
            shifts.add(new Shift(day, LocalTime.of(h1, m1), LocalTime.of(h2, m2)));
        }
        return shifts;
    }
}
