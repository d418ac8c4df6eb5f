package org.threegaps.matcher.features;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import org.threegaps.matcher.model.GeoPoint;
import org.threegaps.matcher.model.ApplicationMode;
import org.threegaps.matcher.model.Candidate;
import org.threegaps.matcher.model.Cefr;
import org.threegaps.matcher.model.Frequency;
import org.threegaps.matcher.model.FunctionalNeed;
import org.threegaps.matcher.model.Importance;
import org.threegaps.matcher.model.Job;
import org.threegaps.matcher.model.LanguageReason;
import org.threegaps.matcher.model.Level;
import org.threegaps.matcher.model.Qualification;
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
import org.threegaps.matcher.features.Policy;
import org.threegaps.matcher.policy.PolicyKeys;

/**
 * Derives {@link PairFeatures} in plain Java. The per-candidate and per-job parts are computed once in
 * a {@link CandidateProfile} or {@link JobProfile}, so ranking one candidate against many jobs does the
 * candidate's work once. Thread-safe.
 */
public final class FeatureDeriver {
    /**
     * Every input fact the derivation reports as unknown when it matters for a pair and was not filled in; a
     * rule names those it needs in {@code @needs}, so that an unknown fact an essential rule needs makes a
     * verdict provisional.
     */
    public static final Set<String> UNKNOWN_FIELDS = Set.of("candidate.home", "job.location",
            "candidate.transportModes", "candidate.availability", "job.rosters", "candidate.maxHoursPerWeek",
            "candidate.languages.nl", "candidate.drivingLicence", "candidate.digitalSkill", "candidate.competences",
            "job.partTimePossible", "job.jobSharing", "job.scheduleControl");

    private final CommuteEstimator estimator;
    private final int defaultMaxCommute;
    private final double unreachableFactor;
    private final WeekMask night;
    private final WeekMask weekend;
    private final Cefr workingLanguageMin;
    private final int intensiveMonths;
    private final int careMinDays;
    private final int careMinMinutes;
    private final int nightMinMinutes;
    private final int largeMinMinutes;
    private final int hoursMinShortfall;
    private final int trainingMaxWeeks;

    /**
     * Creates a deriver reading its parameters from {@code policy}.
     *
     * @param policy the policy parameters
     * @param estimator the commute estimator
     * @throws IllegalArgumentException when a parameter of {@link PolicyKeys#ALL} it reads is missing or malformed
     */
    public FeatureDeriver(Policy policy, CommuteEstimator estimator) {
        this.estimator = estimator;
        this.defaultMaxCommute = policy.integer(PolicyKeys.DEFAULT_MAX_COMMUTE);
        this.unreachableFactor = policy.number(PolicyKeys.UNREACHABLE_FACTOR);
        this.workingLanguageMin = policy.cefr(PolicyKeys.OTHER_LANGUAGE_MIN);
        this.intensiveMonths = policy.integer(PolicyKeys.INTENSIVE_MONTHS);
        this.careMinDays = policy.integer(PolicyKeys.CARE_CONFLICT_MIN_DAYS);
        this.careMinMinutes = policy.integer(PolicyKeys.CARE_CONFLICT_MIN_MINUTES);
        this.nightMinMinutes = policy.integer(PolicyKeys.NIGHT_MIN_MINUTES);
        this.largeMinMinutes = policy.integer(PolicyKeys.LARGE_MIN_MINUTES);
        this.hoursMinShortfall = policy.integer(PolicyKeys.HOURS_MIN_SHORTFALL);
        this.trainingMaxWeeks = policy.integer(PolicyKeys.TRAINING_MAX_WEEKS);
        int nightStart = policy.integer(PolicyKeys.NIGHT_START_HOUR) * 60;
        int nightEnd = policy.integer(PolicyKeys.NIGHT_END_HOUR) * 60;
        night = new WeekMask();
        weekend = new WeekMask();
        for (int day = 0; day < 7; day++) {
            night.add(day * 1440 + nightStart, 1440 - nightStart + nightEnd);
        }
        weekend.add(5 * 1440, 2 * 1440);
    }

