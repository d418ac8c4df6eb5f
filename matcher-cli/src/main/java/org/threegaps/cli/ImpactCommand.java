package org.threegaps.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.threegaps.matcher.Matcher;
import org.threegaps.matcher.ResultTexts;
import org.threegaps.matcher.RuleSource;
import org.threegaps.matcher.json.Json;
import org.threegaps.matcher.model.Candidate;
import org.threegaps.matcher.model.Job;
import org.threegaps.matcher.result.Finding;
import org.threegaps.matcher.result.Gap;
import org.threegaps.matcher.result.MatchResult;
import org.threegaps.matcher.result.Verdict;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * {@code matcher impact}: scores a population with the rule set before and after a change (an edited rules
 * folder, or {@code --set key=value}) and reports what changed: verdicts, score shifts per gap, which rules
 * fire, and the most changed pairs with the findings that appeared and disappeared.
 */
@Command(name = "impact", mixinStandardHelpOptions = true,
        description = {"See what a rule or parameter change does before it merges: every candidate is scored "
                + "against every job with the rule set before and after the change.",
                "The change is an edited rules folder (--after) and/or parameter values (--set); "
                        + "--before defaults to the bundled rule set."})
final class ImpactCommand extends BaseCommand {
    /** Output formats. */
    enum Format { text, json }

    @Option(names = "--before", paramLabel = "<dir>", description = "the rules folder before the change (default: the bundled rule set)")
    Path beforeDirectory;

    @Option(names = "--after", paramLabel = "<dir>", description = "the rules folder after the change (default: the --before rules)")
    Path afterDirectory;

    @Option(names = "--set", paramLabel = "<key=value>",
            description = "a parameter value after the change, e.g. --set commute.default.maxMinutes=75 (repeatable)")
    Map<String, String> overrides = new LinkedHashMap<>();

    @Option(names = "--population", paramLabel = "<dir>",
            description = "a folder with candidates/ and jobs/ folders of JSON files (like examples/src/main/resources/data)")
    Path population;

    @Option(names = "--candidates", paramLabel = "<folder|file>", description = "the candidates, instead of --population")
    Path candidatesPath;

    @Option(names = "--jobs", paramLabel = "<folder|file>", description = "the jobs, instead of --population")
    Path jobsPath;

    @Option(names = "--top", paramLabel = "<n>", defaultValue = "10",
            description = "how many of the most changed pairs to show in full (default: ${DEFAULT-VALUE})")
    int top = 10;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text", description = "text (default) or json")
    Format format = Format.text;

    @Mixin
    LanguageOption language;

