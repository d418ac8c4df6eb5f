package org.threegaps.matcher;

import java.util.concurrent.atomic.AtomicBoolean;
import org.threegaps.matcher.engine.RuleBase;
import org.threegaps.matcher.engine.Screen;
import org.threegaps.matcher.features.FeatureDeriver;

/**
 * What Matcher, Ranking and Batch score with: a compiled rule base and the feature deriver that uses its
 * parameters. A matcher holds one at a time and swaps it on a reload; a ranking or batch keeps the one it started
 * with. {@code screenHolds} turns false, for this rule base, once the screen's self-check finds a pair it left out
 * that full scoring would have given a better place; from then on rankings and batches on it score every pair.
 * {@code screenCheckOneIn}: how many of the left-out pairs the self-check scores fully (one in so many; 0 none).
 */
record Scoring(RuleBase ruleBase, FeatureDeriver deriver, AtomicBoolean screenHolds, int screenCheckOneIn) {
    /** @return the screen to use now, or null when every pair must be fully scored */
    Screen screen() {
        return screenHolds.get() ? ruleBase.screen() : null;
    }

    /** Turns the screen off for this rule base; true for the caller that turned it off. */
    boolean screenFailed() {
        return screenHolds.getAndSet(false);
    }
}