    /** The per-candidate part of the derivation. */
    public static final class CandidateProfile {
        final Candidate candidate;
        final GeoPoint home;
        final WeekMask availability;
        final WeekMask care;
        // availability plus the minutes other schedule rules already report (care windows, refused night
        // and weekend minutes), so the availability rules do not count the same minutes twice
        final WeekMask availabilityOrReported;

        CandidateProfile(Candidate candidate, WeekMask night, WeekMask weekend) {
            this.candidate = candidate;
            this.home = candidate.home() == null ? null : candidate.home().point();
            this.availability = candidate.availability() == null ? null : mask(candidate.availability());
            this.care = mask(candidate.careWindows());
            if (availability == null) {
                availabilityOrReported = null;
            } else {
                availabilityOrReported = availability.copy();
                availabilityOrReported.addAll(care);
                if (Boolean.FALSE.equals(candidate.nightWork())) {
                    availabilityOrReported.addAll(night);
                }
                if (Boolean.FALSE.equals(candidate.weekendWork())) {
                    availabilityOrReported.addAll(weekend);
                }
            }
        }

        private static WeekMask mask(List<TimeWindow> windows) {
            WeekMask mask = new WeekMask();
            windows.forEach(w -> mask.add(w.startMinuteOfWeek(), w.endMinuteOfWeek() - w.startMinuteOfWeek()));
            return mask;
        }

        /** @return the candidate */
        public Candidate candidate() {
            return candidate;
        }

        /** @return where the candidate lives, or null when unknown (no home, or a postcode not in the gazetteer) */
        public GeoPoint home() {
            return home;
        }
    }

    /** The per-job part of the derivation. */
    public static final class JobProfile {
        final Job job;
        final GeoPoint work;
        final OfferedSupport offered;
        private final WeekMask night;
        private final WeekMask weekend;
        /**
         * Built on first use: a ranking or batch estimates the commute first, and for most jobs out of reach
         * never needs the rosters. Racy but safe: the list and its masks are immutable, so two threads that
         * both build it build equal ones.
         */
        private List<RosterMask> rosters;

        JobProfile(Job job, WeekMask night, WeekMask weekend) {
            this.job = job;
            this.work = job.location() == null ? null : job.location().point();
            this.offered = offered(job);
            this.night = night;
            this.weekend = weekend;
        }

        List<RosterMask> rosters() {
            List<RosterMask> built = rosters;
            if (built == null) {
                RosterMask[] masks = new RosterMask[job.rosters().size()];
                for (int i = 0; i < masks.length; i++) {
                    masks[i] = new RosterMask(job.rosters().get(i), night, weekend);
                }
                built = List.of(masks);
                rosters = built;
            }
            return built;
        }

        /** @return the job */
        public Job job() {
            return job;
        }

        /** @return where the work is, or null when unknown */
        public GeoPoint work() {
            return work;
        }
    }

    private static final class RosterMask {
        final Roster roster;
        final WeekRanges minutes;
        final List<Shift> byStart;
        final int nightMinutes;
        final int weekendMinutes;
        final String earliestStart;
        final String latestEnd;
        /** {@link Roster#weeklyHours()}, once per roster rather than once per pair. */
        final double weeklyHours;

        // loops, not streams: a ranking of many jobs builds one of these per roster of every job
        RosterMask(Roster roster, WeekMask night, WeekMask weekend) {
            this.roster = roster;
            List<Shift> shifts = roster.shifts();
            Shift[] sorted = shifts.toArray(new Shift[0]);
            Arrays.sort(sorted, BY_START);
            byStart = List.of(sorted);
            java.time.LocalTime earliest = null;
            java.time.LocalTime latest = null;
            boolean overnight = false;
            int[] starts = new int[shifts.size()];
            int[] lengths = new int[shifts.size()];
            for (int i = 0; i < starts.length; i++) {
                Shift s = shifts.get(i);
                starts[i] = s.startMinuteOfWeek();
                lengths[i] = s.minutes();
                earliest = earliest == null || s.start().isBefore(earliest) ? s.start() : earliest;
                // an overnight shift ends latest of all: it runs past midnight
                if (s.overnight() && !overnight) {
                    overnight = true;
                    latest = s.end();
                } else if (s.overnight() == overnight && (latest == null || s.end().isAfter(latest))) {
                    latest = s.end();
                }
            }
            minutes = WeekRanges.of(starts, lengths);
            weeklyHours = roster.weeklyHours();
            nightMinutes = minutes.overlap(night);
            weekendMinutes = minutes.overlap(weekend);
            earliestStart = java.util.Objects.requireNonNull(earliest, "a roster has shifts").toString();
            latestEnd = latest.toString();
        }

