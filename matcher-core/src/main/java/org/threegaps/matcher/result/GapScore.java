package org.threegaps.matcher.result;

/**
 * The score of one gap: 100 minus penalties plus bonuses, clamped to 0–100.
 *
 * @param gap       the gap
 * @param score     0–100, higher means a smaller gap
 * @param penalties sum of penalty points
 * @param bonuses   sum of bonus points
 * @param blockers  number of blockers on this gap
 */
public record GapScore(Gap gap, int score, int penalties, int bonuses, int blockers) {
    /** @return true when a blocker sits on this gap */
    public boolean blocked() {
        return blockers > 0;
    }
}
