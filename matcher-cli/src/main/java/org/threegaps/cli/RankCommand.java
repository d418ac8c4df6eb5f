package org.threegaps.cli;

import java.util.List;
import org.threegaps.matcher.Matcher;
import org.threegaps.matcher.Matcher;
import org.threegaps.matcher.Ranking;
import org.threegaps.matcher.ResultTexts;
import org.threegaps.matcher.json.Json;
import org.threegaps.matcher.model.Candidate;
import org.threegaps.matcher.model.Job;
import org.threegaps.matcher.result.Gap;
import org.threegaps.matcher.result.Kind;
import org.threegaps.matcher.result.MatchResult;
import org.threegaps.matcher.result.Verdict;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * {@code matcher rank --candidate c.json --jobs jobs/} or {@code matcher rank --job j.json --candidates cs/}:
 * best verdict first, then settled before provisional, then the fewest open essential gaps, then the points.
 * As JSON: an array of the library's match-result documents.
 */
@Command(name = "rank", mixinStandardHelpOptions = true,
        description = {"Rank jobs for one candidate (--candidate with --jobs) or candidates for one job "
                + "(--job with --candidates): best verdict first, then settled before provisional, then the fewest "
                + "open essential gaps, then the most points.",
                "--jobs and --candidates take a folder of JSON files, a file with a JSON array, or one document."})
final class RankCommand extends BaseCommand {
    /** Output formats. */
    enum Format { text, json }

    @Option(names = "--top", paramLabel = "<n>", defaultValue = "10", description = "how many to show (default: ${DEFAULT-VALUE})")
    int top = 10;

    @Option(names = "--at-least", paramLabel = "<verdict>",
            description = "only pairs with this verdict or better: ${COMPLETION-CANDIDATES}")
    Verdict atLeast;

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
        boolean jobsForCandidate = pair.jobsForCandidate();
        boolean candidatesForJob = pair.candidatesForJob();
        if (!jobsForCandidate && !candidatesForJob) {
            throw new ParameterException(spec.commandLine(), "give either --candidate with --jobs, or --job with --candidates");
        }
        if (top < 1) {
            throw new ParameterException(spec.commandLine(), "--top must be at least 1, was " + top);
        }
        Texts texts = language.texts();
        Matcher matcher = rules.matcher(texts);
        ResultTexts words = matcher.texts();
        Ranking ranking;
        String heading;
        int pool;
        if (jobsForCandidate) {
            Candidate candidate = Inputs.candidate(pair.candidateFile, texts);
            List<Job> jobs = Inputs.jobs(pair.jobsPath, texts);
            ranking = matcher.rankJobs(candidate, jobs);
            heading = texts.get("rank.jobsFor", candidate.id());
            pool = jobs.size();
        } else {
            Job job = Inputs.job(pair.jobFile, texts);
            List<Candidate> candidates = Inputs.candidates(pair.candidatesPath, texts);
            ranking = matcher.rankCandidates(job, candidates);
            heading = texts.get("rank.candidatesFor", job.id());
            pool = candidates.size();
        }
        List<MatchResult> best = (atLeast == null ? ranking : ranking.atLeast(atLeast)).top(top);
        if (format == Format.json) {
            out().println(Json.write(best.stream().map(r -> words.document(r, texts.locale())).toList()));
            return ExitCodes.OK;
        }
        out().println(texts.get("rank.heading", heading, best.size(), pool));
        Table table = new Table(">#", texts.get(jobsForCandidate ? "rank.col.job" : "rank.col.candidate"), "",
                texts.get("rank.col.verdict"), ">" + texts.get("rank.col.open"), ">" + texts.get("rank.col.points"),
                ">" + texts.get("rank.col.skill"),
                ">" + texts.get("rank.col.search"), ">" + texts.get("rank.col.organisation"), texts.get("rank.col.rules"));
        int place = 1;
        for (MatchResult r : best) {
            table.row(place++, jobsForCandidate ? r.jobId() : r.candidateId(),
                    jobsForCandidate ? r.job().title() : nameOrEmpty(r.candidate()),
                    ResultText.verdict(r, words, texts.locale()), r.openEssentialGaps(), r.overallScore(), r.score(Gap.SKILL),
                    r.score(Gap.SEARCH), r.score(Gap.ORGANISATION), costs(r));
        }
        table.print(out(), "");
        if (best.stream().anyMatch(r -> r.openEssentialGaps() > 0)) {
            out().println(texts.get("rank.pointsNote"));
        }
        return ExitCodes.OK;
    }

    /** @return the rule ids that block, are bridged or cost points, e.g. "✗MO-01 ~SK-02 −CA-07" */
    private static String costs(MatchResult r) {
        return String.join(" ", r.findings().stream().filter(f -> f.kind() != Kind.BONUS && f.kind() != Kind.INFORMATION)
                .map(f -> ResultText.sign(f.kind()) + f.ruleId()).toList());
    }

    private static String nameOrEmpty(Candidate c) {
        return c.name() == null || c.name().equals(c.id()) ? "" : c.name();
    }
}