        private static final Comparator<Shift> BY_START = Comparator.comparingInt(Shift::startMinuteOfWeek);
    }

    /** @return what the job offers of the support rules name, each as the one a finding names */
    private static OfferedSupport offered(Job job) {
        SupportOffer s = job.supports();
        ApplicationMode mode = job.applicationMode();
        ScheduleControl control = job.scheduleControl();
        Support contact = first(s, Support.BUDDY, Support.CONTACT_PERSON);
        Support heavyWorkAid = first(s, Support.MEDICALLY_ADAPTED_ZONE, Support.ERGONOMIC_AIDS);
        Support firstLook = first(s, Support.TRIAL_DAY, Support.INTRO_CONVERSATION);
        Enum<?> interviewHelp = s.offers(Support.INTERVIEW_INTERPRETER) ? Support.INTERVIEW_INTERPRETER
                : mode == ApplicationMode.VIA_COACH ? ApplicationMode.VIA_COACH : null;
        Enum<?> applicationRoute = mode != ApplicationMode.ONLINE_ONLY ? mode
                : s.offers(Support.APPLICATION_HELP) ? Support.APPLICATION_HELP : null;
        Enum<?> capacityRoom = s.offers(Support.FLEXIBLE_ABSENCE) ? Support.FLEXIBLE_ABSENCE
                : control == ScheduleControl.EMPLOYEE_CONTROLLED ? control
                : control == ScheduleControl.NEGOTIABLE && Boolean.TRUE.equals(job.partTimePossible()) ? control : null;
        return new OfferedSupport(contact, heavyWorkAid, firstLook, interviewHelp, applicationRoute, capacityRoom);
    }

    /** @return the first of {@code supports} the job offers, or null when it offers none of them */
    private static Support first(SupportOffer offer, Support... supports) {
        for (Support support : supports) {
            if (offer.offers(support)) {
                return support;
            }
        }
        return null;
    }

    /**
     * @param candidate the candidate
     * @return the per-candidate part, to reuse across many jobs
     */
    public CandidateProfile profile(Candidate candidate) {
        return new CandidateProfile(candidate, night, weekend);
    }

    /**
     * @param job the job
     * @return the per-job part, to reuse across many candidates
     */
    public JobProfile profile(Job job) {
        return new JobProfile(job, night, weekend);
    }

    /**
     * @param candidate the candidate
     * @param job the job
     * @return the features of one pair
     */
    public PairFeatures derive(Candidate candidate, Job job) {
        return derive(profile(candidate), profile(job));
    }

    /**
     * @param cp the candidate's profile
     * @param jp the job's profile
     * @return the features of one pair from prepared profiles
     */
    public PairFeatures derive(CandidateProfile cp, JobProfile jp) {
        return derive(cp, jp, commute(cp, jp));
    }

