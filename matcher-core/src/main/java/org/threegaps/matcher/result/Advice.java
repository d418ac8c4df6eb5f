package org.threegaps.matcher.result;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.threegaps.matcher.model.Effort;
import org.threegaps.matcher.model.RedesignOption;

/**
 * The redesign advisor's answer for one candidate–job pair: which sets of the employer's declared redesign
 * options, and which sets of the candidate's development steps, would lift the pair, each re-scored with the rule
 * set, and which employer-side levers the employer declared no option for. The nested records are the parts an
 * embedder reads, also for a job and a pool of candidates ({@link JobAdvice}) and for a candidate and a pool of
 * jobs ({@link CandidateAdvice}). Plain immutable data: the texts are rendered by the matcher's
 * {@code ResultTexts}.
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
     * @throws NullPointerException when {@code result} is null, or a list is null or holds null
     */
    public Advice {
        Objects.requireNonNull(result, "result");
        redesigns = List.copyOf(redesigns);
        development = List.copyOf(development);
        askEmployer = List.copyOf(askEmployer);
    }

    /**
     * @return the best suggestion overall: the better verdict, then fewer blockers left; on a tie the
     *         employer's redesign comes before the candidate's development step (the job moves first)
     */
    public Optional<Suggestion> best() {
        if (redesigns.isEmpty() || development.isEmpty()) {
            return redesigns.isEmpty() ? development.stream().findFirst() : redesigns.stream().findFirst();
        }
        Suggestion job = redesigns.get(0);
        Suggestion person = development.get(0);
        Comparator<Suggestion> outcome = Comparator.comparing(Suggestion::verdict)
                .thenComparingInt(s -> s.after().blockers().size());
        return Optional.of(outcome.compare(person, job) < 0 ? person : job);
    }

    /**
     * One change the advisor tries: a redesign option the employer declared ({@link JobChange}) or a development
     * step of the candidate ({@link DevelopmentStep}).
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
    }

    /**
     * A redesign option the employer declared for the job. The advisor never invents options: every
     * {@code JobChange} wraps one of the job's {@code redesignOptions()}.
     *
     * @param option the declared option
     */
    public record JobChange(RedesignOption option) implements Change {
        /**
         * @param option the declared option
         * @throws NullPointerException when {@code option} is null
         */
        public JobChange {
            Objects.requireNonNull(option, "option");
        }

        /** @return the option's id */
        @Override
        public String id() {
            return option.id();
        }

        /** @return the lever the option pulls */
        @Override
        public Lever lever() {
            return Lever.of(option.kind(), option.support());
        }

        /** @return the employer's stated effort */
        @Override
        public Effort effort() {
            return option.effort();
        }

        /** @return 0: an employer change takes effect at once */
        @Override
        public Integer weeks() {
            return 0;
        }
    }

    /**
     * A development step of the candidate, such as reaching a Dutch level or obtaining a driving licence. Its
     * duration comes from the policy parameters ({@code development.<LEVER>.weeks}, and
     * {@code development.DUTCH_COURSE.weeksPerLevel} per CEFR level).
     *
     * @param id     stable id such as {@code dutch-B1}, {@code course-forklift-2}, {@code driving-licence}
     * @param lever  a candidate-side lever
     * @param code   the competence or qualification code, or null
     * @param target the level or value reached: a CEFR level, a competence level, a digital skill, a contract
     *               type; null when the step has none
     * @param weeks  the typical duration from the policy parameters, or null when they do not state it
     */
    public record DevelopmentStep(String id, Lever lever, String code, String target, Integer weeks) implements Change {
        /**
         * @param id     stable id such as {@code dutch-B1}, {@code course-forklift-2}, {@code driving-licence}
         * @param lever  a candidate-side lever
         * @param code   the competence or qualification code, or null
         * @param target the level or value reached: a CEFR level, a competence level, a digital skill, a contract
         *               type; null when the step has none
         * @param weeks  the typical duration from the policy parameters, or null when they do not state it
         * @throws IllegalArgumentException when the lever is not a candidate-side lever
         * @throws NullPointerException when {@code id} or {@code lever} is null
         */
        public DevelopmentStep {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(lever, "lever");
            if (lever.side() != Lever.Side.CANDIDATE) {
                throw new IllegalArgumentException("a development step needs a candidate-side lever, was " + lever);
            }
        }

        /** @return null: a development step has no employer effort */
        @Override
        public Effort effort() {
            return null;
        }
    }

    /**
     * A set of changes with the pair re-scored by the rule set after applying them: the new verdict, the score per
     * gap, which findings disappear and which appear. {@link #after()} is exactly what the matcher's
     * {@code match(candidateAfter, jobAfter)} returns.
     *
     * @param changes the changes, in the order they were applied
     * @param before  the pair as it stands
     * @param after   the pair with every change applied
     */
    public record Suggestion(List<Change> changes, MatchResult before, MatchResult after) {
        /**
         * @param changes the changes, in the order they were applied
         * @param before  the pair as it stands
         * @param after   the pair with every change applied
         * @throws NullPointerException when an argument is null, or {@code changes} holds null
         */
        public Suggestion {
            changes = List.copyOf(changes);
            Objects.requireNonNull(before, "before");
            Objects.requireNonNull(after, "after");
        }

        /** @return the verdict after the changes */
        public Verdict verdict() {
            return after.verdict();
        }

        /**
         * @param gap the gap
         * @return how much a gap's raw score changes; negative only where the changes lift a blocker of that
         *         gap into a penalty (see {@link #effectiveGain})
         */
        public int gain(Gap gap) {
            return after.score(gap) - before.score(gap);
        }

        /**
         * @param gap the gap
         * @return how much a gap's effective score changes, where a gap with a blocker counts as 0 until its
         *         blockers are gone; never negative for a suggestion of the advisor
         */
        public int effectiveGain(Gap gap) {
            return effective(after, gap) - effective(before, gap);
        }

        private static int effective(MatchResult result, Gap gap) {
            return result.gapScore(gap).blocked() ? 0 : result.score(gap);
        }

        /** @return how much the overall score changes */
        public int overallGain() {
            return after.overallScore() - before.overallScore();
        }

        /** @return true when the verdict after is better than before */
        public boolean raisesVerdict() {
            return after.verdict().ordinal() < before.verdict().ordinal();
        }

        /** @return true when the pair had blockers and none is left */
        public boolean liftsEveryBlocker() {
            return !before.blockers().isEmpty() && after.blockers().isEmpty();
        }

        /** @return the findings of before that are gone after: what the changes close */
        public List<Finding> closes() {
            List<Finding> gone = new ArrayList<>(before.findings());
            gone.removeAll(after.findings());
            return List.copyOf(gone);
        }

        /** @return the findings after that were not there before, such as the bonus of an added buddy */
        public List<Finding> opens() {
            List<Finding> added = new ArrayList<>(after.findings());
            added.removeAll(before.findings());
            return List.copyOf(added);
        }

        /** @return the highest effort the employer states for these changes, or null when none is the employer's */
        public Effort effort() {
            return changes.stream().map(Change::effort).filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
        }

        /**
         * @return weeks until every change has taken effect (the longest, as steps can run side by side), or
         *         null when a step's duration is not in the policy parameters
         */
        public Integer weeks() {
            int longest = 0;
            for (Change c : changes) {
                if (c.weeks() == null) {
                    return null;
                }
                longest = Math.max(longest, c.weeks());
            }
            return longest;
        }

        /** @return the change ids joined with "+" */
        public String ids() {
            return String.join("+", changes.stream().map(Change::id).toList());
        }
    }

    /**
     * An employer-side lever a firing blocker or penalty names, for which the job declares no redesign option. The
     * advisor does not invent the option; it tells the case worker to ask about it.
     *
     * @param lever    the lever
     * @param findings the blockers and penalties that name it
     */
    public record AskEmployer(Lever lever, List<Finding> findings) {
        /**
         * @param lever    the lever
         * @param findings the blockers and penalties that name it
         * @throws NullPointerException when an argument is null, or {@code findings} holds null
         */
        public AskEmployer {
            Objects.requireNonNull(lever, "lever");
            findings = List.copyOf(findings);
        }
    }

    /**
     * Which of a job's declared options open it to the most candidates of a pool.
     *
     * @param jobId     the job
     * @param poolSize  how many candidates were scored
     * @param openNow   how many reach at least "match with support" without any change
     * @param options   single options and pairs of options that unlock someone, most unlocked first
     * @param evaluated how many candidate–job variants were re-scored
     */
    public record JobAdvice(String jobId, int poolSize, int openNow, List<OptionReach> options, long evaluated) {
        /**
         * @param jobId     the job
         * @param poolSize  how many candidates were scored
         * @param openNow   how many reach at least "match with support" without any change
         * @param options   single options and pairs of options that unlock someone, most unlocked first
         * @param evaluated how many candidate–job variants were re-scored
         * @throws NullPointerException when {@code options} is null or holds null
         */
        public JobAdvice {
            options = List.copyOf(options);
        }
    }

    /**
     * One option, or a pair of options, of a job with the candidates of a pool it brings to "match" or "match with
     * support".
     *
     * @param changes  the option or options applied
     * @param unlocked ids of the candidates who reach at least "match with support" only with them, sorted
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

        /**
         * @return the highest effort of the options
         * @throws java.util.NoSuchElementException when there is no option
         */
        public Effort effort() {
            return changes.stream().map(JobChange::effort).max(Enum::compareTo).orElseThrow();
        }

        /** @return the option ids joined with "+" */
        public String ids() {
            return String.join("+", changes.stream().map(JobChange::id).toList());
        }
    }

    /**
     * Which development steps open the most jobs of a pool to one candidate.
     *
     * @param candidateId the candidate
     * @param poolSize    how many jobs were scored
     * @param openNow     how many reach at least "match with support" without any step
     * @param steps       steps that open at least one job, most opened first
     * @param evaluated   how many candidate–job variants were re-scored
     */
    public record CandidateAdvice(String candidateId, int poolSize, int openNow, List<StepReach> steps, long evaluated) {
        /**
         * @param candidateId the candidate
         * @param poolSize    how many jobs were scored
         * @param openNow     how many reach at least "match with support" without any step
         * @param steps       steps that open at least one job, most opened first
         * @param evaluated   how many candidate–job variants were re-scored
         * @throws NullPointerException when {@code steps} is null or holds null
         */
        public CandidateAdvice {
            steps = List.copyOf(steps);
        }
    }

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
         * @throws NullPointerException when an argument is null, or {@code opened} holds null
         */
        public StepReach {
            Objects.requireNonNull(step, "step");
            opened = List.copyOf(opened);
        }

        /** @return how many more jobs the step opens */
        public int count() {
            return opened.size();
        }
    }
}
