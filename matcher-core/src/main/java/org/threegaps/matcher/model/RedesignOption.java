package org.threegaps.matcher.model;

import java.util.Set;

/**
 * A change the employer has declared itself open to. Only declared options are ever suggested.
 *
 * @param id              stable id, unique within the job
 * @param kind            what changes
 * @param taskId          the task, for REMOVE_TASK, REASSIGN_TASK and DEFER_TASK
 * @param hours           the minimum weekly hours, for PART_TIME
 * @param roster          the extra roster, for EXTRA_ROSTER
 * @param support         the support, for ADD_SUPPORT
 * @param languages       languages the added buddy or interpreter speaks, for ADD_SUPPORT
 * @param weeks           weeks of training offered with ON_THE_JOB_TRAINING, for ADD_SUPPORT
 * @param requirementCode the requirement, for GRACE_PERIOD
 * @param months          months of grace, for GRACE_PERIOD
 * @param effort          the effort the employer states
 */
public record RedesignOption(String id, RedesignKind kind, String taskId, Integer hours, Roster roster,
                             Support support, Set<String> languages, Integer weeks, String requirementCode,
                             Integer months, Effort effort) {
    /**
     * @param id              stable id, unique within the job
     * @param kind            what changes
     * @param taskId          the task, for REMOVE_TASK, REASSIGN_TASK and DEFER_TASK
     * @param hours           the minimum weekly hours, for PART_TIME
     * @param roster          the extra roster, for EXTRA_ROSTER
     * @param support         the support, for ADD_SUPPORT
     * @param languages       languages the added buddy or interpreter speaks, for ADD_SUPPORT
     * @param weeks           weeks of training offered with ON_THE_JOB_TRAINING, for ADD_SUPPORT
     * @param requirementCode the requirement, for GRACE_PERIOD
     * @param months          months of grace, for GRACE_PERIOD
     * @param effort          the effort the employer states
     * @throws IllegalArgumentException naming the field, the value and the rule, when a field is out of range,
     *                                  missing or inconsistent
     */
    public RedesignOption {
        id = Checks.text("redesignOption.id", id);
        String field = "redesignOption " + id;
        Checks.required(field + ".kind", kind);
        effort = effort == null ? Effort.MEDIUM : effort;
        languages = Checks.languageCodes(field + ".languages", languages);
        switch (kind) {
            case REMOVE_TASK, REASSIGN_TASK, DEFER_TASK -> Checks.text(field + ".taskId", taskId);
            case PART_TIME -> Checks.range(field + ".hours", Checks.required(field + ".hours", hours), 1, 60);
            case EXTRA_ROSTER -> Checks.required(field + ".roster", roster);
            case ADD_SUPPORT -> {
                Checks.required(field + ".support", support);
                Checks.range(field + ".weeks", weeks, 0, 104);
            }
            case GRACE_PERIOD -> {
                Checks.text(field + ".requirementCode", requirementCode);
                Checks.range(field + ".months", Checks.required(field + ".months", months), 1, 36);
            }
        }
    }

    /**
     * @param id     stable id, unique within the job
     * @param kind   REMOVE_TASK, REASSIGN_TASK or DEFER_TASK
     * @param taskId the task
     * @param effort the effort the employer states; null for MEDIUM
     * @return an option to remove, reassign or defer a task
     * @throws IllegalArgumentException when the id or the task id is blank
     */
    public static RedesignOption task(String id, RedesignKind kind, String taskId, Effort effort) {
        return new RedesignOption(id, kind, taskId, null, null, null, Set.of(), null, null, null, effort);
    }

    /**
     * @param id     stable id, unique within the job
     * @param hours  the fewest weekly hours accepted, 1–60
     * @param effort the effort the employer states; null for MEDIUM
     * @return an option to accept part-time work from {@code hours} a week
     * @throws IllegalArgumentException when the id is blank or the hours are out of range
     */
    public static RedesignOption partTime(String id, int hours, Effort effort) {
        return new RedesignOption(id, RedesignKind.PART_TIME, null, hours, null, null, Set.of(), null, null, null, effort);
    }

    /**
     * @param id     stable id, unique within the job
     * @param roster the roster offered beside the existing ones
     * @param effort the effort the employer states; null for MEDIUM
     * @return an option to add {@code roster}
     * @throws IllegalArgumentException when the id is blank or the roster is missing
     */
    public static RedesignOption extraRoster(String id, Roster roster, Effort effort) {
        return new RedesignOption(id, RedesignKind.EXTRA_ROSTER, null, null, roster, null, Set.of(), null, null, null, effort);
    }

    /**
     * @param id        stable id, unique within the job
     * @param support   the support
     * @param languages ISO codes of the languages the added buddy or interpreter speaks
     * @param effort    the effort the employer states; null for MEDIUM
     * @return an option to add a support, with the languages its people speak
     * @throws IllegalArgumentException when the id is blank, the support is missing or a language code is not ISO 639
     */
    public static RedesignOption support(String id, Support support, Set<String> languages, Effort effort) {
        return new RedesignOption(id, RedesignKind.ADD_SUPPORT, null, null, null, support, languages, null, null, null, effort);
    }

    /**
     * @param id     stable id, unique within the job
     * @param code   the requirement to obtain after the start
     * @param months months of grace, 1–36
     * @param effort the effort the employer states; null for MEDIUM
     * @return an option to give {@code months} to obtain requirement {@code code}
     * @throws IllegalArgumentException when the id or code is blank or the months are out of range
     */
    public static RedesignOption grace(String id, String code, int months, Effort effort) {
        return new RedesignOption(id, RedesignKind.GRACE_PERIOD, null, null, null, null, Set.of(), null, code, months, effort);
    }
}
