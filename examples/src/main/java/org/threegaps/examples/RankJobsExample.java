package org.threegaps.examples;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import org.threegaps.matcher.Matcher;
import org.threegaps.matcher.ResultTexts;
import org.threegaps.matcher.geo.Gazetteer;
import org.threegaps.matcher.model.Candidate;
import org.threegaps.matcher.model.Job;
import org.threegaps.matcher.model.Location;
import org.threegaps.matcher.result.Finding;
import org.threegaps.matcher.result.Gap;
import org.threegaps.matcher.result.Kind;
import org.threegaps.matcher.result.Lever;
import org.threegaps.matcher.result.MatchResult;
import org.threegaps.matcher.result.Verdict;

/**
 * Ranks the bundled jobs for a few candidates and prints, for the best ones, what a case worker needs:
 * the verdict, a score per gap, what fits, what stands in the way with the levers that would lift it,
 * and the suggested actions. Dutch by default.
 *
 * <pre>
 * mvn -q -B -pl examples -am compile exec:java                         # Dutch, the default personas
 * mvn -q -B -pl examples -am compile exec:java -Dexec.args="en ch ci"  # English, Ch. and Ci
 * mvn -q -B -pl examples -am compile exec:java -Dexec.args="--rules /tmp/my-rules ch"  # an edited copy of the rules
 * </pre>
 */
public final class RankJobsExample {
    /** The personas shown when no candidate ids are given. */
    static final List<String> DEFAULT_CANDIDATES = List.of("ch", "nienke", "ci");
    /** How many jobs are shown per candidate. */
    static final int TOP = 3;

    private final Locale locale;
    private final Path rules;
    private final ResourceBundle texts;
    private final PrintStream out;

    /** @param rules a rules directory, or null for the default rule set */
    RankJobsExample(Locale locale, Path rules, PrintStream out) {
        this.locale = locale;
        this.rules = rules;
        this.texts = ResourceBundle.getBundle("org.threegaps.examples.report", locale);
        this.out = out;
    }

