package org.threegaps.matcher.advisor;

import java.util.Locale;
import org.threegaps.matcher.model.Candidate;
import org.threegaps.matcher.model.Effort;
import org.threegaps.matcher.model.Job;
import org.threegaps.matcher.result.Lever;

/**
 * One change the advisor can try: a redesign option the employer declared ({@link JobChange}) or a
 * development step of the candidate ({@link DevelopmentStep}). Applying a change never touches anything
 * the change is not about.
 */
public sealed interface Change permits JobChange, DevelopmentStep {
    /** @return a stable id: the option's id, or the step's id such as {@code dutch-B1} */
    String id();

    /** @return the lever this change pulls; only changes whose lever a firing finding names are tried */
    Lever lever();

    /** @return the employer's stated effort, or null for a candidate's development step */
    Effort effort();

    /**
     * @return weeks before the change takes effect: 0 for an employer change, the policy parameter's
     *         duration for a development step, null when the parameters do not state it
     */
    Integer weeks();

    /** @return changes of one group exclude each other in a set (two target levels of one course) */
    String group();

    /**
     * @param job the job
     * @return the job with this change applied; the job itself for a development step
     */
    Job applyTo(Job job);

    /**
     * @param candidate the candidate
     * @return the candidate with this change applied; the candidate itself for a job change
     */
    Candidate applyTo(Candidate candidate);

    /**
     * @param job the job
     * @param locale the language of the text: Dutch ("nl") or English ("en")
     * @return what the change is, in {@code locale} ("nl" or "en")
     */
    String describe(Job job, Locale locale);
}
