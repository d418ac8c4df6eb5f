package org.threegaps.matcher.model;

/**
 * What a task asks of the person who does it (seed 004 SK-D1).
 *
 * @param code           competence, qualification or experience code, e.g. "forklift" or "nursing-diploma"
 * @param category       what kind of requirement this is
 * @param minLevel       minimum level 0–4 for competences (0 none, 1 basic, 2 independent, 3 experienced,
 *                       4 expert); ignored for qualifications and the driving licence
 * @param essential      true for a real entry requirement, false for an "ideal" wish
 * @param trainableOnJob true when it can be learned on the job
 * @param trainingWeeks  how long learning it on the job takes, 0–104
 * @param legallyRequired true when the law demands it (seed 004 L1090–1093)
 * @param graceMonths    months the employer allows to obtain it after hiring, 0–36
 */
public record Requirement(String code, RequirementCategory category, int minLevel, boolean essential,
                          boolean trainableOnJob, int trainingWeeks, boolean legallyRequired, int graceMonths) {
    /**
     * @param code            competence, qualification or experience code, e.g. "forklift" or "nursing-diploma"
     * @param category        what kind of requirement this is
     * @param minLevel        minimum level 0–4 for competences (0 none, 1 basic, 2 independent, 3 experienced, 4
     *                        expert); ignored for qualifications and the driving licence
     * @param essential       true for a real entry requirement, false for an "ideal" wish
     * @param trainableOnJob  true when it can be learned on the job
     * @param trainingWeeks   how long learning it on the job takes, 0–104
     * @param legallyRequired true when the law demands it (seed 004 L1090–1093)
     * @param graceMonths     months the employer allows to obtain it after hiring, 0–36
     * @throws IllegalArgumentException naming the field, the value and the rule, when a field is out of range,
     *                                  missing or inconsistent
     */
    public Requirement {
        code = Checks.text("requirement.code", code);
        Checks.required("requirement " + code + ".category", category);
        Checks.range("requirement " + code + ".minLevel", minLevel, 0, 4);
        Checks.range("requirement " + code + ".trainingWeeks", trainingWeeks, 0, 104);
        Checks.range("requirement " + code + ".graceMonths", graceMonths, 0, 36);
    }

    /**
     * @param code     the competence code
     * @param minLevel the minimum level, 0–4
     * @return an essential competence requirement at {@code minLevel}, not trainable, no grace
     * @throws IllegalArgumentException when the code is blank or the level is out of range
     */
    public static Requirement competence(String code, int minLevel) {
        return new Requirement(code, RequirementCategory.COMPETENCE, minLevel, true, false, 0, false, 0);
    }

    /**
     * @param weeks how long learning it on the job takes, 0–104
     * @return a copy that can be learned on the job in {@code weeks}
     * @throws IllegalArgumentException when {@code weeks} is out of range
     */
    public Requirement trainableIn(int weeks) {
        return new Requirement(code, category, minLevel, essential, true, weeks, legallyRequired, graceMonths);
    }

    /**
     * @param months months to obtain it after hiring, 0–36
     * @return a copy with {@code months} to obtain it after hiring
     * @throws IllegalArgumentException when {@code months} is out of range
     */
    public Requirement withGraceMonths(int months) {
        return new Requirement(code, category, minLevel, essential, trainableOnJob, trainingWeeks, legallyRequired, months);
    }

    /** @return a copy marked as an ideal wish rather than an entry requirement */
    public Requirement ideal() {
        return new Requirement(code, category, minLevel, false, trainableOnJob, trainingWeeks, legallyRequired, graceMonths);
    }
}
