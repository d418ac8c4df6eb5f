package org.threegaps.matcher.model;

import java.time.DayOfWeek;
import java.time.LocalTime;

/**
 * A window on one weekday, such as "Monday 07:30–08:45". An end of 00:00 means midnight at the end of
 * the day, so "18:00–00:00" is the evening.
 *
 * @param day  the weekday
 * @param from the start time
 * @param to   the end time, after {@code from}; 00:00 is midnight at the end of the day
 */
public record TimeWindow(DayOfWeek day, LocalTime from, LocalTime to) {
    /**
     * @param day  the weekday
     * @param from the start time
     * @param to   the end time, after {@code from}; 00:00 is midnight at the end of the day
     * @throws IllegalArgumentException naming the field, the value and the rule, when a field is out of range,
     *                                  missing or inconsistent
     */
    public TimeWindow {
        Checks.required("timeWindow.day", day);
        Checks.required("timeWindow.from", from);
        Checks.required("timeWindow.to", to);
        if (!to.equals(LocalTime.MIDNIGHT) && !to.isAfter(from)) {
            throw new IllegalArgumentException("timeWindow.to must be after from (" + from + "), was " + to);
        }
    }

    /** @return the start as minutes since Monday 00:00 */
    public int startMinuteOfWeek() {
        return (day.getValue() - 1) * 1440 + from.toSecondOfDay() / 60;
    }

    /** @return the end as minutes since Monday 00:00 */
    public int endMinuteOfWeek() {
        int end = to.equals(LocalTime.MIDNIGHT) ? 1440 : to.toSecondOfDay() / 60;
        return (day.getValue() - 1) * 1440 + end;
    }
}