    /**
     * Runs the example.
     *
     * @param args optional "nl" or "en"; optional "--rules DIR" to score with the rule files of a directory
     *             (an analyst's edited copy) instead of the default rule set; then optional candidate ids
     *             (file names in {@code data/candidates/} without ".json")
     */
    public static void main(String[] args) {
        Locale locale = Locale.forLanguageTag("nl");
        Path rules = null;
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("nl") || args[i].equals("en")) {
                locale = Locale.forLanguageTag(args[i]);
            } else if (args[i].equals("--rules")) {
                if (i + 1 == args.length) {
                    throw new IllegalArgumentException("--rules needs a directory, such as matcher-rules/src/main/resources/threegaps/rules");
                }
                rules = Path.of(args[++i]);
            } else {
                ids.add(args[i]);
            }
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        new RankJobsExample(locale, rules, out).run(ids.isEmpty() ? DEFAULT_CANDIDATES : ids);
    }

    /** Ranks the bundled jobs for each candidate and prints the best {@link #TOP}. */
    void run(List<String> candidateIds) {
        Matcher matcher = (rules == null ? Matcher.withDefaultRules() : Matcher.withRules(rules)).locale(locale).build();
        List<Job> jobs = ExampleData.jobs();
        out.println(texts.getString("title"));
        out.println(format("ruleset", matcher.fingerprint(), jobs.size()));
        if (rules != null) {
            out.println(format("rules", rules));
        }
        for (String id : candidateIds) {
            Candidate candidate = ExampleData.candidate(id);
            List<MatchResult> all = matcher.rankJobs(candidate, jobs).all();
            printCandidate(candidate, all, matcher.texts());
            for (int i = 0; i < Math.min(TOP, all.size()); i++) {
                printResult(i + 1, all.get(i), matcher.texts());
            }
        }
    }

    private void printCandidate(Candidate candidate, List<MatchResult> all, ResultTexts t) {
        out.println();
        out.println("=".repeat(100));
        out.println(format("candidate", candidate.name() == null ? candidate.id() : candidate.name(), candidate.id()));
        if (candidate.notes() != null) {
            out.println("  " + candidate.notes());
        }
        String modes = candidate.transportModes().stream().map(m -> texts.getString("mode." + m)).collect(Collectors.joining(", "));
        out.println("  " + (candidate.home() == null ? texts.getString("home.unknown")
                : format("home", place(candidate.home()), modes.isEmpty() ? texts.getString("none") : modes,
                candidate.maxCommuteMinutes() == null ? "?" : candidate.maxCommuteMinutes())));
        Map<Verdict, Long> counts = new EnumMap<>(Verdict.class);
        all.forEach(r -> counts.merge(r.verdict(), 1L, Long::sum));
        String overview = counts.entrySet().stream()
                .map(e -> e.getValue() + " " + t.label("verdict." + e.getKey(), locale))
                .collect(Collectors.joining(", "));
        out.println("  " + format("overview", all.size(), overview));
        out.println("=".repeat(100));
    }

    private void printResult(int rank, MatchResult r, ResultTexts t) {
        Job job = r.job();
        out.println();
        out.println(format("job", rank, job.title(), job.employer() == null ? "" : job.employer(),
                job.location() == null ? "?" : place(job.location())));
        String verdict = t.label("verdict." + r.verdict(), locale);
        // the score in words: never bare points beside "not yet"
        out.println("   " + format("verdict", r.provisional()
                ? verdict + " (" + t.label("verdict.provisional", locale) + ")" : verdict, t.score(r, locale)));
        if (!r.toAsk().isEmpty()) {
            out.println("   " + t.label("toAsk", locale) + ": " + r.toAsk().stream()
                    .map(u -> t.field(u, locale))
                    .collect(Collectors.joining(", ")));
        }
        out.println("   " + java.util.Arrays.stream(Gap.values())
                .map(gap -> t.label("gap." + gap, locale) + " " + r.score(gap)
                        + (r.gapScore(gap).blocked() ? " (" + t.label("kind.BLOCKER", locale) + ")" : ""))
                .collect(Collectors.joining(" | ")));
        section(r, t, "strengths", r.findings().stream().filter(f -> f.kind() == Kind.BONUS).toList());
        section(r, t, "findings", r.findings().stream()
                .filter(f -> f.kind() == Kind.BLOCKER || f.kind() == Kind.BRIDGED || f.kind() == Kind.PENALTY).toList());
        section(r, t, "information", r.findings().stream().filter(f -> f.kind() == Kind.INFORMATION).toList());
        if (!r.suggestedActions().isEmpty()) {
            out.println("   " + texts.getString("actions") + ": " + levers(t, r.suggestedActions()));
        }
        if (!r.unknowns().isEmpty()) {
            out.println("   " + format("unknowns", r.unknowns().stream()
                    .map(u -> t.field(u, locale))
                    .collect(Collectors.joining(", "))));
        }
    }

    private void section(MatchResult r, ResultTexts t, String heading, List<Finding> findings) {
        if (findings.isEmpty()) {
            return;
        }
        out.println("   " + texts.getString(heading));
        for (Finding f : findings) {
            String mark = switch (f.kind()) {
                case BLOCKER -> "x";
                case BRIDGED -> "~";
                case PENALTY -> "-";
                case BONUS -> "+";
                case INFORMATION -> "i";
            };
            String points = f.kind() == Kind.PENALTY || f.kind() == Kind.BRIDGED ? " " + format("points", f.points())
                    : f.kind() == Kind.BONUS ? " +" + f.points() : "";
            out.println("     " + mark + " [" + f.ruleId() + ", " + t.label("gap." + f.gap(), locale) + points + "] "
                    + t.finding(r, f, locale));
            if (f.kind() != Kind.BONUS && !f.levers().isEmpty()) {
                out.println("         -> " + format("levers", levers(t, f.levers())));
            }
        }
    }

    private String levers(ResultTexts t, List<Lever> levers) {
        return levers.stream()
                .map(l -> t.label("lever." + l, locale) + " (" + texts.getString("side." + l.side()) + ")")
                .collect(Collectors.joining("; "));
    }

    private String place(Location location) {
        if (location.postcode() == null) {
            return String.format(Locale.ROOT, "%.3f, %.3f", location.latitude(), location.longitude());
        }
        return location.postcode() + " " + Gazetteer.find(location.postcode()).map(Gazetteer.Place::name).orElse("");
    }

    private String format(String key, Object... args) {
        return new MessageFormat(texts.getString(key), locale).format(args);
    }
}
