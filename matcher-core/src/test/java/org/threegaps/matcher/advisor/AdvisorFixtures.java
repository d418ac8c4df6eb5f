package org.threegaps.matcher.advisor;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.threegaps.matcher.Matcher;
import org.threegaps.matcher.RuleSource;
import org.threegaps.matcher.model.Candidate;
import org.threegaps.matcher.model.Cefr;
import org.threegaps.matcher.model.DutchRequirement;
import org.threegaps.matcher.model.Effort;
import org.threegaps.matcher.model.Frequency;
import org.threegaps.matcher.model.Importance;
import org.threegaps.matcher.model.Job;
import org.threegaps.matcher.model.LanguageReason;
import org.threegaps.matcher.model.Location;
import org.threegaps.matcher.model.RedesignKind;
import org.threegaps.matcher.model.RedesignOption;
import org.threegaps.matcher.model.Roster;
import org.threegaps.matcher.model.ScheduleControl;
import org.threegaps.matcher.model.Shift;
import org.threegaps.matcher.model.Support;
import org.threegaps.matcher.model.Task;
import org.threegaps.matcher.model.TaskTiming;
import org.threegaps.matcher.model.TimeWindow;
import org.threegaps.matcher.model.TransportMode;

/**
 * The advisor's stories on the fixture rule set in {@code advisor-rules/}: a newcomer with A2 Dutch and a
 * cashier job, a single parent and a 06:00 roster.
 */
final class AdvisorFixtures {
    static final Matcher MATCHER = Matcher.withRules(RuleSource.classpath("advisor-rules")).build();
    static final Location SHOP = Location.at(50.93, 5.33);

    private AdvisorFixtures() {
    }

    static Candidate.Builder candidate(String id, Cefr dutch) {
        return Candidate.builder(id).language("nl", dutch).home(SHOP)
                .transportModes(EnumSet.of(TransportMode.BIKE)).maxCommuteMinutes(30)
                .availability(weekdays(6, 0, 19, 0)).maxHoursPerWeek(38).weekendWork(false).nightWork(false);
    }

    /** A single parent who takes the children to school between 07:00 and 09:00. */
    static Candidate.Builder singleParent(String id, Cefr dutch) {
        Candidate.Builder b = candidate(id, dutch).singleCarer(true);
        weekdays(7, 0, 9, 0).forEach(b::careWindow);
        return b;
    }

    static Task register() {
        return new Task("register", "register at the till", Importance.HIGH, Frequency.DAILY, TaskTiming.FROM_START,
                false, true, Cefr.B1, List.of());
    }

    static Task shelves() {
        return new Task("shelves", "fill the shelves", Importance.MEDIUM, Frequency.DAILY, TaskTiming.FROM_START,
                false, false, Cefr.A2, List.of());
    }

    static RedesignOption deferRegister() {
        return RedesignOption.task("defer-register", RedesignKind.DEFER_TASK, "register", Effort.LOW);
    }

    static RedesignOption reassignRegister() {
        return RedesignOption.task("reassign-register", RedesignKind.REASSIGN_TASK, "register", Effort.HIGH);
    }

    static RedesignOption coaching() {
        return RedesignOption.support("coaching", Support.LANGUAGE_COACHING_ON_FLOOR, Set.of(), Effort.MEDIUM);
    }

    static RedesignOption partTime() {
        return RedesignOption.partTime("part-time-20", 20, Effort.LOW);
    }

    static RedesignOption fromNine() {
        return RedesignOption.extraRoster("from-nine", new Roster("from-nine", shifts(9, 0, 17, 0, weekdays())), Effort.MEDIUM);
    }

    static RedesignOption saturday() {
        return RedesignOption.extraRoster("saturday", new Roster("saturday",
                shifts(9, 0, 17, 0, List.of(DayOfWeek.SATURDAY))), Effort.LOW);
    }

    /** A cashier job: the till from day one asks B1 with customers, the shelves A2. */
    /** The cashier job of a one-person shop: the till cannot go to a colleague. */
    static Job.Builder tillStaysCashier() {
        return Job.builder("j-cashier").title("Cashier").employer("Corner shop").location(SHOP)
                .task(register()).task(shelves())
                .dutch(new DutchRequirement(Cefr.B1, Set.of(LanguageReason.CUSTOMER_CONTACT), Set.of("nl")))
                .roster(new Roster("day", shifts(9, 0, 17, 0, weekdays()))).hours(20, 38)
                .scheduleControl(ScheduleControl.FIXED)
                .redesignOption(deferRegister()).redesignOption(coaching())
                .redesignOption(partTime()).redesignOption(saturday());
    }

    static Job.Builder cashier() {
        return Job.builder("j-cashier").title("Cashier").employer("Corner shop").location(SHOP)
                .task(register()).task(shelves())
                .dutch(new DutchRequirement(Cefr.B1, Set.of(LanguageReason.CUSTOMER_CONTACT), Set.of("nl")))
                .roster(new Roster("day", shifts(9, 0, 17, 0, weekdays()))).hours(20, 38)
                .scheduleControl(ScheduleControl.FIXED)
                .redesignOption(deferRegister()).redesignOption(reassignRegister()).redesignOption(coaching())
                .redesignOption(partTime()).redesignOption(saturday());
    }

    /** A job on a fixed 06:00–14:00 roster, open to a second roster from 09:00 or a Saturday roster. */
    static Job.Builder early() {
        return Job.builder("j-early").title("Bakery assistant").employer("Bakery").location(SHOP)
                .roster(new Roster("early", shifts(6, 0, 14, 0, weekdays()))).hours(20, 38)
                .scheduleControl(ScheduleControl.FIXED)
                .redesignOption(fromNine()).redesignOption(saturday()).redesignOption(coaching());
    }

    static List<DayOfWeek> weekdays() {
        return List.copyOf(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
    }

    static List<TimeWindow> weekdays(int h1, int m1, int h2, int m2) {
        List<TimeWindow> windows = new ArrayList<>();
        for (DayOfWeek day : weekdays()) {
            windows.add(new TimeWindow(day, LocalTime.of(h1, m1), LocalTime.of(h2, m2)));
        }
        return windows;
    }

    static List<Shift> shifts(int h1, int m1, int h2, int m2, List<DayOfWeek> days) {
        List<Shift> shifts = new ArrayList<>();
        for (DayOfWeek day : days) {
            shifts.add(new Shift(day, LocalTime.of(h1, m1), LocalTime.of(h2, m2)));
        }
        return shifts;
    }
}
