package org.threegaps.bench;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.threegaps.matcher.Matcher;
import org.threegaps.matcher.model.Candidate;
import org.threegaps.matcher.model.CareDuty;
import org.threegaps.matcher.model.Cefr;
import org.threegaps.matcher.model.DutchRequirement;
import org.threegaps.matcher.model.Effort;
import org.threegaps.matcher.model.Job;
import org.threegaps.matcher.model.LanguageReason;
import org.threegaps.matcher.model.Location;
import org.threegaps.matcher.model.RedesignOption;
import org.threegaps.matcher.model.Roster;
import org.threegaps.matcher.model.ScheduleControl;
import org.threegaps.matcher.model.Shift;
import org.threegaps.matcher.model.Support;
import org.threegaps.matcher.model.TimeWindow;
import org.threegaps.matcher.model.TransportMode;
import org.threegaps.matcher.result.Advice;
import org.threegaps.matcher.result.Advice.JobAdvice;

/**
 * The redesign advisor's speed targets (issue #5): one pair with 8 declared options (≤ 50 ms), and one
 * job × 10,000 candidates × 10 options (≤ 10 s on 2 cores). Default rule set; data generated with a
 * fixed seed.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgs = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class AdvisorBenchmark {
    private static final List<DayOfWeek> WEEKDAYS = List.copyOf(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
    private Matcher matcher;
    private Candidate parent;
    private Job eightOptions;
    private Job tenOptions;
    private List<Candidate> pool;

    @Setup(Level.Trial)
    public void setUp() {
        matcher = Matcher.withDefaultRules().build();
        parent = candidate("c-parent", Cefr.B1, true, new Random(1)).build();
        // 8 relevant options for the care clash: 5 extra rosters (one fits) and 3 part-time options
        Job.Builder job = job("j-8");
        int[] starts = {6, 7, 8, 10, 9};
        for (int i = 0; i < starts.length; i++) {
            job.redesignOption(RedesignOption.extraRoster("roster-" + starts[i],
                    new Roster("r" + starts[i], shifts(starts[i], starts[i] + 8)), Effort.values()[i % 3]));
        }
        for (int hours : new int[] {20, 24, 30}) {
            job.redesignOption(RedesignOption.partTime("part-time-" + hours, hours, Effort.LOW));
        }
        eightOptions = job.build();
        Job.Builder ten = eightOptions.toBuilder();
        ten.redesignOption(RedesignOption.support("buddy-ar", Support.BUDDY, Set.of("ar"), Effort.LOW));
        ten.redesignOption(RedesignOption.support("transport", Support.TRANSPORT_ARRANGEMENT, Set.of(), Effort.HIGH));
        tenOptions = ten.build();
        Random random = new Random(42);
        pool = new ArrayList<>(10_000);
        for (int i = 0; i < 10_000; i++) {
            pool.add(candidate("c-" + i, Cefr.values()[1 + random.nextInt(4)], random.nextInt(3) == 0, random).build());
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public Advice onePairEightOptions() {
        return matcher.advise(parent, eightOptions);
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @Measurement(iterations = 5)
    @Warmup(iterations = 2)
    public JobAdvice oneJobTenThousandCandidatesTenOptions() {
        return matcher.adviseJob(tenOptions, pool);
    }

    private static Candidate.Builder candidate(String id, Cefr dutch, boolean parent, Random random) {
        Candidate.Builder b = Candidate.builder(id).language("nl", dutch)
                .home(Location.at(50.90 + random.nextDouble() * 0.1, 5.35 + random.nextDouble() * 0.15))
                .transportModes(EnumSet.of(TransportMode.BIKE, TransportMode.PUBLIC_TRANSPORT))
                .maxCommuteMinutes(30 + random.nextInt(30)).availability(windows(6, 19))
                .maxHoursPerWeek(20 + random.nextInt(19)).nightWork(false).weekendWork(random.nextBoolean())
                .monthsSinceLastWork(random.nextInt(60)).firstJobInCountry(random.nextInt(4) == 0);
        if (parent) {
            b.singleCarer(true).careDuties(Set.of(CareDuty.CHILDREN));
            windows(7, 9).forEach(b::careWindow);
        }
        return b;
    }

    private static Job.Builder job(String id) {
        return Job.builder(id).title("Order picker").location(Location.at(50.95, 5.45)).publicTransportReachable(true)
                .dutch(new DutchRequirement(Cefr.A2, Set.of(LanguageReason.TEAM_COMMUNICATION), Set.of("nl")))
                .roster(new Roster("early", shifts(6, 14))).hours(38, 38).scheduleControl(ScheduleControl.FIXED)
                // full time as posted, so the part-time options have something to unlock
                .partTimePossible(false).jobSharing(false);
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
