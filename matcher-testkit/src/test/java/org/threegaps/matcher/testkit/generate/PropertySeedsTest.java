package org.threegaps.matcher.testkit.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Method;
import org.junit.jupiter.api.Test;

class PropertySeedsTest {
    private static final Method ONE = method("one");
    private static final Method TWO = method("two");

    @Test
    void withoutTheSettingEachPropertyGetsItsOwnFixedSeed() {
        assertThat(PropertySeeds.seedFor(null, ONE)).hasValue(PropertySeeds.seedFor(null, ONE).orElseThrow());
        assertThat(PropertySeeds.seedFor(" ", ONE)).isEqualTo(PropertySeeds.seedFor(null, ONE));
        assertThat(PropertySeeds.seedFor(null, ONE)).isNotEqualTo(PropertySeeds.seedFor(null, TWO));
    }

    @Test
    void theFixedSeedDependsOnlyOnTheBaseAndThePropertyName() {
        String name = Samples.class.getName() + "#one";
        assertThat(PropertySeeds.seedFor(null, ONE)).hasValue(Long.toString(PropertySeeds.BASE * 31 + name.hashCode()));
    }

    @Test
    void randomLeavesTheSeedToJqwik() {
        assertThat(PropertySeeds.seedFor("random", ONE)).isEmpty();
        assertThat(PropertySeeds.seedFor("RANDOM", TWO)).isEmpty();
    }

    @Test
    void aNumberIsUsedAsTheSeedOfEveryProperty() {
        assertThat(PropertySeeds.seedFor("-4242", ONE)).hasValue("-4242");
        assertThat(PropertySeeds.seedFor(" 17 ", TWO)).hasValue("17");
    }

    @Test
    void anythingElseIsRefusedWithThePropertyNameAndTheValue() {
        assertThatThrownBy(() -> PropertySeeds.seedFor("fixed", ONE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("threegaps.seed").hasMessageContaining("'fixed'").hasMessageContaining("'random'");
    }

    private static Method method(String name) {
        try {
            return Samples.class.getDeclaredMethod(name);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Two methods to stand in for property methods. */
    static final class Samples {
        void one() {
        }

        void two() {
        }
    }
}
