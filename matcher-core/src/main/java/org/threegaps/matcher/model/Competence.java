package org.threegaps.matcher.model;

/**
 * A competence the candidate has.
 *
 * @param code     the competence code, as in {@link Requirement#code()}
 * @param level    0–4, on the scale of {@link Requirement#minLevel()}
 * @param evidence how the level is known; null when not stated
 */
public record Competence(String code, int level, Evidence evidence) {
    /**
     * @param code     the competence code, as in {@link Requirement#code()}
     * @param level    0–4, on the scale of {@link Requirement#minLevel()}
     * @param evidence how the level is known; null when not stated
     * @throws IllegalArgumentException naming the field, the value and the rule, when a field is out of range,
     *                                  missing or inconsistent
     */
    public Competence {
        code = Checks.text("competence.code", code);
        Checks.range("competence " + code + ".level", level, 0, 4);
    }
}
