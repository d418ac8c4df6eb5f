package org.threegaps.matcher.advisor;

import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Objects;
import org.threegaps.matcher.model.Candidate;
import org.threegaps.matcher.model.Effort;
import org.threegaps.matcher.model.Job;
import org.threegaps.matcher.model.RedesignOption;
import org.threegaps.matcher.model.Shift;
import org.threegaps.matcher.model.Task;
import org.threegaps.matcher.result.Lever;

/**
 * A redesign option the employer declared for the job. The advisor never invents options: every
 * {@code JobChange} wraps one of {@link Job#redesignOptions()}.
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

    @Override
    public String id() {
        return option.id();
    }

    @Override
    public Lever lever() {
        return Lever.of(option.kind(), option.support());
    }

    @Override
    public Effort effort() {
        return option.effort();
    }

    @Override
    public Integer weeks() {
        return 0;
    }

    @Override
    public String group() {
        // removing, reassigning and deferring one task exclude each other
        return option.taskId() != null ? "task:" + option.taskId() : "option:" + option.id();
    }

    /** Applies the option by its id, so it also applies to a job another option already changed. */
    @Override
    public Job applyTo(Job job) {
        RedesignOption declared = job.redesignOption(option.id()).orElseThrow(() -> new IllegalArgumentException(
                "redesign option " + option.id() + " is not declared for job " + job.id()));
        return job.apply(declared);
    }

    @Override
    public Candidate applyTo(Candidate candidate) {
        return candidate;
    }

    @Override
    public String describe(Job job, Locale locale) {
        Texts t = Texts.of(locale);
        return switch (option.kind()) {
            case REMOVE_TASK, REASSIGN_TASK, DEFER_TASK -> t.format("change." + option.kind(), taskName(job));
            case PART_TIME -> t.format("change.PART_TIME", option.hours());
            case EXTRA_ROSTER -> t.format("change.EXTRA_ROSTER", option.roster().id(), shifts(locale));
            case ADD_SUPPORT -> option.languages().isEmpty()
                    ? t.format("change.ADD_SUPPORT", t.lever(lever()))
                    : t.format("change.ADD_SUPPORT.languages", t.lever(lever()), String.join(", ", option.languages()));
            case GRACE_PERIOD -> t.format("change.GRACE_PERIOD", option.requirementCode(), option.months());
        };
    }

    private String taskName(Job job) {
        return job.tasks().stream().filter(task -> task.id().equals(option.taskId())).map(Task::name).findFirst()
                .orElse(option.taskId());
    }

    /** "ma, di, wo 09:00–17:00": days grouped by their times, in the order the roster gives them. */
    private String shifts(Locale locale) {
        java.util.Map<String, java.util.List<String>> byTime = new java.util.LinkedHashMap<>();
        for (Shift s : option.roster().shifts()) {
            byTime.computeIfAbsent(s.start() + "–" + s.end(), k -> new java.util.ArrayList<>())
                    .add(s.day().getDisplayName(TextStyle.SHORT, locale));
        }
        java.util.List<String> parts = new java.util.ArrayList<>();
        byTime.forEach((time, days) -> parts.add(String.join(", ", days) + " " + time));
        return String.join("; ", parts);
    }
}
