package org.threegaps.matcher.advisor;

import java.util.List;
import java.util.Locale;

/**
 * A development step with the jobs of a pool it brings to "match" or "match with support".
 *
 * @param step   the step
 * @param opened ids of the jobs the candidate reaches at least "match with support" for only after it, sorted
 */
public record StepReach(DevelopmentStep step, List<String> opened) {
    /**
     * @param step   the step
     * @param opened ids of the jobs the candidate reaches at least "match with support" for only after it, sorted
     * @throws NullPointerException when {@code opened} is null or holds null
     */
    public StepReach {
        opened = List.copyOf(opened);
    }

    /** @return how many more jobs the step opens */
    public int count() {
        return opened.size();
    }

    /**
     * @param locale the language of the text: Dutch ("nl") or English ("en")
     * @return "reach Dutch level B1 opens 3 more jobs: …"
     */
    public String describe(Locale locale) {
        Texts t = Texts.of(locale);
        return t.format("reach.candidate", step.describe(null, locale), count(), String.join(", ", opened));
    }
}
