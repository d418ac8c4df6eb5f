package org.threegaps.matcher.model;

import java.util.List;

/**
 * A task of a job, as a job analysis names it (seed 004 L1856–1945).
 *
 * @param id           stable id, unique within the job
 * @param name         what the task is, in the employer's words
 * @param importance   how much the task matters
 * @param frequency    how often it comes up
 * @param timing       from the first day, or once settled in
 * @param regulated    true when only legally qualified people may do it
 * @param reassignable true when a colleague can take it over
 * @param dutchLevel   the Dutch level this task itself needs, or null when it states none
 * @param requirements what the task asks of the person
 */
public record Task(String id, String name, Importance importance, Frequency frequency, TaskTiming timing,
                   boolean regulated, boolean reassignable, Cefr dutchLevel, List<Requirement> requirements) {
    /**
     * @param id           stable id, unique within the job
     * @param name         what the task is, in the employer's words
     * @param importance   how much the task matters
     * @param frequency    how often it comes up
     * @param timing       from the first day, or once settled in
     * @param regulated    true when only legally qualified people may do it
     * @param reassignable true when a colleague can take it over
     * @param dutchLevel   the Dutch level this task itself needs, or null when it states none
     * @param requirements what the task asks of the person
     * @throws IllegalArgumentException naming the field, the value and the rule, when a field is out of range,
     *                                  missing or inconsistent
     */
    public Task {
        id = Checks.text("task.id", id);
        name = name == null || name.isBlank() ? id : name.strip();
        importance = importance == null ? Importance.MEDIUM : importance;
        frequency = frequency == null ? Frequency.WEEKLY : frequency;
        timing = timing == null ? TaskTiming.FROM_START : timing;
        requirements = Checks.list("task " + id + ".requirements", requirements);
    }

    /** @return true for a core task: important and done daily (seed 004 L1862–1873) */
    public boolean core() {
        return importance == Importance.HIGH && frequency == Frequency.DAILY;
    }
}