    /**
     * @param cp the candidate's profile
     * @param jp the job's profile
     * @param commute the commute estimate
     * @return the features of one pair from prepared profiles and the commute {@link #commute} gave for
     *         them, so that a caller who needed the commute first (to block the pair) does not estimate it
     *         twice
     */
    public PairFeatures derive(CandidateProfile cp, JobProfile jp, Commute commute) {
        Candidate c = cp.candidate;
        Job j = jp.job;
        Set<String> unknowns = new TreeSet<>();
        if (!commute.modesKnown()) {
            unknowns.add("candidate.transportModes");
        }
        if (!commute.known()) {
            unknowns.add(commute.missing().path());
        }
        List<RosterFit> rosters = new ArrayList<>(jp.rosters().size());
        RosterFit best = null;
        int bestCost = Integer.MAX_VALUE;
        for (RosterMask rm : jp.rosters()) {
            RosterFit fit = rosterFit(cp, rm);
            rosters.add(fit);
            int cost = fit.careConflictMinutes() + fit.minutesOutsideAvailability()
                    + (Boolean.FALSE.equals(c.nightWork()) ? fit.nightMinutes() : 0)
                    + (Boolean.FALSE.equals(c.weekendWork()) ? fit.weekendMinutes() : 0);
            // equal costs go to the smaller roster id, so the order rosters were listed in never matters
            if (cost < bestCost || cost == bestCost && fit.rosterId().compareTo(best.rosterId()) < 0) {
                bestCost = cost;
                best = fit;
            }
        }
        if (jp.rosters().isEmpty()) {
            unknowns.add("job.rosters");
        } else if (cp.availability == null) {
            unknowns.add("candidate.availability");
        }
        List<RequirementFit> requirements = requirements(c, j, unknowns);
        DutchFit dutch = dutch(c, j, unknowns);
        int shortfall = c.maxHoursPerWeek() == null ? 0 : Math.max(0, j.hoursMin() - c.maxHoursPerWeek());
        HoursFit hours = c.maxHoursPerWeek() == null
                ? new HoursFit(false, 0, j.hoursMin(), j.hoursMax(), 0, false)
                : new HoursFit(true, c.maxHoursPerWeek(), j.hoursMin(), j.hoursMax(), shortfall, shortfall >= hoursMinShortfall);
        if (!hours.known()) {
            unknowns.add("candidate.maxHoursPerWeek");
        }
        jobUnknowns(c, j, best, hours, unknowns);
        boolean intensive = (c.monthsSinceLastWork() != null && c.monthsSinceLastWork() > intensiveMonths)
                || Boolean.TRUE.equals(c.firstJobInCountry()) || c.selfConfidence() == Level.LOW;
        WageFit wage = new WageFit(j.hourlyWage(), c.minHourlyWage(), j.hourlyWage() == null ? InputField.JOB_HOURLY_WAGE
                : c.minHourlyWage() == null ? InputField.CANDIDATE_MIN_HOURLY_WAGE : null);
        return new PairFeatures(commute, List.copyOf(rosters), best, requirements, dutch, hours, intensive,
                List.copyOf(unknowns), jp.offered, wage);
    }

    /**
     * @param cp      the candidate's profile
     * @param jp      the job's profile
     * @param commute the commute {@link #commute} gave for them
     * @return the features a rule that reads only the job, what it offers and {@code commute.outOfReach} needs (the
     *         commute and what the job offers), everything else empty: for the screen's out-of-reach rules
     *         ({@code Screen.farBounds}), which never read more, so that a pair out of reach is not derived in full
     */
    public PairFeatures reachOnly(CandidateProfile cp, JobProfile jp, Commute commute) {
        return new PairFeatures(commute, List.of(), null, List.of(), null, null, false, List.of(), jp.offered, null);
    }

    /**
     * @param c the candidate
     * @param j the job
     * @param features the pair's features
     * @param roster the roster
     * @return the pair's features as if the candidate worked {@code roster}, one of {@code features.rosters()}
     *         other than the guessed one, for scoring a job's other rosters
     */
    public static PairFeatures onRoster(Candidate c, Job j, PairFeatures features, RosterFit roster) {
        Set<String> unknowns = new TreeSet<>(features.unknowns());
        unknowns.remove("job.scheduleControl");
        jobUnknowns(c, j, roster, features.hours(), unknowns);
        return new PairFeatures(features.commute(), features.rosters(), roster, features.requirements(),
                features.dutch(), features.hours(), features.intensiveOnboarding(), List.copyOf(unknowns),
                features.offered(), features.wage());
    }

