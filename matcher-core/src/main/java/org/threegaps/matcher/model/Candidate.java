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

    /** @return a builder for a candidate with this id */
    public static Builder builder(String id) {
        return new Builder(java.util.Objects.requireNonNull(id, "id"));
    }

    /** @return a builder holding this candidate's values */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** @return the level in a competence, 0 when the candidate has not declared it */
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

        public Builder name(String name) { this.name = name; return this; }
        public Builder notes(String notes) { this.notes = notes; return this; }
        public Builder competence(String code, int level, Evidence evidence) { competences.add(new Competence(code, level, evidence)); return this; }
        public Builder competences(List<Competence> all) { this.competences = new ArrayList<>(all); return this; }
        public Builder qualification(String code, Recognition recognition) { qualifications.add(new Qualification(code, recognition)); return this; }
        public Builder qualifications(List<Qualification> all) { this.qualifications = new ArrayList<>(all); return this; }
        public Builder language(String code, Cefr level) { languages.put(code, level); return this; }
        public Builder languages(Map<String, Cefr> all) { this.languages = new HashMap<>(all); return this; }
        public Builder digitalSkill(DigitalSkill skill) { this.digitalSkill = skill; return this; }
        public Builder home(Location home) { this.home = home; return this; }
        public Builder drivingLicence(Boolean licence) { this.drivingLicence = licence; return this; }
        public Builder car(Boolean car) { this.car = car; return this; }
        public Builder transportModes(Set<TransportMode> modes) { this.transportModes = modes; return this; }
        public Builder maxCommuteMinutes(Integer minutes) { this.maxCommuteMinutes = minutes; return this; }
        public Builder availability(List<TimeWindow> windows) { this.availability = windows; return this; }
        public Builder careWindow(TimeWindow window) { this.careWindows.add(window); return this; }
        public Builder careWindows(List<TimeWindow> windows) { this.careWindows = new ArrayList<>(windows); return this; }
        public Builder maxHoursPerWeek(Integer hours) { this.maxHoursPerWeek = hours; return this; }
        public Builder nightWork(Boolean acceptable) { this.nightWork = acceptable; return this; }
        public Builder weekendWork(Boolean acceptable) { this.weekendWork = acceptable; return this; }
        public Builder careDuties(Set<CareDuty> duties) { this.careDuties = duties; return this; }
        public Builder singleCarer(Boolean single) { this.singleCarer = single; return this; }
        public Builder shortNoticeAbsence(Boolean needed) { this.shortNoticeAbsence = needed; return this; }
        public Builder functionalNeeds(Set<FunctionalNeed> needs) { this.functionalNeeds = needs; return this; }
        public Builder safetyRestrictions(Set<Hazard> restrictions) { this.safetyRestrictions = restrictions; return this; }
        public Builder workplaceNeeds(Set<WorkplaceNeed> needs) { this.workplaceNeeds = needs; return this; }
        public Builder monthsSinceLastWork(Integer months) { this.monthsSinceLastWork = months; return this; }
        public Builder firstJobInCountry(Boolean first) { this.firstJobInCountry = first; return this; }
        public Builder selfConfidence(Level level) { this.selfConfidence = level; return this; }
        public Builder needsHelpToExplainNeeds(Boolean needed) { this.needsHelpToExplainNeeds = needed; return this; }
        public Builder jobGoal(String goal) { this.jobGoals.add(goal); return this; }
        public Builder minHourlyWage(BigDecimal wage) { this.minHourlyWage = wage; return this; }
        public Builder documentsAllow(Set<ContractType> contracts) { this.documentsAllow = contracts; return this; }
        public Builder requiresStableContract(Boolean required) { this.requiresStableContract = required; return this; }
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
