package org.threegaps.matcher.features;

import java.util.Arrays;

/**
 * The minutes of a roster as a few disjoint ranges of the week, rather than a {@link WeekMask}: a roster has a
 * handful of shifts, so counting a candidate's mask over its ranges reads a few words, where comparing two masks
 * reads all 158, and a ranking over many jobs builds one per roster of every job.
 */
final class WeekRanges {
    private final int[] from;
    private final int[] to;
    private final int size;

    private WeekRanges(int[] from, int[] to) {
        this.from = from;
        this.to = to;
        int minutes = 0;
        for (int i = 0; i < from.length; i++) {
            minutes += to[i] - from[i];
        }
        this.size = minutes;
    }

    /**
     * @param starts  the first minute of each range (Monday 00:00 = 0; any value, taken modulo the week)
     * @param lengths the minutes of each range; a range past Sunday midnight wraps to Monday
     * @return the union of the ranges, as sorted disjoint ranges within the week
     */
    static WeekRanges of(int[] starts, int[] lengths) {
        long[] ranges = new long[2 * starts.length]; // from << 32 | to, split where a range wraps
        int n = 0;
        for (int i = 0; i < starts.length; i++) {
            int length = lengths[i];
            if (length <= 0) {
                continue;
            }
            if (length >= WeekMask.MINUTES) {
                return new WeekRanges(new int[] {0}, new int[] {WeekMask.MINUTES});
            }
            int start = Math.floorMod(starts[i], WeekMask.MINUTES);
            int end = start + length;
            if (end <= WeekMask.MINUTES) {
                ranges[n++] = (long) start << 32 | end;
            } else {
                ranges[n++] = (long) start << 32 | WeekMask.MINUTES;
                ranges[n++] = (long) (end - WeekMask.MINUTES);
            }
        }
        Arrays.sort(ranges, 0, n);
        int[] from = new int[n];
        int[] to = new int[n];
        int k = -1;
        for (int i = 0; i < n; i++) {
            int start = (int) (ranges[i] >>> 32);
            int end = (int) ranges[i];
            if (k >= 0 && start <= to[k]) {
                to[k] = Math.max(to[k], end);
            } else {
                k++;
                from[k] = start;
                to[k] = end;
            }
        }
        return new WeekRanges(Arrays.copyOf(from, k + 1), Arrays.copyOf(to, k + 1));
    }

    /** @return the minutes in the ranges */
    int size() {
        return size;
    }

    /** @return the minutes of the ranges that {@code mask} holds */
    int overlap(WeekMask mask) {
        int minutes = 0;
        for (int i = 0; i < from.length; i++) {
            minutes += mask.countRange(from[i], to[i]);
        }
        return minutes;
    }

    /** @return the minutes of the ranges that {@code mask} does not hold */
    int outside(WeekMask mask) {
        return size - overlap(mask);
    }
}
