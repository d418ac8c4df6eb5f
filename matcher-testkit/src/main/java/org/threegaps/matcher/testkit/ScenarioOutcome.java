package org.threegaps.matcher.testkit;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.threegaps.matcher.ResultTexts;
import org.threegaps.matcher.result.MatchResult;

/**
 * What running one scenario file gave.
 *
 * @param file     the scenario file
 * @param name     the scenario's name, or the file name when it could not be read
 * @param failures the broken expectations (or the reading error), empty when it passed
 * @param result   the match result, or null when the scenario could not be run
 * @param texts    the texts of the matcher that scored the result, to show its findings; null when the scenario
 *                 could not be run
 */
public record ScenarioOutcome(Path file, String name, List<String> failures, MatchResult result, ResultTexts texts) {
    /**
     * @param file     the scenario file
     * @param name     the scenario's name, or the file name when it could not be read
     * @param failures the broken expectations (or the reading error), empty when it passed
     * @param result   the match result, or null when the scenario could not be run
     * @param texts    the texts of the matcher that scored the result, to show its findings; null when the
     *                 scenario could not be run
     * @throws NullPointerException when {@code failures} is null or holds null, or a result is given without texts
     */
    public ScenarioOutcome {
        failures = List.copyOf(failures);
        if (result != null) {
            java.util.Objects.requireNonNull(texts, "texts");
        }
    }

    /** @return true when every expectation held */
    public boolean passed() {
        return failures.isEmpty();
    }

    /** @return a report: the file, each broken expectation, and the findings that were produced */
    public String report() {
        StringBuilder out = new StringBuilder();
        out.append(passed() ? "PASS " : "FAIL ").append(file).append(" (").append(name).append(")");
        failures.forEach(f -> out.append("\n  - ").append(f));
        if (!passed() && result != null) {
            out.append("\n  result: ").append(result.verdict())
                    .append(result.provisional() ? " (provisional, to ask " + result.toAsk() + ")" : "")
                    .append(", open essential gaps ").append(result.openEssentialGaps())
                    .append(", points ").append(result.overallScore())
                    .append(", skill ").append(result.score(org.threegaps.matcher.result.Gap.SKILL))
                    .append(", search ").append(result.score(org.threegaps.matcher.result.Gap.SEARCH))
                    .append(", organisation ").append(result.score(org.threegaps.matcher.result.Gap.ORGANISATION));
            out.append("\n  findings:").append(result.findings().isEmpty() ? " none" : "");
            result.findings().forEach(f -> out.append("\n    ").append(f.ruleId()).append(' ').append(f.kind())
                    .append(f.points() == 0 ? "" : " " + f.points()).append(": ")
                    .append(texts.finding(result, f, Locale.forLanguageTag("nl"))));
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return report().lines().limit(1).collect(Collectors.joining());
    }
}
