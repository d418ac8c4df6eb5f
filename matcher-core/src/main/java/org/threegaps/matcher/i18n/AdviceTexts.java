package org.threegaps.matcher.i18n;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import org.threegaps.matcher.model.Effort;
import org.threegaps.matcher.model.Job;
import org.threegaps.matcher.model.RedesignOption;
import org.threegaps.matcher.model.Shift;
import org.threegaps.matcher.model.Task;
import org.threegaps.matcher.result.Advice;
import org.threegaps.matcher.result.Finding;
import org.threegaps.matcher.result.Gap;
import org.threegaps.matcher.result.Kind;
import org.threegaps.matcher.result.Lever;
import org.threegaps.matcher.result.Verdict;

/**
 * How the redesign advisor's answers read, in Dutch and English: the advisor's own bundle
 * ({@code advisor_<lang>.properties}) with the library's lever, value, verdict and gap names; the findings and
 * scores of a suggestion come from the rule set's {@link Messages}. Internal: embedders render advice through
 * {@code ResultTexts}. Thread-safe.
 */
public final class AdviceTexts {
    private static final AdviceTexts NL = new AdviceTexts("nl");
    private static final AdviceTexts EN = new AdviceTexts("en");

    private final Locale locale;
    private final ResourceBundle advisor;
    private final ResourceBundle library;

    private AdviceTexts(String language) {
        this.locale = Locale.forLanguageTag(language);
        this.advisor = load("/org/threegaps/matcher/i18n/advisor_" + language + ".properties");
        this.library = load("/org/threegaps/matcher/i18n/library_" + language + ".properties");
    }

    /**
     * @param locale the language of the text: English ("en"); any other reads Dutch
     * @return the advisor's texts in that language
     */
    public static AdviceTexts of(Locale locale) {
        return "en".equals(locale.getLanguage()) ? EN : NL;
    }

