package org.threegaps.cli;

import java.util.ArrayList;
import java.util.List;
import org.threegaps.matcher.Matcher;
import org.threegaps.matcher.ResultTexts;
import org.threegaps.matcher.internal.AdviceView;
import org.threegaps.matcher.json.Json;
import org.threegaps.matcher.model.Candidate;
import org.threegaps.matcher.model.Job;
import org.threegaps.matcher.result.Advice;
import org.threegaps.matcher.result.Advice.Suggestion;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * {@code matcher advise}: the redesign advisor in its three modes, one pair, one job against a pool of
 * candidates, one candidate against a pool of jobs.
 */
@Command(name = "advise", mixinStandardHelpOptions = true,
        description = {"What could change so that a pair works: the employer's declared redesign options and the "
                + "candidate's development steps, each re-scored with the rules.",
                "--candidate with --job: one pair. --job with --candidates: the options that open the job to the most "
                        + "people. --candidate with --jobs: the steps that open the most jobs."})
final class AdviseCommand extends BaseCommand {
    /** Output formats. */
    enum Format { text, json }

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text", description = "text (default) or json")
    Format format = Format.text;

    @Mixin
    PairOptions pair;

    @Mixin
    RuleOptions rules;

    @Mixin
    LanguageOption language;

    @Override
    public Integer call() {
        Texts texts = language.texts();
        boolean onePair = pair.onePair();
        boolean jobPool = pair.candidatesForJob();
        boolean candidatePool = pair.jobsForCandidate();
        if (!onePair && !jobPool && !candidatePool) {
            throw new ParameterException(spec.commandLine(),
                    "give --candidate with --job, --job with --candidates, or --candidate with --jobs");
        }
        Matcher matcher = rules.matcher(texts);
        ResultTexts words = matcher.texts();
        Object view;
        List<String> lines;
        if (onePair) {
            Advice advice = matcher.advise(Inputs.candidate(pair.candidateFile, texts), Inputs.job(pair.jobFile, texts));
            AdviceView.PairView pv = AdviceView.of(advice, words, texts.locale());
            view = pv;
            lines = new ArrayList<>();
            lines.add(pv.candidateId() + " × " + pv.jobId() + ": " + ResultText.verdict(advice.result(), words, texts.locale())
                    + "; " + words.score(advice.result(), texts.locale()));
            if (!advice.result().toAsk().isEmpty()) {
                lines.add("  " + ResultText.toAsk(advice.result(), words, texts.locale()));
            }
            int place = 1;
            for (Suggestion s : advice.redesigns()) {
                List<String> described = words.explain(s, texts.locale());
                lines.add((place++) + ". " + described.get(0));
                described.forEach(line -> lines.add("   " + line));
            }
            for (Suggestion s : advice.development()) {
                List<String> described = words.explain(s, texts.locale());
                lines.add("- " + described.get(0));
                described.forEach(line -> lines.add("   " + line));
            }
            pv.askEmployer().forEach(ask -> lines.add("? " + ask));
        } else if (jobPool) {
            Job job = Inputs.job(pair.jobFile, texts);
            AdviceView.JobView jv = AdviceView.of(matcher.adviseJob(job, Inputs.candidates(pair.candidatesPath, texts)), job,
                    words, texts.locale());
            view = jv;
            lines = new ArrayList<>();
            lines.add(jv.jobId() + ": " + jv.openNow() + " / " + jv.poolSize());
            jv.options().forEach(o -> lines.add("+" + o.count() + "  " + o.text() + "  " + o.unlocked()));
        } else {
            Candidate candidate = Inputs.candidate(pair.candidateFile, texts);
            AdviceView.CandidateView cv = AdviceView.of(matcher.adviseCandidate(candidate, Inputs.jobs(pair.jobsPath, texts)),
                    words, texts.locale());
            view = cv;
            lines = new ArrayList<>();
            lines.add(cv.candidateId() + ": " + cv.openNow() + " / " + cv.poolSize());
            cv.steps().forEach(s -> lines.add("+" + s.count() + "  " + s.text() + "  " + s.opened()));
        }
        if (format == Format.json) {
            out().println(Json.write(view));
        } else {
            lines.forEach(out()::println);
        }
        return ExitCodes.OK;
    }
}
