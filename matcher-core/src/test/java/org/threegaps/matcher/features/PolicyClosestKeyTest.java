package org.threegaps.matcher.features;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PolicyClosestKeyTest {
    @Test
    void theDistanceCountsInsertionsDeletionsAndSubstitutions() {
        assertThat(Policy.distance("commute.unreachable.factor", "commute.unreachable.factr")).isEqualTo(1);
        assertThat(Policy.distance("T-05.points", "T-05.pionts")).isEqualTo(2);
        assertThat(Policy.distance("abc", "abc")).isZero();
        assertThat(Policy.distance("", "abc")).isEqualTo(3);
    }

    @Test
    void theClosestKeyIsFewestEditsAwayThenAlphabetical() {
        assertThat(Policy.closest("gap.weight.skill", List.of("gap.weight.skil", "gap.weigth.skill"))).contains("gap.weight.skil");
        assertThat(Policy.closest("MO-02.point", List.of("MO-03.points", "MO-02.points"))).contains("MO-02.points");
    }

    @Test
    void letterCaseAloneIsAlwaysTheClosest() {
        assertThat(Policy.closest("Gap.Weight.Skill", List.of("gap.weight.skil", "gap.weight.skill"))).contains("gap.weight.skill");
    }

    @Test
    void nothingIsSuggestedBeyondTwoEdits() {
        Policy policy = Policy.parse("policy.properties", "commute.default.maxMinutes = 45\n");

        assertThat(policy.closestKey("commute.default.maxMins")).isEmpty();
        assertThat(policy.closestKey("commute.default.maxMinute")).contains("commute.default.maxMinutes");
    }
}
