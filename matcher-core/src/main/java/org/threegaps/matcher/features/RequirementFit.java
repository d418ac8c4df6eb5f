package org.threegaps.matcher.features;

import org.threegaps.matcher.model.Importance;
import org.threegaps.matcher.model.Frequency;
import org.threegaps.matcher.model.Recognition;
import org.threegaps.matcher.model.Requirement;
import org.threegaps.matcher.model.RequirementCategory;
import org.threegaps.matcher.model.TaskTiming;

/**
 * One requirement of the job against what the candidate has.
 *
 * @param taskId         the task the requirement belongs to, or "" for a job-level requirement
 * @param taskName       the task's name, or ""
 * @param linked         true when the requirement is tied to a task
 * @param coreTask       true when the task is important and daily
 * @param importance     the task's importance (MEDIUM for job-level requirements)
 * @param frequency      the task's frequency
 * @param timing         when the task starts
 * @param reassignable   true when a colleague can take the task over
 * @param regulatedTask  true when the task is legally regulated
 * @param requirement    the requirement itself
 * @param known          false when the candidate's side is not filled in (e.g. licence unknown)
 * @param candidateLevel the candidate's level (0–4), 1/0 for licence held or not
 * @param shortfall      levels missing; for qualifications and licences 1 when missing
 * @param qualification  the recognition status when the candidate holds the qualification, else null
 * @param quicklyTrainable true when the job marks the requirement trainable on the job and it takes at most
 *                       {@code trainability.onJob.maxWeeks} weeks: a development goal rather than an entry requirement
 * @param pair           the pair whose rule session holds this fit as a fact, which rules join on:
 *                       {@code RequirementFit( pair == $p, … )}; null in the derived features, outside a session
 */
public record RequirementFit(String taskId, String taskName, boolean linked, boolean coreTask, Importance importance,
                             Frequency frequency, TaskTiming timing, boolean reassignable, boolean regulatedTask,
                             Requirement requirement, boolean known, int candidateLevel, int shortfall,
                             Recognition qualification, boolean quicklyTrainable, Pair pair) {
    /**
     * A fit as derived, not yet a fact of a pair's session.
     *
     * @param taskId           the task the requirement belongs to, or "" for a job-level requirement
     * @param taskName         the task's name, or ""
     * @param linked           true when the requirement is tied to a task
     * @param coreTask         true when the task is important and daily
     * @param importance       the task's importance
     * @param frequency        the task's frequency
     * @param timing           when the task starts
     * @param reassignable     true when a colleague can take the task over
     * @param regulatedTask    true when the task is legally regulated
     * @param requirement      the requirement itself
     * @param known            false when the candidate's side is not filled in
     * @param candidateLevel   the candidate's level
     * @param shortfall        levels missing
     * @param qualification    the recognition status when the candidate holds the qualification, else null
     * @param quicklyTrainable true when the requirement is learned on the job within the policy's weeks
     */
    public RequirementFit(String taskId, String taskName, boolean linked, boolean coreTask, Importance importance,
                          Frequency frequency, TaskTiming timing, boolean reassignable, boolean regulatedTask,
                          Requirement requirement, boolean known, int candidateLevel, int shortfall,
                          Recognition qualification, boolean quicklyTrainable) {
        this(taskId, taskName, linked, coreTask, importance, frequency, timing, reassignable, regulatedTask, requirement,
                known, candidateLevel, shortfall, qualification, quicklyTrainable, null);
    }

    /**
     * Rules match the fits of all pairs of a session at once (chunks of a few hundred pairs), inserted as facts
     * rather than read with {@code from} (which made a fact of every fit again for every rule), so each fit names
     * its pair.
     */
    RequirementFit of(Pair owner) {
        return new RequirementFit(taskId, taskName, linked, coreTask, importance, frequency, timing, reassignable,
                regulatedTask, requirement, known, candidateLevel, shortfall, qualification, quicklyTrainable, owner);
    }
    /** @return true when the candidate meets the requirement today */
    public boolean met() {
        return known && shortfall == 0;
    }

    /** @return true when the requirement is known not to be met */
    public boolean missing() {
        return known && shortfall > 0;
    }

    /** @return the requirement code, for rules and messages */
    public String code() {
        return requirement.code();
    }

    /**
     * @return the requirement code as a message argument, which a finding's text shows as the code's label
     *         in the reader's language: {@code $p.report(kcontext, $r.asCode(), …)}
     */
    public Code asCode() {
        return new Code(requirement.code());
    }

    /**
     * @return where the requirement applies, as a finding names it: the task's name, or {@link Term#WHOLE_JOB} for
     *         a requirement of the job as a whole
     */
    public Object scope() {
        return linked ? taskName : Term.WHOLE_JOB;
    }

    /**
     * @return the candidate's qualification as a finding names it: its recognition status, or {@link
     *         Term#NOT_HELD} when they do not hold it
     */
    public Enum<?> status() {
        return qualification == null ? Term.NOT_HELD : qualification;
    }

    /** @return the requirement category */
    public RequirementCategory category() {
        return requirement.category();
    }

    /**
     * Hashes the task and the requirement code only, which equal fits share. Drools' {@code from} puts
     * every element in a hash map on every pass; hashing all fifteen components and the nested
     * requirement each time took about a tenth of the scoring time.
     */
    @Override
    public int hashCode() {
        return 31 * taskId.hashCode() + requirement.code().hashCode();
    }
}
