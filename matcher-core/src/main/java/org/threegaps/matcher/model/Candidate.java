package org.threegaps.matcher.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A person looking for work, as the case worker recorded them. Immutable; build one with
 * {@link #builder(String)}.
 *
 * <p>There is deliberately no field for age, gender, origin, nationality, religion, ethnicity or
 * diagnosis: the model holds declared functional and workplace needs only. A null in an optional field
 * means "not filled in" and is reported as unknown, never read as zero or as "fine".
 *
 * @param id                      stable id of the candidate, unique in a data set
 * @param name                    display name; never read by a rule
 * @param notes                   free text for the case worker; never read by a rule
 * @param competences             competences with a level and how the level is known; each code once
 * @param qualifications          diplomas and certificates with their recognition status in Belgium
 * @param languages               CEFR level per language, keyed by ISO 639 code ("nl", "ar"). No "nl" key means
 *                                the Dutch level is unknown
 * @param digitalSkill            digital skills; null when unknown
 * @param home                    where the candidate lives: coordinates or a Flemish postcode
 * @param drivingLicence          holds a driving licence (category B); null when unknown
 * @param car                     has a car at their disposal; null when unknown
 * @param transportModes          ways the candidate can travel to work. CAR needs car and drivingLicence not
 *                                false. Empty means unknown: walk, bike and public transport are then assumed
 * @param maxCommuteMinutes       longest acceptable one-way commute, in minutes; null uses the policy default
 * @param availability            weekly windows in which the candidate can work; null when unknown (not: never
 *                                available)
 * @param careWindows             weekly windows taken by care duties, such as school runs
 * @param maxHoursPerWeek         most hours a week the candidate can work; null when unknown
 * @param nightWork               night work is acceptable; null when unknown
 * @param weekendWork             weekend work is acceptable; null when unknown
 * @param careDuties              kinds of care the candidate provides
 * @param singleCarer             the candidate is the only carer; null when unknown
 * @param shortNoticeAbsence      the candidate needs to be able to leave at short notice (care); null when
 *                                unknown
 * @param functionalNeeds         declared functional needs (never diagnoses)
 * @param safetyRestrictions      hazards the candidate may not be exposed to
 * @param workplaceNeeds          declared workplace needs, such as headwear or short prayer breaks
 * @param monthsSinceLastWork     months since the last paid work; raises onboarding support, never lowers a score
 * @param firstJobInCountry       this would be the first job in Belgium; null when unknown
 * @param selfConfidence          self-confidence as assessed by the coach; null when unknown
 * @param needsHelpToExplainNeeds the candidate needs help to explain their needs to an employer; null when
 *                                unknown
 * @param jobGoals                sectors or job titles the candidate aims for
 * @param minHourlyWage           lowest acceptable gross wage, in euro per hour; null when unknown
 * @param documentsAllow          contract types the candidate's residence and work documents allow; null when
 *                                unknown
 * @param requiresStableContract  the candidate needs a stable contract; null when unknown
 * @param negativeExperiences     earlier experiences in work that the match should take into account
 */
public record Candidate(
        String id, String name, String notes,
        List<Competence> competences, List<Qualification> qualifications, Map<String, Cefr> languages,
        DigitalSkill digitalSkill,
        Location home, Boolean drivingLicence, Boolean car, Set<TransportMode> transportModes,
        Integer maxCommuteMinutes,
        List<TimeWindow> availability, List<TimeWindow> careWindows, Integer maxHoursPerWeek,
        Boolean nightWork, Boolean weekendWork, Set<CareDuty> careDuties, Boolean singleCarer,
        Boolean shortNoticeAbsence,
        Set<FunctionalNeed> functionalNeeds, Set<Hazard> safetyRestrictions, Set<WorkplaceNeed> workplaceNeeds,
        Integer monthsSinceLastWork, Boolean firstJobInCountry, Level selfConfidence, Boolean needsHelpToExplainNeeds,
        List<String> jobGoals, BigDecimal minHourlyWage, Set<ContractType> documentsAllow,
        Boolean requiresStableContract, Set<NegativeExperience> negativeExperiences) {

    /**
     * @param id                      stable id of the candidate, unique in a data set
     * @param name                    display name; never read by a rule
     * @param notes                   free text for the case worker; never read by a rule
     * @param competences             competences with a level and how the level is known; each code once
     * @param qualifications          diplomas and certificates with their recognition status in Belgium
     * @param languages               CEFR level per language, keyed by ISO 639 code ("nl", "ar"). No "nl" key means
     *                                the Dutch level is unknown
     * @param digitalSkill            digital skills; null when unknown
     * @param home                    where the candidate lives: coordinates or a Flemish postcode
     * @param drivingLicence          holds a driving licence (category B); null when unknown
     * @param car                     has a car at their disposal; null when unknown
     * @param transportModes          ways the candidate can travel to work. CAR needs car and drivingLicence not
     *                                false. Empty means unknown: walk, bike and public transport are then assumed
     * @param maxCommuteMinutes       longest acceptable one-way commute, in minutes; null uses the policy default
     * @param availability            weekly windows in which the candidate can work; null when unknown (not: never
     *                                available)
     * @param careWindows             weekly windows taken by care duties, such as school runs
     * @param maxHoursPerWeek         most hours a week the candidate can work; null when unknown
     * @param nightWork               night work is acceptable; null when unknown
     * @param weekendWork             weekend work is acceptable; null when unknown
     * @param careDuties              kinds of care the candidate provides
     * @param singleCarer             the candidate is the only carer; null when unknown
     * @param shortNoticeAbsence      the candidate needs to be able to leave at short notice (care); null when
     *                                unknown
     * @param functionalNeeds         declared functional needs (never diagnoses)
     * @param safetyRestrictions      hazards the candidate may not be exposed to
     * @param workplaceNeeds          declared workplace needs, such as headwear or short prayer breaks
     * @param monthsSinceLastWork     months since the last paid work; raises onboarding support, never lowers a score
     * @param firstJobInCountry       this would be the first job in Belgium; null when unknown
     * @param selfConfidence          self-confidence as assessed by the coach; null when unknown
     * @param needsHelpToExplainNeeds the candidate needs help to explain their needs to an employer; null when
     *                                unknown
     * @param jobGoals                sectors or job titles the candidate aims for
     * @param minHourlyWage           lowest acceptable gross wage, in euro per hour; null when unknown
     * @param documentsAllow          contract types the candidate's residence and work documents allow; null when
     *                                unknown
     * @param requiresStableContract  the candidate needs a stable contract; null when unknown
     * @param negativeExperiences     earlier experiences in work that the match should take into account
     * @throws IllegalArgumentException naming the field, the value and the rule, when a field is out of range,
     *                                  missing or inconsistent
     */
    public Candidate {
        id = Checks.text("candidate.id", id);
        competences = Checks.list("candidate.competences", competences);
        Checks.unique("candidate.competences[].code", competences.stream().map(Competence::code).toList());
        qualifications = Checks.list("candidate.qualifications", qualifications);
        languages = Checks.languageMap("candidate.languages", languages);
        transportModes = Checks.set("candidate.transportModes", transportModes);
        if (transportModes.contains(TransportMode.CAR) && (Boolean.FALSE.equals(car) || Boolean.FALSE.equals(drivingLicence))) {
            throw new IllegalArgumentException("candidate.transportModes contains CAR but car or drivingLicence is false");
        }
        Checks.range("candidate.maxCommuteMinutes", maxCommuteMinutes, 0, 240);
        availability = availability == null ? null : Checks.list("candidate.availability", availability);
        careWindows = Checks.list("candidate.careWindows", careWindows);
        Checks.range("candidate.maxHoursPerWeek", maxHoursPerWeek, 0, 60);
        careDuties = Checks.set("candidate.careDuties", careDuties);
        functionalNeeds = Checks.set("candidate.functionalNeeds", functionalNeeds);
        safetyRestrictions = Checks.set("candidate.safetyRestrictions", safetyRestrictions);
        workplaceNeeds = Checks.set("candidate.workplaceNeeds", workplaceNeeds);
        Checks.range("candidate.monthsSinceLastWork", monthsSinceLastWork, 0, 600);
        jobGoals = Checks.list("candidate.jobGoals", jobGoals);
        if (minHourlyWage != null && (minHourlyWage.signum() < 0 || minHourlyWage.compareTo(BigDecimal.valueOf(500)) > 0)) {
            throw new IllegalArgumentException("candidate.minHourlyWage must be between 0 and 500 euro, was " + minHourlyWage);
        }
        documentsAllow = documentsAllow == null ? null : Checks.set("candidate.documentsAllow", documentsAllow);
        negativeExperiences = Checks.set("candidate.negativeExperiences", negativeExperiences);
    }

    /**
     * @param id stable id of the candidate, unique in a data set
     * @return a builder for a candidate with this id
     * @throws NullPointerException when {@code id} is null
     */
    public static Builder builder(String id) {
        return new Builder(java.util.Objects.requireNonNull(id, "id"));
    }

    /** @return a builder holding this candidate's values */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * @param code a competence code
     * @return the level in that competence, 0 when the candidate has not declared it
     */
    public int competenceLevel(String code) {
        return competences.stream().filter(c -> c.code().equals(code)).mapToInt(Competence::level).findFirst().orElse(0);
    }

    /** @return the candidate's Dutch level, or null when unknown */
    public Cefr dutch() {
        return languages.get("nl");
    }

    /** Builds a {@link Candidate}; every setter returns the builder and {@link #build()} validates. */
    public static final class Builder {
        private final String id;
        private String name;
        private String notes;
        private List<Competence> competences = new ArrayList<>();
        private List<Qualification> qualifications = new ArrayList<>();
        private Map<String, Cefr> languages = new HashMap<>();
        private DigitalSkill digitalSkill;
        private Location home;
        private Boolean drivingLicence;
        private Boolean car;
        private Set<TransportMode> transportModes = Set.of();
        private Integer maxCommuteMinutes;
        private List<TimeWindow> availability;
        private List<TimeWindow> careWindows = new ArrayList<>();
        private Integer maxHoursPerWeek;
        private Boolean nightWork;
        private Boolean weekendWork;
        private Set<CareDuty> careDuties = Set.of();
        private Boolean singleCarer;
        private Boolean shortNoticeAbsence;
        private Set<FunctionalNeed> functionalNeeds = Set.of();
        private Set<Hazard> safetyRestrictions = Set.of();
        private Set<WorkplaceNeed> workplaceNeeds = Set.of();
        private Integer monthsSinceLastWork;
        private Boolean firstJobInCountry;
        private Level selfConfidence;
        private Boolean needsHelpToExplainNeeds;
        private List<String> jobGoals = new ArrayList<>();
        private BigDecimal minHourlyWage;
        private Set<ContractType> documentsAllow;
        private Boolean requiresStableContract;
        private Set<NegativeExperience> negativeExperiences = Set.of();

        private Builder(String id) {
            this.id = id;
        }

        private Builder(Candidate c) {
            this(c.id);
            name = c.name;
            notes = c.notes;
            competences = new ArrayList<>(c.competences);
            qualifications = new ArrayList<>(c.qualifications);
            languages = new HashMap<>(c.languages);
            digitalSkill = c.digitalSkill;
            home = c.home;
            drivingLicence = c.drivingLicence;
            car = c.car;
            transportModes = c.transportModes;
            maxCommuteMinutes = c.maxCommuteMinutes;
            availability = c.availability;
            careWindows = new ArrayList<>(c.careWindows);
            maxHoursPerWeek = c.maxHoursPerWeek;
            nightWork = c.nightWork;
            weekendWork = c.weekendWork;
            careDuties = c.careDuties;
            singleCarer = c.singleCarer;
            shortNoticeAbsence = c.shortNoticeAbsence;
            functionalNeeds = c.functionalNeeds;
            safetyRestrictions = c.safetyRestrictions;
            workplaceNeeds = c.workplaceNeeds;
            monthsSinceLastWork = c.monthsSinceLastWork;
            firstJobInCountry = c.firstJobInCountry;
            selfConfidence = c.selfConfidence;
            needsHelpToExplainNeeds = c.needsHelpToExplainNeeds;
            jobGoals = new ArrayList<>(c.jobGoals);
            minHourlyWage = c.minHourlyWage;
            documentsAllow = c.documentsAllow;
            requiresStableContract = c.requiresStableContract;
            negativeExperiences = c.negativeExperiences;
        }

        /**
         * @param name display name; never read by a rule
         * @return this builder
         */
        public Builder name(String name) { this.name = name; return this; }

        /**
         * @param notes free text for the case worker; never read by a rule
         * @return this builder
         */
        public Builder notes(String notes) { this.notes = notes; return this; }

        /**
         * @param code the competence code, such as "forklift"
         * @param level 0 none to 4 expert
         * @param evidence how the level is known; null when not said
         * @return this builder
         */
        public Builder competence(String code, int level, Evidence evidence) { competences.add(new Competence(code, level, evidence)); return this; }

        /**
         * @param all every competence, replacing those set before; each code once
         * @return this builder
         */
        public Builder competences(List<Competence> all) { this.competences = new ArrayList<>(all); return this; }

        /**
         * @param code the diploma or certificate code
         * @param recognition its recognition status in Belgium
         * @return this builder
         */
        public Builder qualification(String code, Recognition recognition) { qualifications.add(new Qualification(code, recognition)); return this; }

        /**
         * @param all every qualification, replacing those set before
         * @return this builder
         */
        public Builder qualifications(List<Qualification> all) { this.qualifications = new ArrayList<>(all); return this; }

        /**
         * @param code ISO 639 code, such as "nl" or "ar"
         * @param level the CEFR level
         * @return this builder
         */
        public Builder language(String code, Cefr level) { languages.put(code, level); return this; }

        /**
         * @param all CEFR level per ISO 639 code, replacing those set before; no "nl" means the Dutch level is
         *     unknown
         * @return this builder
         */
        public Builder languages(Map<String, Cefr> all) { this.languages = new HashMap<>(all); return this; }

        /**
         * @param skill digital skills; null when unknown
         * @return this builder
         */
        public Builder digitalSkill(DigitalSkill skill) { this.digitalSkill = skill; return this; }

        /**
         * @param home where the candidate lives: coordinates or a Flemish postcode
         * @return this builder
         */
        public Builder home(Location home) { this.home = home; return this; }

        /**
         * @param licence holds a driving licence (category B); null when unknown
         * @return this builder
         */
        public Builder drivingLicence(Boolean licence) { this.drivingLicence = licence; return this; }

        /**
         * @param car has a car at their disposal; null when unknown
         * @return this builder
         */
        public Builder car(Boolean car) { this.car = car; return this; }

        /**
         * @param modes ways the candidate can travel to work. CAR needs car and drivingLicence not false. Empty means
         *     unknown: walk, bike and public transport are then assumed
         * @return this builder
         */
        public Builder transportModes(Set<TransportMode> modes) { this.transportModes = modes; return this; }

        /**
         * @param minutes longest acceptable one-way commute, in minutes; null uses the policy default
         * @return this builder
         */
        public Builder maxCommuteMinutes(Integer minutes) { this.maxCommuteMinutes = minutes; return this; }

        /**
         * @param windows weekly windows in which the candidate can work; null when unknown (not: never available)
         * @return this builder
         */
        public Builder availability(List<TimeWindow> windows) { this.availability = windows; return this; }

        /**
         * @param window a weekly window taken by care duties, such as school runs; added to those set before
         * @return this builder
         */
        public Builder careWindow(TimeWindow window) { this.careWindows.add(window); return this; }

        /**
         * @param windows weekly windows taken by care duties, replacing those set before
         * @return this builder
         */
        public Builder careWindows(List<TimeWindow> windows) { this.careWindows = new ArrayList<>(windows); return this; }

        /**
         * @param hours most hours a week the candidate can work; null when unknown
         * @return this builder
         */
        public Builder maxHoursPerWeek(Integer hours) { this.maxHoursPerWeek = hours; return this; }

        /**
         * @param acceptable night work is acceptable; null when unknown
         * @return this builder
         */
        public Builder nightWork(Boolean acceptable) { this.nightWork = acceptable; return this; }

        /**
         * @param acceptable weekend work is acceptable; null when unknown
         * @return this builder
         */
        public Builder weekendWork(Boolean acceptable) { this.weekendWork = acceptable; return this; }

        /**
         * @param duties kinds of care the candidate provides
         * @return this builder
         */
        public Builder careDuties(Set<CareDuty> duties) { this.careDuties = duties; return this; }

        /**
         * @param single the candidate is the only carer; null when unknown
         * @return this builder
         */
        public Builder singleCarer(Boolean single) { this.singleCarer = single; return this; }

        /**
         * @param needed the candidate needs to be able to leave at short notice (care); null when unknown
         * @return this builder
         */
        public Builder shortNoticeAbsence(Boolean needed) { this.shortNoticeAbsence = needed; return this; }

        /**
         * @param needs declared functional needs (never diagnoses)
         * @return this builder
         */
        public Builder functionalNeeds(Set<FunctionalNeed> needs) { this.functionalNeeds = needs; return this; }

        /**
         * @param restrictions hazards the candidate may not be exposed to
         * @return this builder
         */
        public Builder safetyRestrictions(Set<Hazard> restrictions) { this.safetyRestrictions = restrictions; return this; }

        /**
         * @param needs declared workplace needs, such as headwear or short prayer breaks
         * @return this builder
         */
        public Builder workplaceNeeds(Set<WorkplaceNeed> needs) { this.workplaceNeeds = needs; return this; }

        /**
         * @param months months since the last paid work; raises onboarding support, never lowers a score
         * @return this builder
         */
        public Builder monthsSinceLastWork(Integer months) { this.monthsSinceLastWork = months; return this; }

        /**
         * @param first this would be the first job in Belgium; null when unknown
         * @return this builder
         */
        public Builder firstJobInCountry(Boolean first) { this.firstJobInCountry = first; return this; }

        /**
         * @param level self-confidence as assessed by the coach; null when unknown
         * @return this builder
         */
        public Builder selfConfidence(Level level) { this.selfConfidence = level; return this; }

        /**
         * @param needed the candidate needs help to explain their needs to an employer; null when unknown
         * @return this builder
         */
        public Builder needsHelpToExplainNeeds(Boolean needed) { this.needsHelpToExplainNeeds = needed; return this; }

        /**
         * @param goal a sector or job title the candidate aims for; added to those set before
         * @return this builder
         */
        public Builder jobGoal(String goal) { this.jobGoals.add(goal); return this; }

        /**
         * @param wage lowest acceptable gross wage, in euro per hour; null when unknown
         * @return this builder
         */
        public Builder minHourlyWage(BigDecimal wage) { this.minHourlyWage = wage; return this; }

        /**
         * @param contracts contract types the candidate's residence and work documents allow; null when unknown
         * @return this builder
         */
        public Builder documentsAllow(Set<ContractType> contracts) { this.documentsAllow = contracts; return this; }

        /**
         * @param required the candidate needs a stable contract; null when unknown
         * @return this builder
         */
        public Builder requiresStableContract(Boolean required) { this.requiresStableContract = required; return this; }

        /**
         * @param experiences earlier experiences in work that the match should take into account
         * @return this builder
         */
        public Builder negativeExperiences(Set<NegativeExperience> experiences) { this.negativeExperiences = experiences; return this; }

        /**
         * @return the validated candidate
         * @throws IllegalArgumentException naming the field, the value and the allowed range
         */
        public Candidate build() {
            return new Candidate(id, name, notes, competences, qualifications, languages, digitalSkill, home,
                    drivingLicence, car, transportModes, maxCommuteMinutes, availability, careWindows, maxHoursPerWeek,
                    nightWork, weekendWork, careDuties, singleCarer, shortNoticeAbsence, functionalNeeds,
                    safetyRestrictions, workplaceNeeds, monthsSinceLastWork, firstJobInCountry, selfConfidence,
                    needsHelpToExplainNeeds, jobGoals, minHourlyWage, documentsAllow, requiresStableContract,
                    negativeExperiences);
        }
    }
}
