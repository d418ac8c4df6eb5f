package org.threegaps.matcher.features;

/** A set of minutes of the week (Monday 00:00 = 0), as bits; overlaps are a few AND-and-count loops. */
final class WeekMask {
    static final int MINUTES = 7 * 1440;
    private final long[] bits = new long[(MINUTES + 63) / 64];

    /** Adds the minutes [from, from + length), wrapping past Sunday midnight. */
    void add(int from, int length) {
        if (length <= 0) {
            return;
        }
        if (length >= MINUTES) {
            set(0, MINUTES);
            return;
        }
        int start = Math.floorMod(from, MINUTES);
        int end = start + length;
        if (end <= MINUTES) {
            set(start, end);
        } else {
            set(start, MINUTES);
            set(0, end - MINUTES);
        }
    }

    // whole words at a time: a week of availability is ~160 words, not ~10,000 single bits
    private void set(int from, int to) {
        int first = from >>> 6;
        int last = (to - 1) >>> 6;
        long firstMask = -1L << (from & 63);
        long lastMask = -1L >>> (63 - ((to - 1) & 63));
        if (first == last) {
            bits[first] |= firstMask & lastMask;
            return;
        }
        bits[first] |= firstMask;
        for (int i = first + 1; i < last; i++) {
            bits[i] = -1L;
        }
        bits[last] |= lastMask;
    }

    /** @return a mask of the same minutes */
    WeekMask copy() {
        WeekMask copy = new WeekMask();
        System.arraycopy(bits, 0, copy.bits, 0, bits.length);
        return copy;
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

    /** @return how many minutes of [from, from + length), wrapping past Sunday midnight, this mask holds */
    int countIn(int from, int length) {
        if (length <= 0) {
            return 0;
        }
        if (length >= MINUTES) {
            return size();
        }
        int start = Math.floorMod(from, MINUTES);
        int end = start + length;
        return end <= MINUTES ? countRange(start, end) : countRange(start, MINUTES) + countRange(0, end - MINUTES);
    }

    /** @return how many minutes of [from, to) this mask holds, for 0 <= from < to <= {@link #MINUTES} */
    int countRange(int from, int to) {
        int first = from >>> 6;
        int last = (to - 1) >>> 6;
        long firstMask = -1L << (from & 63);
        long lastMask = -1L >>> (63 - ((to - 1) & 63));
        if (first == last) {
            return Long.bitCount(bits[first] & firstMask & lastMask);
        }
        int n = Long.bitCount(bits[first] & firstMask);
        for (int i = first + 1; i < last; i++) {
            n += Long.bitCount(bits[i]);
        }
        return n + Long.bitCount(bits[last] & lastMask);
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
