package org.threegaps.matcher.features;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** A roster's ranges count the same minutes as the mask of its shifts: overlapping, touching and wrapping shifts too. */
class WeekRangesTest {
    @Test
    void countsTheSameMinutesAsTheMaskOfTheSameShifts() {
        Random random = new Random(23);
        for (int round = 0; round < 5_000; round++) {
            int shifts = random.nextInt(8);
            int[] starts = new int[shifts];
            int[] lengths = new int[shifts];
            WeekMask expected = new WeekMask();
            for (int i = 0; i < shifts; i++) {
                starts[i] = random.nextInt(3 * WeekMask.MINUTES) - WeekMask.MINUTES;
                lengths[i] = switch (random.nextInt(12)) {
                    case 0 -> 0;
                    case 1 -> WeekMask.MINUTES + random.nextInt(100);
                    case 2 -> 1;
                    default -> random.nextInt(720);
                };
                if (i > 0 && random.nextInt(4) == 0) {
                    starts[i] = starts[i - 1] + lengths[i - 1]; // a shift that starts where the last one ends
                }
                expected.add(starts[i], lengths[i]);
            }
            WeekMask other = new WeekMask();
            for (int i = random.nextInt(5); i > 0; i--) {
                other.add(random.nextInt(WeekMask.MINUTES), random.nextInt(2000));
            }

            WeekRanges ranges = WeekRanges.of(starts, lengths);

            assertThat(ranges.size()).as("round %d", round).isEqualTo(expected.size());
            assertThat(ranges.overlap(other)).as("round %d", round).isEqualTo(expected.overlap(other));
            assertThat(ranges.outside(other)).as("round %d", round).isEqualTo(expected.outside(other));
        }
    }
}
