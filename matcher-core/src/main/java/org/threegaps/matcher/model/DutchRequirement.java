package org.threegaps.matcher.model;

import java.util.Set;

/**
 * The Dutch level a job asks, why, and in which languages work instructions exist.
 *
 * @param level                the level asked at hiring
 * @param reasons              why it is asked; empty means no reason was given
 * @param instructionLanguages ISO codes of the languages work and safety instructions exist in
 */
public record DutchRequirement(Cefr level, Set<LanguageReason> reasons, Set<String> instructionLanguages) {
    /**
     * @param level                the level asked at hiring
     * @param reasons              why it is asked; empty means no reason was given
     * @param instructionLanguages ISO codes of the languages work and safety instructions exist in
     * @throws IllegalArgumentException naming the field, the value and the rule, when a field is out of range,
     *                                  missing or inconsistent
     */
    public DutchRequirement {
        Checks.required("dutch.level", level);
        reasons = Checks.set("dutch.reasons", reasons);
        instructionLanguages = Checks.languageCodes("dutch.instructionLanguages", instructionLanguages);
    }

    /** @return true when at least one stated reason ties the level to the work itself */
    public boolean taskBased() {
        return reasons.stream().anyMatch(LanguageReason::taskBased);
    }
}
