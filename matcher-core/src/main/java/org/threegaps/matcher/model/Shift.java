package org.threegaps.matcher.model;

import java.time.DayOfWeek;
import java.time.LocalTime;

/**
 * One shift in a weekly roster. A shift whose end is not after its start runs overnight into the next
 * day ("22:00–06:00").
 *
 * @param day   the day the shift starts
 * @param start the start time
 * @param end   the end time; not after the start means the next day
 */
public record Shift(DayOfWeek day, LocalTime start, LocalTime end) {
    /**
     * @param day   the day the shift starts
     * @param start the start time
     * @param end   the end time; not after the start means the next day
     * @throws IllegalArgumentException naming the field, the value and the rule, when a field is out of range,
     *                                  missing or inconsistent
     */
    public Shift {
        Checks.required("shift.day", day);
        Checks.required("shift.start", start);
        Checks.required("shift.end", end);
        if (start.equals(end)) {
            throw new IllegalArgumentException("shift.end must differ from start, both were " + start);
        }
    }

    /** @return true when the shift runs past midnight */
    public boolean overnight() {
        return !end.isAfter(start);
    }

    /** @return the start as minutes since Monday 00:00 */
    public int startMinuteOfWeek() {
        return (day.getValue() - 1) * 1440 + start.toSecondOfDay() / 60;
    }

    /** @return the length in minutes */
    public int minutes() {
        int startMinute = start.toSecondOfDay() / 60;
        int endMinute = end.toSecondOfDay() / 60;
        return overnight() ? 1440 - startMinute + endMinute : endMinute - startMinute;
    }
}