    /**
     * The employer's side of the hours, where the job does not say and the answer matters for this pair:
     * whether fewer hours are possible (when the candidate can work fewer than the job asks, or has a
     * capacity that goes up and down) and who sets the hours (when the candidate has care to fit in, refuses
     * the roster's night minutes, must sometimes stay home at short notice, has a capacity that varies, or the
     * roster falls partly outside their availability).
     * Unstated is never read as "no" or "fixed": the case worker asks the employer.
     */
    private static void jobUnknowns(Candidate c, Job j, RosterFit best, HoursFit hours, Set<String> unknowns) {
        boolean fluctuating = c.functionalNeeds().contains(FunctionalNeed.FLUCTUATING_CAPACITY);
        boolean fewerHours = hours.shortfallHours() > 0;
        if (j.partTimePossible() == null && (fewerHours && !Boolean.TRUE.equals(j.jobSharing()) || fluctuating)) {
            unknowns.add("job.partTimePossible");
        }
        if (j.jobSharing() == null && fewerHours && !Boolean.TRUE.equals(j.partTimePossible())) {
            unknowns.add("job.jobSharing");
        }
        boolean hoursMatter = fluctuating || Boolean.TRUE.equals(c.shortNoticeAbsence())
                || Boolean.TRUE.equals(c.singleCarer()) || !c.careDuties().isEmpty() || !c.careWindows().isEmpty()
                || best != null && Boolean.FALSE.equals(c.nightWork()) && best.nightMinutes() > 0
                || best != null && best.otherMinutesOutsideAvailability() > 0;
        if (j.scheduleControl() == null && hoursMatter) {
            unknowns.add("job.scheduleControl");
        }
    }

    /**
     * @param cp the candidate's profile
     * @param jp the job's profile
     * @return the commute of one pair, exactly as {@link #derive(CandidateProfile, JobProfile)} computes it,
     *         without the rest of the pair's features: for deciding cheaply which pairs are out of reach
     */
    public Commute commute(CandidateProfile cp, JobProfile jp) {
        Candidate c = cp.candidate;
        int limit = c.maxCommuteMinutes() == null ? defaultMaxCommute : c.maxCommuteMinutes();
        boolean modesKnown = !c.transportModes().isEmpty();
        if (cp.home == null || jp.work == null) {
            return new Commute(false, Map.of(), null, -1, limit, c.maxCommuteMinutes() == null, -1, -1, modesKnown,
                    cp.home == null ? InputField.CANDIDATE_HOME : InputField.JOB_LOCATION, false);
        }
        Set<TransportMode> modes = modesKnown ? c.transportModes()
                : Set.of(TransportMode.WALK, TransportMode.BIKE, TransportMode.PUBLIC_TRANSPORT);
        Map<TransportMode, Integer> byMode = new EnumMap<>(TransportMode.class);
        for (TransportMode mode : modes) {
            if (mode == TransportMode.PUBLIC_TRANSPORT && Boolean.FALSE.equals(jp.job.publicTransportReachable())) {
                continue;
            }
            OptionalInt minutes = estimator.minutes(cp.home, jp.work, mode);
            minutes.ifPresent(m -> byMode.put(mode, m));
        }
        TransportMode bestMode = null;
        int bestMinutes = -1;
        for (Map.Entry<TransportMode, Integer> e : byMode.entrySet()) {
            if (bestMode == null || e.getValue() < bestMinutes) {
                bestMode = e.getKey();
                bestMinutes = e.getValue();
            }
        }
        int car = estimator.minutes(cp.home, jp.work, TransportMode.CAR).orElse(-1);
        double km = Math.round(cp.home.distanceKm(jp.work) * 10) / 10.0;
        return new Commute(true, Map.copyOf(byMode), bestMode, bestMinutes, limit, c.maxCommuteMinutes() == null,
                car, km, modesKnown, null, bestMode != null && bestMinutes > limit * unreachableFactor);
    }

