package org.threegaps.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.threegaps.matcher.Matcher;
import org.threegaps.matcher.audit.AuditedResult;
import org.threegaps.matcher.json.Json;
import org.threegaps.matcher.model.Candidate;
import org.threegaps.matcher.model.Job;
import org.threegaps.matcher.result.MatchResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code matcher match --candidate c.json --job j.json [--format json] [--keep kept.json]}: one explained
 * result, as text or as the library's match-result document ({@link org.threegaps.matcher.ResultTexts#document},
 * the form {@code batch} writes one per line); with
 * {@code --keep}, also the decision as it is kept on file (inputs, their digest, rule-set fingerprint,
 * library version, outcome) for {@code matcher replay}.
 */
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

    @Option(names = "--keep", paramLabel = "<file>",
            description = "also write the decision to this file as it is kept: inputs, their digest, rule-set "
                    + "fingerprint, library version and result, so \"matcher replay\" can check it later")
    Path keepFile;

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
        // kept before anything is printed: when the file cannot be written, the run fails as a whole
        if (keepFile != null) {
            keep(AuditedResult.of(result), keepFile, texts);
        }
        if (format == Format.json) {
            out().println(Json.write(matcher.texts().document(result, texts.locale())));
        } else {
            ResultText.print(out(), result, matcher.texts(), texts);
            if (keepFile != null) {
                out().println(texts.get("keep.written", keepFile));
            }
        }
        return ExitCodes.OK;
    }

    private static void keep(AuditedResult kept, Path file, Texts texts) {
        Path folder = file.toAbsolutePath().getParent();
        if (folder != null && !Files.isDirectory(folder)) {
            throw new UserError(texts.get("keep.noFolder", file, folder));
        }
        try {
            Files.writeString(file, kept.toJson() + "\n");
        } catch (IOException e) {
            throw new UserError(texts.get("keep.cannotWrite", file, e.getClass().getSimpleName() + " " + e.getMessage()));
        }
    }
}
