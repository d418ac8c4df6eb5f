package org.threegaps.matcher.features;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.BitSet;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The word-at-a-time mask against the obvious minute-by-minute definition, wrapping past Sunday midnight. */
class WeekMaskTest {
    @Test
    void addsTheSameMinutesAsSettingThemOneByOne() {
        Random random = new Random(7);
        for (int round = 0; round < 2_000; round++) {
            WeekMask mask = new WeekMask();
            WeekMask other = new WeekMask();
            BitSet expected = new BitSet(WeekMask.MINUTES);
            BitSet expectedOther = new BitSet(WeekMask.MINUTES);
            for (int range = 0; range < 1 + random.nextInt(6); range++) {
                int from = random.nextInt(WeekMask.MINUTES);
                int length = random.nextInt(10) == 0 ? random.nextInt(2 * WeekMask.MINUTES) : random.nextInt(900);
                mask.add(from, length);
                other.add(from + 300, length / 2);
                for (int m = from; m < from + length; m++) {
                    expected.set(m % WeekMask.MINUTES);
                }
                for (int m = from + 300; m < from + 300 + length / 2; m++) {
                    expectedOther.set(m % WeekMask.MINUTES);
                }
            }
            BitSet both = (BitSet) expected.clone();
            both.and(expectedOther);
            BitSet outside = (BitSet) expected.clone();
            outside.andNot(expectedOther);

            assertThat(mask.size()).as("round %d", round).isEqualTo(expected.cardinality());
            assertThat(mask.overlap(other)).as("round %d", round).isEqualTo(both.cardinality());
            assertThat(mask.outside(other)).as("round %d", round).isEqualTo(outside.cardinality());
            int from = random.nextInt(2 * WeekMask.MINUTES) - WeekMask.MINUTES / 2;
            int length = random.nextInt(10) == 0 ? random.nextInt(2 * WeekMask.MINUTES) : random.nextInt(900);
            int inRange = 0;
            for (int m = from; m < from + Math.min(length, WeekMask.MINUTES); m++) {
                inRange += expected.get(Math.floorMod(m, WeekMask.MINUTES)) ? 1 : 0;
            }
            assertThat(mask.countIn(from, length)).as("round %d: %d minutes from %d", round, length, from).isEqualTo(inRange);
            WeekMask copy = mask.copy();
            copy.add(0, WeekMask.MINUTES);
            assertThat(mask.size()).as("a copy is its own mask").isEqualTo(expected.cardinality());
        }
    }

    @Test
    void nothingIsAddedForZeroMinutesEvenWhereAWordStarts() {
        WeekMask mask = new WeekMask();

        mask.add(0, 0);
        mask.add(128, 0);
        mask.add(100, -5);

        assertThat(mask.size()).isZero();
    }

    @Test
    void aShiftFromSunday22To06WrapsToMondayMorning() {
        WeekMask night = new WeekMask();
        night.add(6 * 1440 + 22 * 60, 8 * 60);
        WeekMask mondayMorning = new WeekMask();
        mondayMorning.add(0, 6 * 60);

        assertThat(night.size()).isEqualTo(480);
        assertThat(night.overlap(mondayMorning)).isEqualTo(360);
    }
}
