package org.threegaps.examples;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.threegaps.matcher.Matcher;
import org.threegaps.matcher.ResultTexts;
import org.threegaps.matcher.model.Candidate;
import org.threegaps.matcher.model.CareDuty;
import org.threegaps.matcher.model.Cefr;
import org.threegaps.matcher.model.ContractType;
import org.threegaps.matcher.model.Effort;
import org.threegaps.matcher.model.Job;
import org.threegaps.matcher.model.Location;
import org.threegaps.matcher.model.RedesignOption;
import org.threegaps.matcher.model.Roster;
import org.threegaps.matcher.model.ScheduleControl;
import org.threegaps.matcher.model.Shift;
import org.threegaps.matcher.model.Support;
import org.threegaps.matcher.model.TimeWindow;
import org.threegaps.matcher.model.TransportMode;
import org.threegaps.matcher.result.Advice;
import org.threegaps.matcher.result.Advice.AskEmployer;
import org.threegaps.matcher.result.Advice.JobAdvice;
import org.threegaps.matcher.result.Advice.OptionReach;
import org.threegaps.matcher.result.Advice.Suggestion;

/**
 * The redesign advisor's story of a single parent and a 06:00 roster: the job as it stands blocks on the
 * school run; the employer declared it could add a roster from 09:00 or a buddy. The advisor tries only
 * what touches the clash, suggests the 09:00 roster, asks about a say in the hours, and shows how many
 * parents of a small pool the roster would open the job to. Run with {@code --lang en} for English.
 */
public final class AdviceExample {
    private static final List<DayOfWeek> WEEKDAYS = List.copyOf(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));

    private AdviceExample() {
    }

    public static void main(String[] args) {
        Locale locale = args.length == 2 && args[0].equals("--lang") ? Locale.forLanguageTag(args[1]) : Locale.forLanguageTag("nl");
        run(Matcher.withDefaultRules().locale(locale).build(), locale, System.out);
    }

    /** Prints the advice for the single parent, then for the job and a pool of five people. */
    static void run(Matcher matcher, Locale locale, PrintStream out) {
        Job bakery = bakery();
        ResultTexts texts = matcher.texts();
        Advice advice = matcher.advise(parent("c-sara", "Sara"), bakery);
        out.println(bakery.title() + " × Sara: " + texts.label("verdict." + advice.result().verdict(), locale));
        texts.explain(advice.result(), locale).forEach(line -> out.println("  " + line));
        out.println();
        for (Suggestion s : advice.redesigns()) {
            out.println("→ " + String.join("\n    ", texts.explain(s, locale)));
        }
        for (Suggestion s : advice.development()) {
            out.println("→ " + String.join("\n    ", texts.explain(s, locale)));
        }
        for (AskEmployer ask : advice.askEmployer()) {
            out.println("? " + texts.ask(ask, locale));
        }
        out.println();
        List<Candidate> pool = List.of(parent("c-sara", "Sara"), parent("c-ines", "Ines"), parent("c-tom", "Tom"),
                person("c-noor", "Noor").build(), person("c-jan", "Jan").build());
        JobAdvice forJob = matcher.adviseJob(bakery, pool);
        out.println(bakery.title() + ": " + forJob.openNow() + "/" + forJob.poolSize());
        for (OptionReach reach : forJob.options()) {
            out.println("→ " + texts.reach(reach, bakery, locale) + " (" + String.join(", ", reach.unlocked()) + ")");
        }
    }

    static Job bakery() {
        return Job.builder("j-bakery").title("Bakery production assistant").employer("Bakkerij Genk")
                .location(Location.at(50.95, 5.45)).publicTransportReachable(true)
                .roster(new Roster("early", shifts(6, 14))).hours(30, 38).scheduleControl(ScheduleControl.FIXED)
                .hourlyWage(new BigDecimal("14.20")).contract(ContractType.PERMANENT).pathToPermanent(true)
                .redesignOption(RedesignOption.extraRoster("from-nine", new Roster("from-nine", shifts(9, 17)), Effort.MEDIUM))
                .redesignOption(RedesignOption.support("buddy", Support.BUDDY, Set.of(), Effort.LOW))
                .build();
    }

    static Candidate parent(String id, String name) {
        Candidate.Builder b = person(id, name).singleCarer(true).careDuties(Set.of(CareDuty.CHILDREN));
        windows(7, 9).forEach(b::careWindow); // the school run
        return b.build();
    }

    static Candidate.Builder person(String id, String name) {
        return Candidate.builder(id).name(name).language("nl", Cefr.B1).home(Location.postcode("3600"))
                .transportModes(EnumSet.of(TransportMode.BIKE, TransportMode.PUBLIC_TRANSPORT)).maxCommuteMinutes(40)
                .availability(windows(6, 18)).maxHoursPerWeek(38).nightWork(false).weekendWork(false)
                .minHourlyWage(new BigDecimal("12.00")).documentsAllow(EnumSet.allOf(ContractType.class));
    }

    private static List<TimeWindow> windows(int from, int to) {
        List<TimeWindow> windows = new ArrayList<>();
        WEEKDAYS.forEach(d -> windows.add(new TimeWindow(d, LocalTime.of(from, 0), LocalTime.of(to, 0))));
        return windows;
    }

    private static List<Shift> shifts(int from, int to) {
        List<Shift> shifts = new ArrayList<>();
        WEEKDAYS.forEach(d -> shifts.add(new Shift(d, LocalTime.of(from, 0), LocalTime.of(to, 0))));
        return shifts;
    }
}
