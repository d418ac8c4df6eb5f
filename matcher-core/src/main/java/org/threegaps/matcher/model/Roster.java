package org.threegaps.matcher.model;

import java.util.List;

/**
 * One weekly shift pattern of a job. A job may offer several alternative rosters; the best fitting one
 * counts.
 *
 * @param id     stable id, unique within the job
 * @param shifts the shifts of one week, at least one
 */
public record Roster(String id, List<Shift> shifts) {
    /**
     * @param id     stable id, unique within the job
     * @param shifts the shifts of one week, at least one
     * @throws IllegalArgumentException naming the field, the value and the rule, when a field is out of range,
     *                                  missing or inconsistent
     */
    public Roster {
        id = Checks.text("roster.id", id);
        shifts = Checks.list("roster.shifts", shifts);
        if (shifts.isEmpty()) {
            throw new IllegalArgumentException("roster " + id + ".shifts must hold at least one shift");
        }
    }

    /** @return the scheduled hours per week */
    public double weeklyHours() {
        return shifts.stream().mapToInt(Shift::minutes).sum() / 60.0;
    }
}
