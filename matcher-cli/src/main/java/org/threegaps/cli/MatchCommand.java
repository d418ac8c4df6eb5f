package org.threegaps.cli;

import java.nio.file.Path;
import org.threegaps.matcher.Matcher;
import org.threegaps.matcher.json.Json;
import org.threegaps.matcher.model.Candidate;
import org.threegaps.matcher.model.Job;
import org.threegaps.matcher.result.MatchResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code matcher match --candidate c.json --job j.json}: one explained result. */
@Command(name = "match", mixinStandardHelpOptions = true,
        description = {"Score one candidate against one job and explain every point: verdict, gap scores, "
                + "each finding with its rule id, what could change, what was unknown."})
final class MatchCommand extends BaseCommand {
    /** Output formats. */
    enum Format { text, json }

    @Option(names = "--candidate", required = true, paramLabel = "<file>", description = "the candidate's JSON file")
    Path candidateFile;

    @Option(names = "--job", required = true, paramLabel = "<file>", description = "the job's JSON file")
    Path jobFile;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text", description = "text (default) or json")
    Format format = Format.text;

    @Mixin
    RuleOptions rules;

    @Mixin
    LanguageOption language;

    @Override
    public Integer call() {
        Texts texts = language.texts();
        Candidate candidate = Inputs.candidate(candidateFile, texts);
        Job job = Inputs.job(jobFile, texts);
        Matcher matcher = rules.matcher(texts);
        MatchResult result = matcher.match(candidate, job);
        if (format == Format.json) {
            out().println(Json.write(ResultView.of(result, texts.locale())));
        } else {
            ResultText.print(out(), result, texts);
        }
        return ExitCodes.OK;
    }
}
