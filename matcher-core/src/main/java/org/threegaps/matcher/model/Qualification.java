package org.threegaps.matcher.model;

/**
 * A diploma or certificate the candidate holds, with its recognition status in Belgium.
 *
 * @param code        the qualification code, as in {@link Requirement#code()}
 * @param recognition recognition status; null means no recognition is needed (a Belgian diploma)
 */
public record Qualification(String code, Recognition recognition) {
    /**
     * @param code        the qualification code, as in {@link Requirement#code()}
     * @param recognition recognition status; null means no recognition is needed (a Belgian diploma)
     * @throws IllegalArgumentException naming the field, the value and the rule, when a field is out of range,
     *                                  missing or inconsistent
     */
    public Qualification {
        code = Checks.text("qualification.code", code);
        recognition = recognition == null ? Recognition.RECOGNISED : recognition;
    }
}