    private RosterFit rosterFit(CandidateProfile cp, RosterMask rm) {
        boolean availabilityKnown = cp.availability != null;
        int outside = availabilityKnown ? rm.minutes.outside(cp.availability) : 0;
        int otherOutside = availabilityKnown ? rm.minutes.outside(cp.availabilityOrReported) : 0;
        int care = rm.minutes.overlap(cp.care);
        int careDays = 0;
        DayOfWeek firstDay = null;
        String first = "";
        if (care > 0) {
            Set<Integer> days = new TreeSet<>();
            for (Shift s : rm.byStart) {
                if (cp.care.countIn(s.startMinuteOfWeek(), s.minutes()) > 0) {
                    days.add(s.day().getValue());
                    if (first.isEmpty()) {
                        firstDay = s.day();
                        first = s.start() + "-" + s.end();
                    }
                }
            }
            careDays = days.size();
        }
        Enum<?> careWith = care == 0 ? null
                : cp.candidate.careDuties().isEmpty() ? Term.CARE_WINDOWS : cp.candidate.careDuties().iterator().next();
        return new RosterFit(rm.roster.id(), rm.weeklyHours, availabilityKnown, outside, rm.nightMinutes,
                rm.weekendMinutes, care, careDays, firstDay, first, rm.earliestStart, rm.latestEnd, otherOutside,
                careWith, careDays >= careMinDays && care >= careMinMinutes, rm.nightMinutes >= nightMinMinutes,
                rm.weekendMinutes >= largeMinMinutes, availabilityKnown && otherOutside >= largeMinMinutes);
    }

    private List<RequirementFit> requirements(Candidate c, Job j, Set<String> unknowns) {
        List<RequirementFit> fits = new ArrayList<>();
        for (Task t : j.tasks()) {
            for (Requirement r : t.requirements()) {
                fits.add(fit(c, r, t, unknowns));
            }
        }
        for (Requirement r : j.requirements()) {
            fits.add(fit(c, r, null, unknowns));
        }
        return List.copyOf(fits);
    }

    private RequirementFit fit(Candidate c, Requirement r, Task t, Set<String> unknowns) {
        boolean known = true;
        int level = 0;
        int shortfall;
        org.threegaps.matcher.model.Recognition status = null;
        switch (r.category()) {
            case QUALIFICATION -> {
                Qualification held = held(c, r.code());
                status = held == null ? null : held.recognition();
                level = held != null && held.recognition().usable() ? 1 : 0;
                shortfall = 1 - level;
            }
            case DRIVING_LICENCE -> {
                known = c.drivingLicence() != null;
                level = Boolean.TRUE.equals(c.drivingLicence()) ? 1 : 0;
                shortfall = 1 - level;
                if (!known) {
                    unknowns.add("candidate.drivingLicence");
                }
            }
            case DIGITAL -> {
                known = c.digitalSkill() != null;
                level = known ? c.digitalSkill().ordinal() : 0;
                shortfall = Math.max(0, r.minLevel() - level);
                if (!known) {
                    unknowns.add("candidate.digitalSkill");
                }
            }
            default -> {
                known = !c.competences().isEmpty();
                level = c.competenceLevel(r.code());
                shortfall = Math.max(0, r.minLevel() - level);
                if (!known) {
                    unknowns.add("candidate.competences");
                }
            }
        }
        if (!known) {
            shortfall = 0;
        }
        boolean quicklyTrainable = r.trainableOnJob() && r.trainingWeeks() <= trainingMaxWeeks;
        return t == null
                ? new RequirementFit("", "", false, false, Importance.MEDIUM, Frequency.WEEKLY, TaskTiming.FROM_START,
                false, false, r, known, level, shortfall, status, quicklyTrainable)
                : new RequirementFit(t.id(), t.name(), true, t.core(), t.importance(), t.frequency(), t.timing(),
                t.reassignable(), t.regulated(), r, known, level, shortfall, status, quicklyTrainable);
    }

    private static Qualification held(Candidate c, String code) {
        for (Qualification q : c.qualifications()) {
            if (q.code().equals(code)) {
                return q;
            }
        }
        return null;
    }

    /** @return true for a task needed from the first day that matters most or is done daily */
    private static boolean coreFromStart(Task t) {
        return t.timing() == TaskTiming.FROM_START && (t.importance() == Importance.HIGH || t.frequency() == Frequency.DAILY);
    }

