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
    public static final SupportOffer NONE = new SupportOffer(Set.of(), Set.of(), 0, null);

    public SupportOffer {
        offered = Checks.set("supports.offered", offered);
        buddyLanguages = Checks.languageCodes("supports.buddyLanguages", buddyLanguages);
        Checks.range("supports.trainingWeeks", trainingWeeks, 0, 104);
        Checks.range("supports.durationWeeks", durationWeeks, 0, 520);
    }

    /** @return true when {@code support} is offered */
    public boolean offers(Support support) {
        return offered.contains(support);
    }

    /**
     * @return a copy that also offers {@code support}; buddy languages are added to the buddy's and the
     *         training weeks become the larger of the two
     */
    public SupportOffer with(Support support, Set<String> extraBuddyLanguages, int extraTrainingWeeks) {
        Set<Support> more = new java.util.TreeSet<>(offered);
        more.add(support);
        Set<String> languages = new java.util.TreeSet<>(buddyLanguages);
        languages.addAll(extraBuddyLanguages);
        return new SupportOffer(more, languages, Math.max(trainingWeeks, extraTrainingWeeks), durationWeeks);
    }
}
