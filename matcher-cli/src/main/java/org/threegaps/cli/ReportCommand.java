package org.threegaps.cli;

import java.nio.file.Path;
import org.threegaps.matcher.report.ReportWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code matcher report}: the case-worker HTML page for one candidate (ranked jobs) or one job (ranked people). */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Write one self-contained, printable HTML page: ranked jobs for a candidate (--candidate with "
                + "--jobs) or ranked people for a job (--job with --candidates), with gap bars, findings, levers and "
                + "the advisor's suggestions."})
final class ReportCommand extends BaseCommand {
    @Option(names = "--out", required = true, paramLabel = "<file.html>", description = "where to write the page")
    Path out;

    @Option(names = "--top", paramLabel = "<n>", defaultValue = "10", description = "how many pairs (default: ${DEFAULT-VALUE})")
    int top = 10;

    @Mixin
    PairOptions pair;

    @Mixin
    RuleOptions rules;

    @Mixin
    LanguageOption language;

    @Override
    public Integer call() {
        boolean forCandidate = pair.jobsForCandidate();
        boolean forJob = pair.candidatesForJob();
        if (!forCandidate && !forJob) {
            throw new ParameterException(spec.commandLine(), "give either --candidate with --jobs, or --job with --candidates");
        }
        if (top < 1) {
            throw new ParameterException(spec.commandLine(), "--top must be at least 1, was " + top);
        }
        Texts texts = language.texts();
        ReportWriter writer = ReportWriter.of(rules.matcher(texts)).locale(texts.locale()).top(top);
        String html = forCandidate
                ? writer.candidateReport(Inputs.candidate(pair.candidateFile, texts), Inputs.jobs(pair.jobsPath, texts))
                : writer.jobReport(Inputs.job(pair.jobFile, texts), Inputs.candidates(pair.candidatesPath, texts));
        writer.write(out, html);
        out().println(out);
        return ExitCodes.OK;
    }
}
