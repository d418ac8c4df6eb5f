package org.threegaps.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.threegaps.matcher.fairness.FairnessAudit;
import org.threegaps.matcher.fairness.FairnessReport;
import org.threegaps.matcher.fairness.Groups;
import org.threegaps.matcher.fairness.Population;
import org.threegaps.matcher.json.Json;
import org.threegaps.matcher.result.Verdict;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * {@code matcher fairness}: selection rates per group against the best group (four-fifths rule) and the
 * blockers that fall on one group. Groups come from outside the model and are joined after scoring.
 */
@Command(name = "fairness", mixinStandardHelpOptions = true,
        description = {"Score a population and compare selection rates between groups (four-fifths rule); name the "
                + "blocker rules that fall on one group more than on the rest.",
                "--population: a folder with candidates/ and jobs/, or a JSON file {\"candidates\":[…],\"jobs\":[…]}.",
                "Groups: --groups <csv with candidateId,group> (kept outside the model), or --by-need (one group per "
                        + "declared functional need)."})
final class FairnessCommand extends BaseCommand {
    @Option(names = "--population", required = true, paramLabel = "<dir|file>", description = "the candidates and jobs")
    Path population;

    @Option(names = "--groups", paramLabel = "<file.csv>", description = "candidateId,group per line")
    Path groupsFile;

    @Option(names = "--by-need", description = "one group per declared functional need")
    boolean byNeed;

    @Option(names = "--threshold", paramLabel = "<verdict>", defaultValue = "MATCH_WITH_SUPPORT",
            description = "the verdict that counts as selected (default: ${DEFAULT-VALUE}): ${COMPLETION-CANDIDATES}")
    Verdict threshold = Verdict.MATCH_WITH_SUPPORT;

    @Option(names = "--json", description = "write the report as JSON")
    boolean json;

    @Mixin
    RuleOptions rules;

    @Mixin
    LanguageOption language;

    @Override
    public Integer call() {
        if ((groupsFile == null) == !byNeed) {
            throw new ParameterException(spec.commandLine(), "give either --groups <file.csv> or --by-need");
        }
        Texts texts = language.texts();
        Population people = Files.isDirectory(population)
                ? new Population(Inputs.candidates(population.resolve("candidates"), texts),
                        Inputs.jobs(population.resolve("jobs"), texts))
                : Population.read(population);
        Groups groups = byNeed ? Groups.byFunctionalNeed(people.candidates()) : Groups.read(groupsFile);
        FairnessReport report = FairnessAudit.run(rules.matcher(texts), people, groups, threshold);
        out().println(json ? Json.write(report) : report.toText());
        return ExitCodes.OK;
    }
}
