package org.threegaps.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.threegaps.matcher.RuleSource;

class ParameterOverridesTest {
    private static final Texts EN = Texts.of(Language.en);
    private static final RuleSource RULES = RuleSource.of("test", Map.of(RuleSource.PARAMETERS, """
            # Why the limit is 45 minutes.
            commute.default.maxMinutes = 45
            language.workingLanguage.minLevel = B1
            MO-02.points=15
            """));

    @Test
    void replacesOnlyTheValueAndKeepsCommentsAndOrder() {
        RuleSource changed = ParameterOverrides.apply(RULES, Map.of("commute.default.maxMinutes", "75"), EN);

        assertThat(changed.text(RuleSource.PARAMETERS)).isEqualTo("""
                # Why the limit is 45 minutes.
                commute.default.maxMinutes = 75
                language.workingLanguage.minLevel = B1
                MO-02.points=15
                """);
        assertThat(changed.fingerprint()).isNotEqualTo(RULES.fingerprint());
    }

    @Test
    void noOverridesGiveTheSameRuleSet() {
        assertThat(ParameterOverrides.apply(RULES, Map.of(), EN)).isSameAs(RULES);
    }

    @Test
    void aLanguageLevelStaysALanguageLevel() {
        assertThat(ParameterOverrides.apply(RULES, Map.of("language.workingLanguage.minLevel", "A2"), EN)
                .text(RuleSource.PARAMETERS)).contains("language.workingLanguage.minLevel = A2");
        assertThatThrownBy(() -> ParameterOverrides.apply(RULES, Map.of("language.workingLanguage.minLevel", "3"), EN))
                .isInstanceOf(UserError.class)
                .hasMessage("Parameter language.workingLanguage.minLevel must be a language level (NONE, A1, A2, B1, B2, C1, C2), was \"3\" (now B1).");
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        Map<String, String> overrides = new LinkedHashMap<>();
        overrides.put("MO-02.point", "20");
        overrides.put("MO-02.points", "many");

        assertThatThrownBy(() -> ParameterOverrides.apply(RULES, overrides, EN))
                .isInstanceOfSatisfying(UserError.class, e -> assertThat(e.lines()).isEqualTo(List.of(
                        "Unknown parameter \"MO-02.point\": it is not in policy.properties. Did you mean \"MO-02.points\"?",
                        "Parameter MO-02.points must be a number, was \"many\" (now 15).")));
    }

    @Test
    void aKeyFarFromEveryKnownOneGetsNoSuggestion() {
        assertThatThrownBy(() -> ParameterOverrides.apply(RULES, Map.of("wage.floor", "12"), EN))
                .hasMessage("Unknown parameter \"wage.floor\": it is not in policy.properties. "
                        + "Run \"matcher rules\" to see which parameters each rule reads.");
    }
}
