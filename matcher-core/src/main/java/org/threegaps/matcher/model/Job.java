package org.threegaps.matcher.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A job analysed into tasks, with how its work is organised, what the employer offers around it and
 * which redesign options the employer is open to. Immutable; build one with {@link #builder(String)}.
 *
 * <p>A null in an optional field means "not stated" and is reported as unknown, never read as zero. So a
 * null {@code partTimePossible}, {@code jobSharing} or {@code scheduleControl} is not "no" or "fixed":
 * the rules charge nothing for what the employer never said, and the pair lists the field as unknown.
 *
 * @param id                       stable id of the job, unique in a data set
 * @param title                    job title; the id when left out
 * @param employer                 the employer's name
 * @param sector                   sector, such as "logistics" or "care"
 * @param location                 where the work is done; null when unknown
 * @param publicTransportReachable the workplace can be reached by public transport at the shift times; null when
 *                                 unknown
 * @param tasks                    the tasks of the job, each with its own requirements; task ids unique
 * @param requirements             requirements of the job as a whole, beside those of its tasks
 * @param dutch                    the Dutch level asked, why, and the languages instructions exist in; null when
 *                                 not stated
 * @param rosters                  alternative weekly shift patterns; the best fitting one counts. Empty means
 *                                 unknown
 * @param hoursMin                 fewest hours a week the job can be done in; 0 (no minimum) when left out
 * @param hoursMax                 most hours a week, at least hoursMin. Required: a document without it is
 *                                 refused rather than read as a job of 0 hours
 * @param partTimePossible         part-time work is possible; null when not stated (unknown, never read as no)
 * @param jobSharing               the job can be shared between two people; null when not stated (unknown, never
 *                                 read as no)
 * @param scheduleControl          who sets the hours; null when not stated (unknown, never read as FIXED)
 * @param physicalLoad             physical load of the work; null when unknown
 * @param hazards                  hazards of the work
 * @param wheelchairAccessible     the workplace is wheelchair accessible; null when unknown
 * @param dressCode                dress code; null when unknown
 * @param supports                 what the employer offers around the job; none when left out
 * @param applicationMode          how candidates apply; null when unknown
 * @param hourlyWage               gross wage in euro per hour; null when not stated
 * @param contract                 contract type; null when not stated
 * @param pathToPermanent          there is a path to a permanent contract; null when unknown
 * @param developmentPath          there is a path to grow in the job; null when unknown
 * @param redesignOptions          changes the employer has declared itself open to; option ids unique. Only
 *                                 declared options are ever suggested
 */
public record Job(
        String id, String title, String employer, String sector,
        Location location, Boolean publicTransportReachable,
        List<Task> tasks, List<Requirement> requirements, DutchRequirement dutch,
        List<Roster> rosters, int hoursMin, int hoursMax, Boolean partTimePossible, Boolean jobSharing,
        ScheduleControl scheduleControl,
        PhysicalLoad physicalLoad, Set<Hazard> hazards, Boolean wheelchairAccessible, DressCode dressCode,
        SupportOffer supports, ApplicationMode applicationMode,
        BigDecimal hourlyWage, ContractType contract, Boolean pathToPermanent, Boolean developmentPath,
        List<RedesignOption> redesignOptions) {

    /**
     * @param id                       stable id of the job, unique in a data set
     * @param title                    job title; the id when left out
     * @param employer                 the employer's name
     * @param sector                   sector, such as "logistics" or "care"
     * @param location                 where the work is done; null when unknown
     * @param publicTransportReachable the workplace can be reached by public transport at the shift times; null when
     *                                 unknown
     * @param tasks                    the tasks of the job, each with its own requirements; task ids unique
     * @param requirements             requirements of the job as a whole, beside those of its tasks
     * @param dutch                    the Dutch level asked, why, and the languages instructions exist in; null when
     *                                 not stated
     * @param rosters                  alternative weekly shift patterns; the best fitting one counts. Empty means
     *                                 unknown
     * @param hoursMin                 fewest hours a week the job can be done in; 0 (no minimum) when left out
     * @param hoursMax                 most hours a week, at least hoursMin. Required: a document without it is
     *                                 refused rather than read as a job of 0 hours
     * @param partTimePossible         part-time work is possible; null when not stated (unknown, never read as no)
     * @param jobSharing               the job can be shared between two people; null when not stated (unknown, never
     *                                 read as no)
     * @param scheduleControl          who sets the hours; null when not stated (unknown, never read as FIXED)
     * @param physicalLoad             physical load of the work; null when unknown
     * @param hazards                  hazards of the work
     * @param wheelchairAccessible     the workplace is wheelchair accessible; null when unknown
     * @param dressCode                dress code; null when unknown
     * @param supports                 what the employer offers around the job; none when left out
     * @param applicationMode          how candidates apply; null when unknown
     * @param hourlyWage               gross wage in euro per hour; null when not stated
     * @param contract                 contract type; null when not stated
     * @param pathToPermanent          there is a path to a permanent contract; null when unknown
     * @param developmentPath          there is a path to grow in the job; null when unknown
     * @param redesignOptions          changes the employer has declared itself open to; option ids unique. Only
     *                                 declared options are ever suggested
     * @throws IllegalArgumentException naming the field, the value and the rule, when a field is out of range,
     *                                  missing or inconsistent
     */
    public Job {
        id = Checks.text("job.id", id);
        title = title == null || title.isBlank() ? id : title.strip();
        tasks = Checks.list("job.tasks", tasks);
        Checks.unique("job.tasks[].id", tasks.stream().map(Task::id).toList());
        requirements = Checks.list("job.requirements", requirements);
        rosters = Checks.list("job.rosters", rosters);
        Checks.unique("job.rosters[].id", rosters.stream().map(Roster::id).toList());
        Checks.range("job.hoursMin", hoursMin, 0, 60);
        Checks.range("job.hoursMax", hoursMax, 0, 60);
        if (hoursMax < hoursMin) {
            throw new IllegalArgumentException("job.hoursMax must be at least hoursMin (" + hoursMin + "), was " + hoursMax);
        }
        hazards = Checks.set("job.hazards", hazards);
        supports = supports == null ? SupportOffer.NONE : supports;
        if (hourlyWage != null && (hourlyWage.signum() < 0 || hourlyWage.compareTo(BigDecimal.valueOf(500)) > 0)) {
            throw new IllegalArgumentException("job.hourlyWage must be between 0 and 500 euro, was " + hourlyWage);
        }
        redesignOptions = Checks.list("job.redesignOptions", redesignOptions);
        Checks.unique("job.redesignOptions[].id", redesignOptions.stream().map(RedesignOption::id).toList());
        for (RedesignOption option : redesignOptions) {
            if (option.taskId() != null && tasks.stream().noneMatch(t -> t.id().equals(option.taskId()))) {
                throw new IllegalArgumentException("redesignOption " + option.id() + ".taskId \"" + option.taskId()
                        + "\" is not a task of job " + id);
            }
            // the fields are not assigned yet inside the compact constructor: read the parameters, not allRequirements()
            if (option.requirementCode() != null && Stream.concat(tasks.stream().flatMap(t -> t.requirements().stream()),
                    requirements.stream()).noneMatch(r -> r.code().equals(option.requirementCode()))) {
                throw new IllegalArgumentException("redesignOption " + option.id() + ".requirementCode \""
                        + option.requirementCode() + "\" is not a requirement of job " + id);
            }
        }
    }

    /**
     * @param id stable id of the job, unique in a data set
     * @return a builder for a job with this id
     * @throws NullPointerException when {@code id} is null
     */
    public static Builder builder(String id) {
        return new Builder(java.util.Objects.requireNonNull(id, "id"));
    }

    /** @return a builder holding this job's values */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** @return the requirements of all tasks followed by the job-level ones */
    public List<Requirement> allRequirements() {
        List<Requirement> all = new ArrayList<>();
        tasks.forEach(t -> all.addAll(t.requirements()));
        all.addAll(requirements);
        return all;
    }

    /**
     * @param optionId the id of a redesign option
     * @return the declared redesign option with this id, if there is one
     */
    public java.util.Optional<RedesignOption> redesignOption(String optionId) {
        return redesignOptions.stream().filter(o -> o.id().equals(optionId)).findFirst();
    }

    /**
     * Applies a declared redesign option and returns the redesigned job, without that option (and, when a
     * task is removed or reassigned, without the other options about that task).
     *
     * @param option one of this job's declared redesign options
     * @return the redesigned job
     * @throws IllegalArgumentException when the option is not declared for this job
     */
    public Job apply(RedesignOption option) {
        if (!redesignOptions.contains(option)) {
            throw new IllegalArgumentException("redesign option " + option.id() + " is not declared for job " + id);
        }
        Builder b = toBuilder();
        b.redesignOptions.remove(option);
        switch (option.kind()) {
            case REMOVE_TASK, REASSIGN_TASK -> {
                boolean levelsPerTask = b.tasks.stream().anyMatch(t -> t.dutchLevel() != null);
                b.tasks.removeIf(t -> t.id().equals(option.taskId()));
                if (levelsPerTask && b.dutch != null) {
                    // the tasks carried the Dutch level: the job now asks no more than its remaining tasks do
                    Cefr left = b.tasks.stream().map(Task::dutchLevel).filter(java.util.Objects::nonNull)
                            .max(java.util.Comparator.naturalOrder()).orElse(Cefr.NONE);
                    if (left.compareTo(b.dutch.level()) < 0) {
                        b.dutch = new DutchRequirement(left, b.dutch.reasons(), b.dutch.instructionLanguages());
                    }
                }
                // other options about the task that is gone no longer apply
                b.redesignOptions.removeIf(o -> option.taskId().equals(o.taskId()));
            }
            case DEFER_TASK -> b.tasks.replaceAll(t -> t.id().equals(option.taskId())
                    ? new Task(t.id(), t.name(), t.importance(), t.frequency(), TaskTiming.AFTER_ONBOARDING,
                    t.regulated(), t.reassignable(), t.dutchLevel(), t.requirements())
                    : t);
            case PART_TIME -> {
                b.partTimePossible = true;
                b.hoursMin = Math.min(b.hoursMin, option.hours());
            }
            case EXTRA_ROSTER -> b.rosters.add(option.roster());
            case ADD_SUPPORT -> b.supports = b.supports.with(option.support(), option.languages(),
                    option.weeks() == null ? 0 : option.weeks());
            case GRACE_PERIOD -> {
                b.tasks.replaceAll(t -> new Task(t.id(), t.name(), t.importance(), t.frequency(), t.timing(),
                        t.regulated(), t.reassignable(), t.dutchLevel(), graced(t.requirements(), option)));
                b.requirements = new ArrayList<>(graced(b.requirements, option));
            }
        }
        // other options may name the task just removed (REMOVE_TASK and REASSIGN_TASK of one task are
        // alternatives): they no longer apply to the redesigned job
        List<String> left = b.tasks.stream().map(Task::id).toList();
        List<String> codes = Stream.concat(b.tasks.stream().flatMap(t -> t.requirements().stream()),
                b.requirements.stream()).map(Requirement::code).toList();
        b.redesignOptions.removeIf(o -> o.taskId() != null && !left.contains(o.taskId())
                || o.requirementCode() != null && !codes.contains(o.requirementCode()));
        return b.build();
    }

    private static List<Requirement> graced(List<Requirement> requirements, RedesignOption option) {
        return requirements.stream()
                .map(r -> r.code().equals(option.requirementCode())
                        ? r.withGraceMonths(Math.max(r.graceMonths(), option.months())) : r)
                .toList();
    }

    /** Builds a {@link Job}; every setter returns the builder and {@link #build()} validates. */
    public static final class Builder {
        private final String id;
        private String title;
        private String employer;
        private String sector;
        private Location location;
        private Boolean publicTransportReachable;
        private List<Task> tasks = new ArrayList<>();
        private List<Requirement> requirements = new ArrayList<>();
        private DutchRequirement dutch;
        private List<Roster> rosters = new ArrayList<>();
        private int hoursMin;
        private int hoursMax = 38;
        private Boolean partTimePossible;
        private Boolean jobSharing;
        private ScheduleControl scheduleControl;
        private PhysicalLoad physicalLoad;
        private Set<Hazard> hazards = Set.of();
        private Boolean wheelchairAccessible;
        private DressCode dressCode;
        private SupportOffer supports;
        private ApplicationMode applicationMode;
        private BigDecimal hourlyWage;
        private ContractType contract;
        private Boolean pathToPermanent;
        private Boolean developmentPath;
        private List<RedesignOption> redesignOptions = new ArrayList<>();

        private Builder(String id) {
            this.id = id;
        }

        private Builder(Job job) {
            this(job.id);
            title = job.title;
            employer = job.employer;
            sector = job.sector;
            location = job.location;
            publicTransportReachable = job.publicTransportReachable;
            tasks = new ArrayList<>(job.tasks);
            requirements = new ArrayList<>(job.requirements);
            dutch = job.dutch;
            rosters = new ArrayList<>(job.rosters);
            hoursMin = job.hoursMin;
            hoursMax = job.hoursMax;
            partTimePossible = job.partTimePossible;
            jobSharing = job.jobSharing;
            scheduleControl = job.scheduleControl;
            physicalLoad = job.physicalLoad;
            hazards = job.hazards;
            wheelchairAccessible = job.wheelchairAccessible;
            dressCode = job.dressCode;
            supports = job.supports;
            applicationMode = job.applicationMode;
            hourlyWage = job.hourlyWage;
            contract = job.contract;
            pathToPermanent = job.pathToPermanent;
            developmentPath = job.developmentPath;
            redesignOptions = new ArrayList<>(job.redesignOptions);
        }

        /**
         * @param title job title; the id when left out
         * @return this builder
         */
        public Builder title(String title) { this.title = title; return this; }

        /**
         * @param employer the employer's name
         * @return this builder
         */
        public Builder employer(String employer) { this.employer = employer; return this; }

        /**
         * @param sector sector, such as "logistics" or "care"
         * @return this builder
         */
        public Builder sector(String sector) { this.sector = sector; return this; }

        /**
         * @param location where the work is done; null when unknown
         * @return this builder
         */
        public Builder location(Location location) { this.location = location; return this; }

        /**
         * @param reachable the workplace can be reached by public transport at the shift times; null when unknown
         * @return this builder
         */
        public Builder publicTransportReachable(Boolean reachable) { this.publicTransportReachable = reachable; return this; }

        /**
         * @param task a task of the job, with its own requirements; added to those set before
         * @return this builder
         */
        public Builder task(Task task) { this.tasks.add(task); return this; }

        /**
         * @param requirement a requirement of the job as a whole; added to those set before
         * @return this builder
         */
        public Builder requirement(Requirement requirement) { this.requirements.add(requirement); return this; }

        /**
         * @param dutch the Dutch level asked, why, and the languages instructions exist in; null when not stated
         * @return this builder
         */
        public Builder dutch(DutchRequirement dutch) { this.dutch = dutch; return this; }

        /**
         * @param roster an alternative weekly shift pattern; added to those set before
         * @return this builder
         */
        public Builder roster(Roster roster) { this.rosters.add(roster); return this; }

        /**
         * @param min fewest hours a week the job can be done in; 0 for no minimum
         * @param max most hours a week, at least {@code min}
         * @return this builder
         */
        public Builder hours(int min, int max) { this.hoursMin = min; this.hoursMax = max; return this; }

        /**
         * @param possible part-time work is possible; null when not stated (unknown, never read as no)
         * @return this builder
         */
        public Builder partTimePossible(Boolean possible) { this.partTimePossible = possible; return this; }

        /**
         * @param possible the job can be shared between two people; null when not stated (unknown, never read as no)
         * @return this builder
         */
        public Builder jobSharing(Boolean possible) { this.jobSharing = possible; return this; }

        /**
         * @param control who sets the hours; null when not stated (unknown, never read as FIXED)
         * @return this builder
         */
        public Builder scheduleControl(ScheduleControl control) { this.scheduleControl = control; return this; }

        /**
         * @param load physical load of the work; null when unknown
         * @return this builder
         */
        public Builder physicalLoad(PhysicalLoad load) { this.physicalLoad = load; return this; }

        /**
         * @param hazards hazards of the work
         * @return this builder
         */
        public Builder hazards(Set<Hazard> hazards) { this.hazards = hazards; return this; }

        /**
         * @param accessible the workplace is wheelchair accessible; null when unknown
         * @return this builder
         */
        public Builder wheelchairAccessible(Boolean accessible) { this.wheelchairAccessible = accessible; return this; }

        /**
         * @param dressCode dress code; null when unknown
         * @return this builder
         */
        public Builder dressCode(DressCode dressCode) { this.dressCode = dressCode; return this; }

        /**
         * @param supports what the employer offers around the job; none when left out
         * @return this builder
         */
        public Builder supports(SupportOffer supports) { this.supports = supports; return this; }

        /**
         * @param mode how candidates apply; null when unknown
         * @return this builder
         */
        public Builder applicationMode(ApplicationMode mode) { this.applicationMode = mode; return this; }

        /**
         * @param wage gross wage in euro per hour; null when not stated
         * @return this builder
         */
        public Builder hourlyWage(BigDecimal wage) { this.hourlyWage = wage; return this; }

        /**
         * @param contract contract type; null when not stated
         * @return this builder
         */
        public Builder contract(ContractType contract) { this.contract = contract; return this; }

        /**
         * @param path there is a path to a permanent contract; null when unknown
         * @return this builder
         */
        public Builder pathToPermanent(Boolean path) { this.pathToPermanent = path; return this; }

        /**
         * @param path there is a path to grow in the job; null when unknown
         * @return this builder
         */
        public Builder developmentPath(Boolean path) { this.developmentPath = path; return this; }

        /**
         * @param option a change the employer declares itself open to; added to those set before
         * @return this builder
         */
        public Builder redesignOption(RedesignOption option) { this.redesignOptions.add(option); return this; }

        /**
         * @return the validated job
         * @throws IllegalArgumentException naming the field, the value and the allowed range
         */
        public Job build() {
            return new Job(id, title, employer, sector, location, publicTransportReachable, tasks, requirements, dutch,
                    rosters, hoursMin, hoursMax, partTimePossible, jobSharing, scheduleControl, physicalLoad, hazards,
                    wheelchairAccessible, dressCode, supports, applicationMode, hourlyWage, contract, pathToPermanent,
                    developmentPath, redesignOptions);
        }
    }
}