    private DutchFit dutch(Candidate c, Job j, Set<String> unknowns) {
        Cefr own = c.dutch();
        Cefr required = j.dutch() == null ? Cefr.NONE : j.dutch().level();
        boolean stated = j.dutch() != null;
        if (own == null && stated && required != Cefr.NONE) {
            unknowns.add("candidate.languages.nl");
        }
        int gap = own == null ? 0 : own.levelsBelow(required);
        int startGap = gap;
        boolean tasksStateLevels = false;
        boolean anyCoreFromStart = false;
        for (Task t : j.tasks()) {
            tasksStateLevels |= t.dutchLevel() != null;
            anyCoreFromStart |= coreFromStart(t);
        }
        // a job without tasks is one task the level is asked for; with tasks, only those that matter most or are
        // done daily, from the first day, count, each at its own level or else the job's
        int coreGap = j.tasks().isEmpty() || anyCoreFromStart ? gap : 0;
        if (own != null && tasksStateLevels) {
            startGap = 0;
            coreGap = 0;
            for (Task t : j.tasks()) {
                if (t.dutchLevel() != null && t.timing() == TaskTiming.FROM_START) {
                    startGap = Math.max(startGap, own.levelsBelow(t.dutchLevel()));
                }
                if (t.dutchLevel() != null && coreFromStart(t)) {
                    coreGap = Math.max(coreGap, own.levelsBelow(t.dutchLevel()));
                }
            }
        }
        Set<LanguageReason> reasons = stated ? j.dutch().reasons() : Set.of();
        Locale shared = stated ? workingLanguage(c, j.dutch().instructionLanguages()) : null;
        Locale buddy = workingLanguage(c, j.supports().buddyLanguages());
        LanguageReason safetyReason = first(reasons, LanguageReason.SAFETY_INSTRUCTIONS,
                LanguageReason.READING_MEDICAL_OR_TECHNICAL_DOCS, LanguageReason.SOLO_WORK_WITHOUT_INTERPRETER);
        boolean taskBased = stated && j.dutch().taskBased();
        boolean customerContact = reasons.contains(LanguageReason.CUSTOMER_CONTACT);
        LanguageReason communicationReason = !taskBased ? null : customerContact ? LanguageReason.CUSTOMER_CONTACT
                : reasons.contains(LanguageReason.WRITTEN_REPORTING) ? LanguageReason.WRITTEN_REPORTING
                : LanguageReason.TEAM_COMMUNICATION;
        SupportOffer s = j.supports();
        boolean buddyInLanguage = s.offers(Support.BUDDY) && buddy != null;
        boolean floorSupport = s.offers(Support.LANGUAGE_COACHING_ON_FLOOR) || s.offers(Support.INTERPRETER_COLLEAGUE)
                || shared != null || buddyInLanguage;
        LanguageBridge bridgedBy = s.offers(Support.LANGUAGE_COACHING_ON_FLOOR) ? LanguageBridge.LANGUAGE_COACHING_ON_FLOOR
                : s.offers(Support.INTERPRETER_COLLEAGUE) ? LanguageBridge.INTERPRETER_COLLEAGUE
                : s.offers(Support.TRANSLATION_APP) ? LanguageBridge.TRANSLATION_APP
                : shared != null ? LanguageBridge.TRANSLATED_INSTRUCTIONS
                : buddyInLanguage ? LanguageBridge.BUDDY : null;
        return new DutchFit(stated, required, own, gap, startGap, coreGap, taskBased, safetyReason != null,
                customerContact, reasons.contains(LanguageReason.NATIVE_SPEAKER_REQUESTED), shared, buddy,
                floorSupport, bridgedBy, safetyReason, communicationReason);
    }

    /** @return the first of {@code reasons} the set holds, or null */
    private static LanguageReason first(Set<LanguageReason> set, LanguageReason... reasons) {
        for (LanguageReason reason : reasons) {
            if (set.contains(reason)) {
                return reason;
            }
        }
        return null;
    }

    /** @return the first of {@code languages} other than Dutch the candidate works in (the policy's level), or null */
    /** A language's locale, parsed once per code rather than once per pair; codes are a few letters, so few. */
    private static final Map<String, Locale> LOCALES = new java.util.concurrent.ConcurrentHashMap<>();

    private Locale workingLanguage(Candidate c, Iterable<String> languages) {
        for (String language : languages) {
            Cefr level = c.languages().get(language);
            if (!language.equals("nl") && level != null && level.atLeast(workingLanguageMin)) {
                return LOCALES.computeIfAbsent(language, Locale::forLanguageTag);
            }
        }
        return null;
    }
}