    private static ResourceBundle load(String path) {
        try (var in = AdviceTexts.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("message bundle " + path + " is missing");
            }
            return new PropertyResourceBundle(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param change the change
     * @param job    the job the change belongs to, for a task's name; may be null for a development step
     * @param locale the reader's locale, for the names of days
     * @return what the change is
     */
    public String change(Advice.Change change, Job job, Locale locale) {
        if (change instanceof Advice.JobChange jobChange) {
            return jobChange(jobChange.option(), job, locale);
        }
        Advice.DevelopmentStep step = (Advice.DevelopmentStep) change;
        return switch (step.lever()) {
            case DIGITAL_SKILLS_COURSE, DOCUMENTS_RENEWAL -> format("step." + step.lever(), value(step.target()));
            default -> format("step." + step.lever(), step.code() == null ? step.target() : step.code(), step.target());
        };
    }

    private String jobChange(RedesignOption option, Job job, Locale locale) {
        return switch (option.kind()) {
            case REMOVE_TASK, REASSIGN_TASK, DEFER_TASK -> format("change." + option.kind(), taskName(option, job));
            case PART_TIME -> format("change.PART_TIME", option.hours());
            case EXTRA_ROSTER -> format("change.EXTRA_ROSTER", option.roster().id(), shifts(option, locale));
            case ADD_SUPPORT -> {
                Lever lever = Lever.of(option.kind(), option.support());
                yield option.languages().isEmpty()
                        ? format("change.ADD_SUPPORT", lever(lever))
                        : format("change.ADD_SUPPORT.languages", lever(lever), String.join(", ", option.languages()));
            }
            case GRACE_PERIOD -> format("change.GRACE_PERIOD", option.requirementCode(), option.months());
        };
    }

    private static String taskName(RedesignOption option, Job job) {
        return job.tasks().stream().filter(task -> task.id().equals(option.taskId())).map(Task::name).findFirst()
                .orElse(option.taskId());
    }

    /** "ma, di, wo 09:00–17:00": days grouped by their times, in the order the roster gives them. */
    private static String shifts(RedesignOption option, Locale locale) {
        Map<String, List<String>> byTime = new LinkedHashMap<>();
        for (Shift s : option.roster().shifts()) {
            byTime.computeIfAbsent(s.start() + "–" + s.end(), k -> new ArrayList<>())
                    .add(s.day().getDisplayName(TextStyle.SHORT, locale));
        }
        List<String> parts = new ArrayList<>();
        byTime.forEach((time, days) -> parts.add(String.join(", ", days) + " " + time));
        return String.join("; ", parts);
    }

    /**
     * @param suggestion the suggestion
     * @param locale     the reader's locale, for the names of days
     * @return the changes in words, joined with " + "
     */
    public String changes(Advice.Suggestion suggestion, Locale locale) {
        return String.join(" + ", suggestion.changes().stream()
                .map(c -> change(c, suggestion.before().job(), locale)).toList());
    }

    /**
     * @param suggestion the suggestion
     * @param messages   the texts of the rule set that scored it
     * @param locale     the reader's locale
     * @return the suggestion in words: the changes, the verdict before and after, the score per gap, what it
     *         closes and opens, the effort and how long it takes
     */
    public List<String> suggestion(Advice.Suggestion suggestion, Messages messages, Locale locale) {
        var before = suggestion.before();
        var after = suggestion.after();
        List<String> lines = new ArrayList<>();
        lines.add(changes(suggestion, locale));
        lines.add(format("suggestion.verdict", verdict(before.verdict()), verdict(after.verdict()),
                messages.score(before, locale), messages.score(after, locale)));
        List<String> gaps = new ArrayList<>();
        for (Gap gap : Gap.values()) {
            boolean unblocked = before.gapScore(gap).blocked() && !after.gapScore(gap).blocked();
            if (unblocked) {
                gaps.add(format("suggestion.gapUnblocked", gap(gap), after.score(gap)));
            } else if (suggestion.gain(gap) != 0) {
                gaps.add(format("suggestion.gap", gap(gap), before.score(gap), after.score(gap)));
            }
        }
        if (!gaps.isEmpty()) {
            lines.add(String.join("; ", gaps));
        }
        for (Finding f : suggestion.closes()) {
            lines.add(format(f.kind() == Kind.BLOCKER ? "suggestion.closesBlocker" : "suggestion.closes",
                    f.ruleId(), messages.finding(f, locale)));
        }
        for (Finding f : suggestion.opens()) {
            lines.add(format("suggestion.opens", f.ruleId(), messages.finding(f, locale)));
        }
        Effort effort = suggestion.effort();
        if (effort != null) {
            lines.add(format("suggestion.effort", value(effort.name())));
        }
        Integer weeks = suggestion.weeks();
        lines.add(weeks == null ? format("suggestion.weeksUnknown")
                : weeks == 0 ? format("suggestion.now") : format("suggestion.weeks", weeks));
        return lines;
    }

    /**
     * @param ask the lever to ask the employer about
     * @return "ask the employer about …", naming the rules it would lift
     */
    public String ask(Advice.AskEmployer ask) {
        return format("askEmployer", lever(ask.lever()),
                String.join(", ", ask.findings().stream().map(Finding::ruleId).toList()));
    }

    /**
     * @param reach  an option or pair of options with the candidates it unlocks
     * @param job    the job the options belong to
     * @param locale the reader's locale, for the names of days
     * @return "offering part-time from 20 hours a week opens this job to 14 more people"
     */
    public String reach(Advice.OptionReach reach, Job job, Locale locale) {
        String what = String.join(" + ", reach.changes().stream().map(c -> change(c, job, locale)).toList());
        return format("reach.job", what, reach.count());
    }

    /**
     * @param reach  a development step with the jobs it opens
     * @param locale the reader's locale
     * @return "reach Dutch level B1 opens 3 more jobs: …"
     */
    public String reach(Advice.StepReach reach, Locale locale) {
        return format("reach.candidate", change(reach.step(), null, locale), reach.count(),
                String.join(", ", reach.opened()));
    }

    /** @return the advisor text for {@code key} with {@code args} filled in ({0}, {1}, {1|week|weken} …) */
    private String format(String key, Object... args) {
        NumberFormat numbers = NumberFormat.getInstance(locale);
        return Placeholders.fill(advisor.getString(key), Arrays.asList(args),
                arg -> arg instanceof Number n ? numbers.format(n) : String.valueOf(arg));
    }

    private String lever(Lever lever) {
        return library.getString("lever." + lever.name());
    }

    private String value(String name) {
        return library.containsKey("value." + name) ? library.getString("value." + name) : name;
    }

    private String verdict(Verdict verdict) {
        return library.getString("verdict." + verdict.name());
    }

    private String gap(Gap gap) {
        return library.getString("gap." + gap.name());
    }
}
