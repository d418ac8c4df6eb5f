package org.threegaps.matcher.features;

/** A set of minutes of the week (Monday 00:00 = 0), as bits; overlaps are a few AND-and-count loops. */
final class WeekMask {
    static final int MINUTES = 7 * 1440;
    private final long[] bits = new long[(MINUTES + 63) / 64];

    /** Adds the minutes [from, from + length), wrapping past Sunday midnight. */
    void add(int from, int length) {
        for (int m = from; m < from + length; m++) {
            int minute = m % MINUTES;
            bits[minute >>> 6] |= 1L << (minute & 63);
        }
    }

    /** Adds every minute of {@code other}. */
    void addAll(WeekMask other) {
        for (int i = 0; i < bits.length; i++) {
            bits[i] |= other.bits[i];
        }
    }

    int size() {
        int count = 0;
        for (long word : bits) {
            count += Long.bitCount(word);
        }
        return count;
    }

    int overlap(WeekMask other) {
        int count = 0;
        for (int i = 0; i < bits.length; i++) {
            count += Long.bitCount(bits[i] & other.bits[i]);
        }
        return count;
    }

    int outside(WeekMask other) {
        int count = 0;
        for (int i = 0; i < bits.length; i++) {
            count += Long.bitCount(bits[i] & ~other.bits[i]);
        }
        return count;
    }
}
