package org.threegaps.matcher.testkit.generate;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.threegaps.matcher.geo.Gazetteer;
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
import org.threegaps.matcher.model.FunctionalNeed;
import org.threegaps.matcher.model.Hazard;
import org.threegaps.matcher.model.Importance;
import org.threegaps.matcher.model.Job;
import org.threegaps.matcher.model.LanguageReason;
import org.threegaps.matcher.model.Level;
import org.threegaps.matcher.model.Location;
import org.threegaps.matcher.model.NegativeExperience;
import org.threegaps.matcher.model.PhysicalLoad;
import org.threegaps.matcher.model.Recognition;
import org.threegaps.matcher.model.RedesignKind;
import org.threegaps.matcher.model.RedesignOption;
import org.threegaps.matcher.model.Requirement;
import org.threegaps.matcher.model.RequirementCategory;
import org.threegaps.matcher.model.Roster;
import org.threegaps.matcher.model.ScheduleControl;
import org.threegaps.matcher.model.Shift;
import org.threegaps.matcher.model.Support;
import org.threegaps.matcher.model.SupportOffer;
import org.threegaps.matcher.model.Task;
import org.threegaps.matcher.model.TaskTiming;
import org.threegaps.matcher.model.TimeWindow;
import org.threegaps.matcher.model.TransportMode;
import org.threegaps.matcher.model.WorkplaceNeed;

/**
 * Valid random candidates and jobs for property and fuzz tests. Everything comes from the
 * {@link Random} passed in, so a seed reproduces a case exactly. Values are drawn from small pools
 * (competence codes, Limburg postcodes, a few shift patterns) so that candidates and jobs actually meet:
 * requirements match competences, commutes fall around the limits, rosters clash with care windows. Any
 * optional field is left null (unknown) now and then.
 */
public final class RandomModels {
    /** Competence codes candidates have and jobs ask. */
    public static final List<String> COMPETENCES = List.of("order-picking", "forklift", "cleaning", "cooking",
            "customer-service", "welding", "gardening", "care-assistance");
    /** Qualification codes. */
    public static final List<String> QUALIFICATIONS = List.of("vca", "nursing-diploma", "forklift-certificate",
            "food-hygiene");
    private static final List<String> LANGUAGES = List.of("nl", "fr", "en", "ar", "tr", "uk", "ti");
    private static final List<String> POSTCODES = Gazetteer.places().keySet().stream().sorted().toList();

    private RandomModels() {
    }