    @Override
    public Integer call() {
        if (afterDirectory == null && overrides.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "nothing to compare: give --after <dir> and/or --set key=value");
        }
        if ((population == null) == (candidatesPath == null && jobsPath == null)
                || population == null && (candidatesPath == null || jobsPath == null)) {
            throw new ParameterException(spec.commandLine(), "give --population <dir>, or --candidates and --jobs");
        }
        if (top < 0) {
            throw new ParameterException(spec.commandLine(), "--top must not be negative, was " + top);
        }
        Texts texts = language.texts();
        RuleSource before = beforeDirectory == null ? RuleSource.defaults() : Rules.read(beforeDirectory, texts);
        RuleSource after = ParameterOverrides.apply(afterDirectory == null ? before : Rules.read(afterDirectory, texts),
                overrides, texts);
        List<Candidate> candidates = Inputs.candidates(population != null ? population.resolve("candidates") : candidatesPath, texts);
        List<Job> jobs = Inputs.jobs(population != null ? population.resolve("jobs") : jobsPath, texts);
        Matcher old = explaining(Rules.matcher(before, texts), texts);
        Matcher now = explaining(Rules.matcher(after, texts), texts);
        Impact impact = Impact.of(old, now, candidates, jobs);
        if (format == Format.json) {
            out().println(Json.write(json(impact, old.texts(), now.texts(), texts.locale())));
        } else {
            text(impact, old.texts(), now.texts(), texts);
        }
        return ExitCodes.OK;
    }

    private String change(Texts texts) {
        List<String> parts = new ArrayList<>();
        if (afterDirectory != null) {
            parts.add(afterDirectory.toString());
        }
        if (!overrides.isEmpty()) {
            parts.add(ParameterOverrides.describe(overrides));
        }
        return String.join(texts.get("impact.and"), parts);
    }

    /** {@code was} are the texts of the rule set before the change, {@code is} those after it. */
    private void text(Impact impact, ResultTexts was, ResultTexts is, Texts texts) {
        Locale locale = texts.locale();
        var out = out();
        out.println(texts.get("impact.title", change(texts), impact.candidates(), impact.jobs(), impact.pairs()));
        out.println("  " + texts.get("impact.before", Rules.describe(impact.beforeRules(), texts), impact.beforeRules().fingerprint()));
        String afterName = afterDirectory == null ? Rules.describe(impact.beforeRules(), texts) : afterDirectory.toString();
        if (!overrides.isEmpty()) {
            afterName += texts.get("impact.and") + ParameterOverrides.describe(overrides);
        }
        out.println("  " + texts.get("impact.after", afterName, impact.afterRules().fingerprint()));
        List<String[]> parameters = impact.changedParameters();
        if (!parameters.isEmpty()) {
            out.println();
            out.println(texts.get("impact.parameters"));
            Table table = new Table("", "", "", "");
            parameters.forEach(p -> table.row(p[0], p[1] == null ? "-" : p[1], "→", p[2] == null ? "-" : p[2]));
            table.print(out, "  ");
        }
        if (!impact.changedFiles().isEmpty()) {
            out.println(texts.get("impact.files", String.join(", ", impact.changedFiles())));
        }
        out.println();
        out.println(texts.get("impact.summary", impact.changed().size(), impact.pairs(), impact.verdictChanges()));
        if (impact.changed().isEmpty()) {
            return;
        }
        out.println();
        Table verdicts = new Table(texts.get("impact.verdicts"), ">" + texts.get("impact.col.before"),
                ">" + texts.get("impact.col.after"), ">");
        impact.verdicts().forEach((v, n) -> verdicts.row(label(v, is, locale), n[0], n[1], signed(n[1] - n[0])));
        verdicts.print(out, "  ");
        if (!impact.transitions().isEmpty()) {
            out.println();
            out.println(texts.get("impact.transitions"));
            Table transitions = new Table("", "", "", ">");
            for (Map.Entry<String, Integer> t : impact.transitions()) {
                String[] fromTo = t.getKey().split(" ");
                transitions.row(label(Verdict.valueOf(fromTo[0]), is, locale), "→", label(Verdict.valueOf(fromTo[1]), is, locale), t.getValue());
            }
            transitions.print(out, "  ");
        }
        out.println();
        out.println(texts.get("impact.shifts"));
        Table shifts = new Table("", ">" + texts.get("impact.col.pairs"), ">" + texts.get("impact.col.smallest"),
                ">" + texts.get("impact.col.largest"), ">" + texts.get("impact.col.mean"));
        for (Impact.Shift s : impact.shifts()) {
            String name = s.gap() == null ? texts.get("impact.overall") : is.label("gap." + s.gap().name(), locale);
            if (s.pairs() == 0) {
                shifts.row(name, 0);
            } else {
                shifts.row(name, s.pairs(), String.format(Locale.ROOT, "%+d", s.smallest()), String.format(Locale.ROOT, "%+d", s.largest()),
                        String.format(Locale.ROOT, "%+.1f", s.mean()));
            }
        }
        shifts.print(out, "  ");
        if (!impact.firings().isEmpty()) {
            out.println();
            out.println(texts.get("impact.firings"));
            Table firings = new Table("", ">" + texts.get("impact.col.before"), ">" + texts.get("impact.col.after"), ">");
            impact.firings().forEach(f -> firings.row(f.ruleId(), f.before(), f.after(), signed(f.after() - f.before())));
            firings.print(out, "  ");
        }
        List<Impact.PairChange> most = impact.mostChanged(top);
        if (!most.isEmpty()) {
            out.println();
            out.println(texts.get("impact.most", most.size()));
            for (Impact.PairChange p : most) {
                out.println();
                MatchResult b = p.before();
                MatchResult a = p.after();
                out.println("  " + texts.get("impact.pair", b.candidateId(), b.jobId(),
                        ResultText.verdict(b, was, locale), was.score(b, locale), ResultText.verdict(a, is, locale),
                        is.score(a, locale)));
                out.println("    " + texts.get("impact.pairGaps", b.score(Gap.SKILL), a.score(Gap.SKILL),
                        b.score(Gap.SEARCH), a.score(Gap.SEARCH), b.score(Gap.ORGANISATION), a.score(Gap.ORGANISATION)));
                for (Finding f : p.removed()) {
                    out.println("    " + texts.get("impact.removed") + ResultText.findingLine(b, f, was, locale).substring(1));
                }
                for (Finding f : p.added()) {
                    out.println("    " + texts.get("impact.added") + ResultText.findingLine(a, f, is, locale).substring(1));
                }
            }
        }
    }

    private static String label(Verdict verdict, ResultTexts words, Locale locale) {
        return words.label("verdict." + verdict.name(), locale);
    }

    private static String signed(int n) {
        return n == 0 ? "" : String.format(Locale.ROOT, "%+d", n);
    }

    private Map<String, Object> json(Impact impact, ResultTexts was, ResultTexts is, Locale locale) {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("before", Map.of("rules", impact.beforeRules().origin(), "fingerprint", impact.beforeRules().fingerprint()));
        report.put("after", Map.of("rules", impact.afterRules().origin(), "fingerprint", impact.afterRules().fingerprint()));
        List<Map<String, String>> parameters = new ArrayList<>();
        for (String[] p : impact.changedParameters()) {
            Map<String, String> entry = new LinkedHashMap<>();
            entry.put("key", p[0]);
            entry.put("before", p[1]);
            entry.put("after", p[2]);
            parameters.add(entry);
        }
        report.put("changedParameters", parameters);
        report.put("changedFiles", impact.changedFiles());
        report.put("candidates", impact.candidates());
        report.put("jobs", impact.jobs());
        report.put("pairs", impact.pairs());
        report.put("changedPairs", impact.changed().size());
        report.put("verdictChanges", impact.verdictChanges());
        Map<String, Map<String, Integer>> verdicts = new LinkedHashMap<>();
        impact.verdicts().forEach((v, n) -> verdicts.put(v.name(), Map.of("before", n[0], "after", n[1])));
        report.put("verdicts", verdicts);
        List<Map<String, Object>> transitions = new ArrayList<>();
        for (Map.Entry<String, Integer> t : impact.transitions()) {
            String[] fromTo = t.getKey().split(" ");
            transitions.add(Map.of("from", fromTo[0], "to", fromTo[1], "pairs", t.getValue()));
        }
        report.put("transitions", transitions);
        Map<String, Impact.Shift> shifts = new LinkedHashMap<>();
        impact.shifts().forEach(s -> shifts.put(s.gap() == null ? "OVERALL" : s.gap().name(), s));
        report.put("shifts", shifts);
        report.put("firings", impact.firings());
        List<Map<String, Object>> most = new ArrayList<>();
        for (Impact.PairChange p : impact.mostChanged(top)) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("candidate", p.before().candidateId());
            entry.put("job", p.before().jobId());
            entry.put("before", was.document(p.before(), locale));
            entry.put("after", is.document(p.after(), locale));
            entry.put("removed", p.removed().stream().map(Finding::ruleId).toList());
            entry.put("added", p.added().stream().map(Finding::ruleId).toList());
            most.add(entry);
        }
        report.put("mostChanged", most);
        return report;
    }
}
