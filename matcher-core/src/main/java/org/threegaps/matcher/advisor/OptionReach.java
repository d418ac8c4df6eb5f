package org.threegaps.matcher.advisor;

import java.util.List;
import java.util.Locale;
import org.threegaps.matcher.model.Effort;
import org.threegaps.matcher.model.Job;

/**
 * One option, or a pair of options, of a job with the candidates of a pool it brings to "match" or
 * "match with support".
 *
 * @param changes    the option or options applied
 * @param unlocked   ids of the candidates who reach at least "match with support" only with them, sorted
 */
public record OptionReach(List<JobChange> changes, List<String> unlocked) {
    /**
     * @param changes  the option or options applied
     * @param unlocked ids of the candidates who reach at least "match with support" only with them, sorted
     * @throws NullPointerException when a list is null or holds null
     */
    public OptionReach {
        changes = List.copyOf(changes);
        unlocked = List.copyOf(unlocked);
    }

    /** @return how many more candidates reach at least "match with support" */
    public int count() {
        return unlocked.size();
    }

    /** @return the highest effort of the options */
    public Effort effort() {
        return changes.stream().map(JobChange::effort).max(Enum::compareTo).orElseThrow();
    }

    /** @return the option ids joined with "+" */
    public String ids() {
        return String.join("+", changes.stream().map(JobChange::id).toList());
    }

    /**
     * @param job the job
     * @param locale the language of the text: Dutch ("nl") or English ("en")
     * @return "offering part-time from 20 hours a week opens this job to 14 more people"
     */
    public String describe(Job job, Locale locale) {
        Texts t = Texts.of(locale);
        String what = String.join(" + ", changes.stream().map(c -> c.describe(job, locale)).toList());
        return t.format("reach.job", what, count());
    }
}
