package org.threegaps.matcher.advisor;

import java.util.List;
import org.threegaps.matcher.result.MatchResult;

/**
 * The advisor's answer for one candidate–job pair.
 *
 * @param result      the pair as it stands
 * @param redesigns   sets of the employer's declared options, best first
 * @param development sets of the candidate's development steps, best first
 * @param askEmployer levers that would help but that the employer declared no option for
 * @param tried       how many changes were relevant (a firing finding names their lever)
 * @param skipped     relevant changes left out because the search keeps the {@code maxChanges} with the
 *                    lowest effort or shortest duration
 * @param evaluated   how many change sets were re-scored
 */
public record Advice(MatchResult result, List<Suggestion> redesigns, List<Suggestion> development,
                     List<AskEmployer> askEmployer, int tried, int skipped, int evaluated) {
    /**
     * @param result      the pair as it stands
     * @param redesigns   sets of the employer's declared options, best first
     * @param development sets of the candidate's development steps, best first
     * @param askEmployer levers that would help but that the employer declared no option for
     * @param tried       how many changes were relevant (a firing finding names their lever)
     * @param skipped     relevant changes left out because the search keeps the {@code maxChanges} with the lowest
     *                    effort or shortest duration
     * @param evaluated   how many change sets were re-scored
     * @throws NullPointerException when a list is null or holds null
     */
    public Advice {
        redesigns = List.copyOf(redesigns);
        development = List.copyOf(development);
        askEmployer = List.copyOf(askEmployer);
    }

    /**
     * @return the best suggestion overall: the better verdict, then fewer blockers left; on a tie the
     *         employer's redesign comes before the candidate's development step (the job moves first)
     */
    public java.util.Optional<Suggestion> best() {
        if (redesigns.isEmpty() || development.isEmpty()) {
            return redesigns.isEmpty() ? development.stream().findFirst() : redesigns.stream().findFirst();
        }
        Suggestion job = redesigns.get(0);
        Suggestion person = development.get(0);
        java.util.Comparator<Suggestion> outcome = java.util.Comparator.comparing(Suggestion::verdict)
                .thenComparingInt(s -> s.after().blockers().size());
        return java.util.Optional.of(outcome.compare(person, job) < 0 ? person : job);
    }
}
