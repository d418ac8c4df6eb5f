package org.threegaps.matcher.model;

import java.util.Set;

/**
 * What the employer offers around the job.
 *
 * @param offered         the supports offered
 * @param buddyLanguages  ISO codes of the languages the buddy speaks
 * @param trainingWeeks   weeks of on-the-job training, 0–104
 * @param durationWeeks   how long support lasts after the start, or null when not stated
 */
public record SupportOffer(Set<Support> offered, Set<String> buddyLanguages, int trainingWeeks, Integer durationWeeks) {
    /** No support at all: what a job that states none offers. */
    public static final SupportOffer NONE = new SupportOffer(Set.of(), Set.of(), 0, null);

    /**
     * @param offered        the supports offered
     * @param buddyLanguages ISO codes of the languages the buddy speaks
     * @param trainingWeeks  weeks of on-the-job training, 0–104
     * @param durationWeeks  how long support lasts after the start, or null when not stated
     * @throws IllegalArgumentException naming the field, the value and the rule, when a field is out of range,
     *                                  missing or inconsistent
     */
    public SupportOffer {
        offered = Checks.set("supports.offered", offered);
        buddyLanguages = Checks.languageCodes("supports.buddyLanguages", buddyLanguages);
        Checks.range("supports.trainingWeeks", trainingWeeks, 0, 104);
        Checks.range("supports.durationWeeks", durationWeeks, 0, 520);
    }

    /**
     * @param support a support
     * @return true when {@code support} is offered
     */
    public boolean offers(Support support) {
        return offered.contains(support);
    }

    /**
     * @param support             the support to add
     * @param extraBuddyLanguages languages the added buddy or interpreter speaks
     * @param extraTrainingWeeks  weeks of on-the-job training that come with it
     * @return a copy that also offers {@code support}; buddy languages are added to the buddy's and the
     *         training weeks become the larger of the two
     * @throws IllegalArgumentException when the training weeks are out of range
     */
    public SupportOffer with(Support support, Set<String> extraBuddyLanguages, int extraTrainingWeeks) {
        Set<Support> more = new java.util.TreeSet<>(offered);
        more.add(support);
        Set<String> languages = new java.util.TreeSet<>(buddyLanguages);
        languages.addAll(extraBuddyLanguages);
        return new SupportOffer(more, languages, Math.max(trainingWeeks, extraTrainingWeeks), durationWeeks);
    }
}
