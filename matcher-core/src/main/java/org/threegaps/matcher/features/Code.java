package org.threegaps.matcher.features;

/**
 * A competence, qualification or requirement code from the input data, such as "forklift", passed to
 * a finding as a message argument: the text shows the code's label in the reader's language, from the
 * rule set's vocabulary ({@code vocabulary.properties}), and the code itself when it has none. In DRL:
 * {@code $p.report(kcontext, $r.asCode(), $r.taskName())}.
 *
 * @param value the code as written in the data
 */
public record Code(String value) {
    /**
     * @param value the code as written in the data
     * @throws IllegalArgumentException when the value is null or blank
     */
    public Code {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("a code is required and must not be blank");
        }
    }

    /** @return the code as written in the data */
    @Override
    public String toString() {
        return value;
    }
}