    /**
     * @param r the source of randomness; the same seed gives the same output
     * @param n how many to list, at least 1
     * @return {@code n} valid candidates with ids c-0, c-1, …, drawn one after the other from {@code r}
     */
    public static List<Candidate> candidates(Random r, int n) {
        List<Candidate> candidates = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            candidates.add(candidate(r, "c-" + i));
        }
        return candidates;
    }

    /**
     * @param r the source of randomness; the same seed gives the same output
     * @param n how many to list, at least 1
     * @return {@code n} valid jobs with ids j-0, j-1, …, drawn one after the other from {@code r}
     */
    public static List<Job> jobs(Random r, int n) {
        List<Job> jobs = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            jobs.add(job(r, "j-" + i));
        }
        return jobs;
    }

    /**
     * @param r the source of randomness; the same seed gives the same output
     * @param id the id to give it
     * @return a valid candidate with id {@code id}
     */
    public static Candidate candidate(Random r, String id) {
        Candidate.Builder b = Candidate.builder(id).name(maybe(r, "Person " + id)).notes(maybe(r, "notes " + r.nextInt(1000)));
        for (String code : some(r, COMPETENCES, 3)) {
            b.competence(code, r.nextInt(5), maybe(r, pick(r, Evidence.values())));
        }
        for (String code : some(r, QUALIFICATIONS, 2)) {
            b.qualification(code, maybe(r, pick(r, Recognition.values())));
        }
        if (r.nextInt(5) > 0) {
            b.language("nl", pick(r, Cefr.values()));
        }
        for (String code : some(r, LANGUAGES.subList(1, LANGUAGES.size()), 2)) {
            b.language(code, pick(r, Cefr.values()));
        }
        b.digitalSkill(maybe(r, pick(r, DigitalSkill.values())));
        b.home(r.nextInt(12) == 0 ? null : location(r));
        Boolean licence = maybe(r, r.nextBoolean());
        Boolean car = Boolean.TRUE.equals(licence) ? maybe(r, r.nextBoolean()) : Boolean.FALSE;
        b.drivingLicence(licence).car(car);
        Set<TransportMode> modes = new TreeSet<>(some(r, List.of(TransportMode.WALK, TransportMode.BIKE,
                TransportMode.PUBLIC_TRANSPORT), 3));
        if (Boolean.TRUE.equals(car) && r.nextBoolean()) {
            modes.add(TransportMode.CAR);
        }
        b.transportModes(modes);
        b.maxCommuteMinutes(maybe(r, 10 + r.nextInt(80)));
        b.availability(r.nextInt(8) == 0 ? null : windows(r, 1 + r.nextInt(7)));
        if (r.nextInt(3) == 0) {
            DayOfWeek day = DayOfWeek.of(1 + r.nextInt(5));
            b.careWindow(new TimeWindow(day, LocalTime.of(7, 30), LocalTime.of(8, 30 + r.nextInt(2) * 15)));
            if (r.nextBoolean()) {
                b.careWindow(new TimeWindow(day, LocalTime.of(15, 30), LocalTime.of(17, 0)));
            }
        }
        b.maxHoursPerWeek(maybe(r, 8 + r.nextInt(31)));
        b.nightWork(maybe(r, r.nextBoolean())).weekendWork(maybe(r, r.nextBoolean()));
        b.careDuties(r.nextInt(3) == 0 ? new TreeSet<>(some(r, List.of(CareDuty.values()), 2)) : Set.of());
        b.singleCarer(maybe(r, r.nextBoolean())).shortNoticeAbsence(maybe(r, r.nextBoolean()));
        b.functionalNeeds(r.nextInt(3) == 0 ? Set.of() : new TreeSet<>(some(r, List.of(FunctionalNeed.values()), 2)));
        b.safetyRestrictions(r.nextInt(4) == 0 ? new TreeSet<>(some(r, List.of(Hazard.values()), 2)) : Set.of());
        b.workplaceNeeds(r.nextInt(4) == 0 ? new TreeSet<>(some(r, List.of(WorkplaceNeed.values()), 2)) : Set.of());
        b.monthsSinceLastWork(maybe(r, r.nextInt(4) == 0 ? r.nextInt(240) : r.nextInt(24)));
        b.firstJobInCountry(maybe(r, r.nextBoolean()));
        b.selfConfidence(maybe(r, pick(r, Level.values())));
        b.needsHelpToExplainNeeds(maybe(r, r.nextBoolean()));
        if (r.nextBoolean()) {
            b.jobGoal(pick(r, List.of("logistics", "cleaning", "care", "horeca", "production")));
        }
        b.minHourlyWage(r.nextInt(4) == 0 ? null : new BigDecimal(11 + r.nextInt(8) + "." + 10 * r.nextInt(10)));
        b.documentsAllow(r.nextInt(5) == 0 ? null : new TreeSet<>(some(r, List.of(ContractType.values()), 3,
                ContractType.PERMANENT)));
        b.requiresStableContract(maybe(r, r.nextBoolean()));
        b.negativeExperiences(r.nextInt(4) == 0 ? new TreeSet<>(some(r, List.of(NegativeExperience.values()), 2)) : Set.of());
        return b.build();
    }

    /**
     * @param r the source of randomness; the same seed gives the same output
     * @param id the id to give it
     * @return a valid job with id {@code id}
     */
    public static Job job(Random r, String id) {
        Job.Builder b = Job.builder(id).title(maybe(r, "Job " + id)).employer(maybe(r, "Employer " + r.nextInt(50)))
                .sector(maybe(r, pick(r, List.of("logistics", "cleaning", "care", "horeca", "production"))));
        b.location(r.nextInt(15) == 0 ? null : location(r)).publicTransportReachable(maybe(r, r.nextBoolean()));
        List<Task> tasks = new ArrayList<>();
        int taskCount = 1 + r.nextInt(3);
        for (int i = 0; i < taskCount; i++) {
            List<Requirement> requirements = new ArrayList<>();
            for (String code : some(r, COMPETENCES, 2)) {
                requirements.add(requirement(r, code, RequirementCategory.COMPETENCE));
            }
            if (r.nextInt(4) == 0) {
                requirements.add(requirement(r, pick(r, QUALIFICATIONS), RequirementCategory.QUALIFICATION));
            }
            if (r.nextInt(6) == 0) {
                requirements.add(requirement(r, "driving-licence-b", RequirementCategory.DRIVING_LICENCE));
            }
            tasks.add(new Task("t" + i, "task " + i, pick(r, Importance.values()), pick(r, Frequency.values()),
                    pick(r, TaskTiming.values()), r.nextInt(8) == 0, r.nextBoolean(),
                    r.nextInt(4) == 0 ? pick(r, Cefr.values()) : null, requirements));
        }
        tasks.forEach(b::task);
        if (r.nextInt(5) == 0) {
            b.requirement(requirement(r, "digital-basic", RequirementCategory.DIGITAL));
        }
        if (r.nextInt(6) > 0) {
            b.dutch(new DutchRequirement(pick(r, Cefr.values()), new TreeSet<>(some(r, List.of(LanguageReason.values()), 2)),
                    new TreeSet<>(some(r, LANGUAGES, 2, "nl"))));
        }
        int rosterCount = 1 + r.nextInt(2);
        for (int i = 0; i < rosterCount; i++) {
            b.roster(new Roster("r" + i, shifts(r)));
        }
        int min = r.nextInt(39);
        b.hours(min, min + r.nextInt(39 - min + 1)).partTimePossible(r.nextBoolean()).jobSharing(r.nextInt(4) == 0);
        b.scheduleControl(maybe(r, pick(r, ScheduleControl.values())));
        b.physicalLoad(maybe(r, pick(r, PhysicalLoad.values())));
        b.hazards(r.nextInt(3) == 0 ? new TreeSet<>(some(r, List.of(Hazard.values()), 2)) : Set.of());
        b.wheelchairAccessible(maybe(r, r.nextBoolean()));
        b.dressCode(maybe(r, pick(r, DressCode.values())));
        b.supports(supports(r));
        b.applicationMode(maybe(r, pick(r, ApplicationMode.values())));
        b.hourlyWage(r.nextInt(5) == 0 ? null : new BigDecimal(11 + r.nextInt(9) + "." + 5 * r.nextInt(20)));
        b.contract(maybe(r, pick(r, ContractType.values())));
        b.pathToPermanent(maybe(r, r.nextBoolean())).developmentPath(maybe(r, r.nextBoolean()));
        int options = r.nextInt(3);
        for (int i = 0; i < options; i++) {
            b.redesignOption(option(r, "o" + i, tasks));
        }
        return b.build();
    }

    /**
     * @param r the source of randomness; the same seed gives the same output
     * @return a support offer with a few supports, sometimes none
     */
    public static SupportOffer supports(Random r) {
        if (r.nextInt(4) == 0) {
            return SupportOffer.NONE;
        }
        return new SupportOffer(new TreeSet<>(some(r, List.of(Support.values()), 4)),
                new TreeSet<>(some(r, LANGUAGES, 2)), r.nextInt(4) == 0 ? 0 : r.nextInt(13),
                r.nextInt(3) == 0 ? null : r.nextInt(53));
    }

    /**
     * @param r the source of randomness; the same seed gives the same output
     * @return a Limburg or Flemish-city location, by postcode or by coordinates near one
     */
    public static Location location(Random r) {
        String postcode = pick(r, POSTCODES);
        if (r.nextBoolean()) {
            return Location.postcode(postcode);
        }
        var point = Gazetteer.find(postcode).orElseThrow().point();
        return Location.at(round(point.latitude() + (r.nextDouble() - 0.5) / 50),
                round(point.longitude() + (r.nextDouble() - 0.5) / 50));
    }

    private static double round(double degrees) {
        return Math.round(degrees * 10_000) / 10_000.0;
    }

    private static Requirement requirement(Random r, String code, RequirementCategory category) {
        return new Requirement(code, category, r.nextInt(5), r.nextInt(4) > 0, r.nextBoolean(), r.nextInt(13),
                r.nextInt(5) == 0, r.nextInt(4) == 0 ? r.nextInt(13) : 0);
    }

    private static RedesignOption option(Random r, String id, List<Task> tasks) {
        Effort effort = pick(r, Effort.values());
        RedesignKind kind = pick(r, RedesignKind.values());
        return switch (kind) {
            case REMOVE_TASK, REASSIGN_TASK, DEFER_TASK -> RedesignOption.task(id, kind, pick(r, tasks).id(), effort);
            case PART_TIME -> RedesignOption.partTime(id, 8 + r.nextInt(20), effort);
            case EXTRA_ROSTER -> RedesignOption.extraRoster(id, new Roster("x" + id, shifts(r)), effort);
            case ADD_SUPPORT -> RedesignOption.support(id, pick(r, Support.values()), new TreeSet<>(some(r, LANGUAGES, 1)), effort);
            case GRACE_PERIOD -> {
                List<Requirement> all = tasks.stream().flatMap(t -> t.requirements().stream()).toList();
                yield all.isEmpty() ? RedesignOption.partTime(id, 20, effort)
                        : RedesignOption.grace(id, pick(r, all).code(), 1 + r.nextInt(12), effort);
            }
        };
    }

    private static final int[][] SHIFT_PATTERNS = {
            {9, 0, 17, 0}, {8, 0, 16, 30}, {6, 0, 14, 0}, {14, 0, 22, 0}, {22, 0, 6, 0}, {7, 30, 12, 0}, {17, 0, 21, 0}};

    private static List<Shift> shifts(Random r) {
        int[] p = SHIFT_PATTERNS[r.nextInt(SHIFT_PATTERNS.length)];
        int days = 1 + r.nextInt(6);
        int firstDay = r.nextInt(3) == 0 ? 1 + r.nextInt(7) : 1;
        List<Shift> shifts = new ArrayList<>();
        for (int d = 0; d < days; d++) {
            shifts.add(new Shift(DayOfWeek.of((firstDay - 1 + d) % 7 + 1), LocalTime.of(p[0], p[1]), LocalTime.of(p[2], p[3])));
        }
        return shifts;
    }

    private static List<TimeWindow> windows(Random r, int days) {
        int from = 6 + r.nextInt(4);
        int to = 14 + r.nextInt(10);
        List<TimeWindow> windows = new ArrayList<>();
        for (int d = 1; d <= days; d++) {
            windows.add(new TimeWindow(DayOfWeek.of(d), LocalTime.of(from, 0), to == 24 ? LocalTime.MIDNIGHT : LocalTime.of(to, 0)));
        }
        return windows;
    }

    private static <T> T maybe(Random r, T value) {
        return r.nextInt(10) == 0 ? null : value;
    }

    private static <T> T pick(Random r, T[] values) {
        return values[r.nextInt(values.length)];
    }

    private static <T> T pick(Random r, List<T> values) {
        return values.get(r.nextInt(values.size()));
    }

    /** Up to {@code max} distinct values, in pool order, plus {@code always} values when given. */
    @SafeVarargs
    private static <T> List<T> some(Random r, List<T> pool, int max, T... always) {
        List<T> out = new ArrayList<>(List.of(always));
        int n = r.nextInt(max + 1);
        for (T value : pool) {
            if (out.size() - always.length >= n) {
                break;
            }
            if (!out.contains(value) && r.nextInt(pool.size()) < Math.max(1, n * 2)) {
                out.add(value);
            }
        }
        return out;
    }
}
