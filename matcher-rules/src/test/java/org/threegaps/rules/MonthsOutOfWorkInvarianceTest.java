package org.threegaps.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.threegaps.matcher.result.Finding;
import org.threegaps.matcher.result.Gap;
import org.threegaps.matcher.result.Kind;
import org.threegaps.matcher.result.MatchResult;

/**
 * A CV gap or months out of work never lowers a score (seed 000 L1634-1637, DESIGN.md): over the same pairs
 * as {@link SupportMonotonicityTest}, a candidate out of work for years gets no blocker or penalty the same
 * candidate just out of work does not get, and no lower gap score. What may change is advice and support
 * that fits an intensive start.
 */
class MonthsOutOfWorkInvarianceTest extends RuleTestSupport {

    @TestFactory
    Stream<DynamicTest> yearsOutOfWorkNeverCost() {
        return SupportMonotonicityTest.pairs().stream().map(pair -> DynamicTest.dynamicTest(pair.name(), () -> {
            MatchResult recent = match(pair.candidate().toBuilder().monthsSinceLastWork(0).build(), pair.job());
            for (Integer months : new Integer[] {null, 25, 120, 600}) {
                MatchResult longer = match(pair.candidate().toBuilder().monthsSinceLastWork(months).build(), pair.job());
                assertThat(costs(longer)).as("blockers and penalties of %s, %s months out of work", pair.name(), months)
                        .isSubsetOf(costs(recent));
                for (Gap gap : Gap.values()) {
                    assertThat(longer.score(gap)).as("%s score of %s, %s months out of work", gap, pair.name(), months)
                            .isGreaterThanOrEqualTo(recent.score(gap));
                }
            }
        }));
    }

    private static List<String> costs(MatchResult result) {
        return result.findings().stream().filter(f -> f.kind() == Kind.BLOCKER || f.kind() == Kind.PENALTY)
                .map(Finding::ruleId).toList();
    }
}
