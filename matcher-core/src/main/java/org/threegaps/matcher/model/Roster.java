package org.threegaps.matcher.model;

import java.util.List;

/**
 * One weekly shift pattern of a job. A job may offer several alternative rosters; the best fitting one
 * counts.
 */
public record Roster(String id, List<Shift> shifts) {
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
