package org.threegaps.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.threegaps.matcher.Matcher;
import org.threegaps.matcher.ResultTexts;
import org.threegaps.matcher.internal.MatcherInternals;
import org.threegaps.matcher.audit.Audit;
import org.threegaps.matcher.audit.AuditedResult;
import org.threegaps.matcher.audit.Replay;
import org.threegaps.matcher.audit.ReplayReport;
import org.threegaps.matcher.RuleSource;
import org.threegaps.matcher.i18n.Messages;
import org.threegaps.matcher.json.JsonInputException;
import org.threegaps.matcher.result.Finding;
import org.threegaps.matcher.result.Gap;
import org.threegaps.matcher.result.GapScore;
import org.threegaps.matcher.result.Lever;
import org.threegaps.matcher.result.MatchResult;
import org.threegaps.matcher.result.Verdict;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code matcher replay kept.json [--rules <dir>] [--set key=value]}: re-scores the candidate and job of a
 * decision kept by {@code matcher match --keep} and says whether the result is the same; when it is not,
 * what changed (verdict, scores, findings gone, new or changed, actions, unknowns). Exit codes as
 * {@code diff}: 0 same, 1 different, 2 could not compare.
 */
@Command(name = "replay", mixinStandardHelpOptions = true,
        description = {"Check a kept decision: score the candidate and job kept by \"matcher match --keep\" again, "
                + "with the bundled rule set or --rules/--set, and say whether the result is the same and, if not, "
                + "what changed."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:same result", "1:different result, or the kept inputs were changed after the decision",
                "2:could not replay: the kept file is missing or not a kept result, the rules are refused, wrong usage"})
final class ReplayCommand extends BaseCommand {
    @Parameters(index = "0", paramLabel = "<kept.json>", description = "a file written by \"matcher match --keep\"")
    Path keptFile;

    @Mixin
    RuleOptions rules;

    @Mixin
    LanguageOption language;

    // 1 already means "different"
    @Override
    int failureExitCode() {
        return ExitCodes.CANNOT_COMPARE;
    }

    @Override
    public Integer call() {
        Texts texts = language.texts();
        AuditedResult kept = read(keptFile, texts);
        RuleSource source = rules.source(texts);
        Matcher matcher = explaining(Rules.matcher(source, texts), texts);
        MatchResult now = matcher.match(kept.candidate(), kept.job());
        ReplayReport report = Replay.compare(kept, AuditedResult.of(now));
        print(kept, now, report, ruleSetName(texts), matcher.texts(), MatcherInternals.ruleBase(matcher).messages(), texts);
        return report.identical() && report.inputsIntact() ? ExitCodes.SAME : ExitCodes.DIFFERENT;
    }

    /**
     * @return the decision kept in {@code file}
     * @throws UserError with the located JSON problem and what a kept file holds, when it is not one
     */
    static AuditedResult read(Path file, Texts texts) {
        if (!Files.isRegularFile(file)) {
            throw new UserError(texts.get("input.notFound", file));
        }
        String text;
        try {
            text = Files.readString(file);
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new UserError(List.of(texts.get("replay.notUtf8", file), texts.get("replay.notKept", file)));
        } catch (IOException e) {
            throw new UserError(texts.get("replay.cannotRead", file, e.getClass().getSimpleName()));
        }
        try {
            return AuditedResult.fromJson(file.toString(), text);
        } catch (JsonInputException e) {
            throw new UserError(List.of(e.getMessage(), texts.get("replay.notKept", file)));
        }
    }

    private String ruleSetName(Texts texts) {
        String name = rules.directory == null ? texts.get("rules.bundled") : rules.directory.toString();
        return rules.overrides.isEmpty() ? name : name + texts.get("impact.and") + ParameterOverrides.describe(rules.overrides);
    }

    /**
     * {@code words} render the new result; {@code messages}, the same rule set's, render the kept findings too,
     * which may come from a rule set that is no longer in service.
     */
    private void print(AuditedResult kept, MatchResult now, ReplayReport report, String ruleSetName, ResultTexts words,
                       Messages messages, Texts texts) {
        Locale locale = texts.locale();
        PrintWriter out = out();
        Audit was = report.recorded();
        Audit is = report.replayed();
        out.println(texts.get("replay.title", keptFile, ResultText.describe(kept.candidate()), ResultText.describe(kept.job())));
        out.println("  " + texts.get("replay.kept", was.ruleSetFingerprint(), was.libraryVersion()));
        out.println("  " + texts.get("replay.now", is.ruleSetFingerprint(), ruleSetName, is.libraryVersion()));
        if (!report.inputsIntact()) {
            out.println(texts.get("replay.inputsEdited", keptFile, is.inputDigest(), was.inputDigest()));
        }
        if (!report.sameRuleSet()) {
            out.println(texts.get("replay.otherRuleSet"));
        }
        if (!report.sameLibraryVersion()) {
            out.println(texts.get("replay.otherVersion"));
        }
        if (report.identical()) {
            out.println(texts.get("replay.same", ResultText.verdict(now, words, locale), words.score(now, locale)));
            return;
        }
        out.println(texts.get("replay.different"));
        AuditedResult.Outcome before = kept.outcome();
        AuditedResult.Outcome after = AuditedResult.Outcome.of(now);
        if (before.verdict() != after.verdict()) {
            out.println("  " + texts.get("replay.verdict", verdict(words, before.verdict(), locale), verdict(words, after.verdict(), locale)));
        }
        if (before.overallScore() != after.overallScore()) {
            out.println("  " + texts.get("replay.overall", before.overallScore(), after.overallScore()));
        }
        for (Gap gap : Gap.values()) {
            GapScore b = before.gapScores().get(gap);
            GapScore a = after.gapScores().get(gap);
            if (!Objects.equals(b, a)) {
                out.println("  " + texts.get("replay.gap", words.label("gap." + gap.name(), locale), score(b, texts), score(a, texts)));
            }
        }
        printFindings(out, before, after, report, messages, texts);
        if (!before.suggestedActions().equals(after.suggestedActions())) {
            List<Lever> dropped = before.suggestedActions().stream().filter(l -> !after.suggestedActions().contains(l)).toList();
            List<Lever> added = after.suggestedActions().stream().filter(l -> !before.suggestedActions().contains(l)).toList();
            if (!dropped.isEmpty()) {
                out.println("  " + texts.get("replay.actionsGone", leverNames(messages, dropped, locale, texts)));
            }
            if (!added.isEmpty()) {
                out.println("  " + texts.get("replay.actionsNew", leverNames(messages, added, locale, texts)));
            }
            if (dropped.isEmpty() && added.isEmpty()) {
                out.println("  " + texts.get("replay.actionsOrder"));
            }
        }
        if (!before.unknowns().equals(after.unknowns())) {
            out.println("  " + texts.get("replay.unknowns", unknowns(words, before.unknowns(), locale, texts),
                    unknowns(words, after.unknowns(), locale, texts)));
        }
    }

    /** Findings that changed only in points, gap or levers are shown as one "~" line, the others as "−" and "+". */
    private static void printFindings(PrintWriter out, AuditedResult.Outcome before, AuditedResult.Outcome after,
                                      ReplayReport report, Messages messages, Texts texts) {
        List<Finding> gone = new ArrayList<>(report.onlyRecorded());
        List<Finding> fresh = new ArrayList<>(report.onlyReplayed());
        if (gone.isEmpty() && fresh.isEmpty()) {
            if (!before.findings().equals(after.findings())) {
                out.println("  " + texts.get("replay.order"));
            }
            return;
        }
        out.println("  " + texts.get("replay.findings"));
        Locale locale = texts.locale();
        for (Finding was : List.copyOf(gone)) {
            Finding is = fresh.stream().filter(f -> sameStatement(was, f)).findFirst().orElse(null);
            if (is == null) {
                continue;
            }
            gone.remove(was);
            fresh.remove(is);
            out.println(String.format(Locale.ROOT, "    ~ %s %-6s %11s  %s", ResultText.sign(is.kind()), is.ruleId(),
                    ResultText.points(was) + " → " + ResultText.points(is), text(messages, is, locale, texts)));
            if (was.gap() != is.gap()) {
                out.println("               " + texts.get("replay.findingGap", messages.text("gap." + was.gap().name(), locale),
                        messages.text("gap." + is.gap().name(), locale)));
            }
            if (!was.levers().equals(is.levers())) {
                out.println("               " + texts.get("replay.findingLevers", leverNames(messages, was.levers(), locale, texts),
                        leverNames(messages, is.levers(), locale, texts)));
            }
        }
        gone.forEach(f -> out.println("    − " + line(messages, f, locale, texts)));
        fresh.forEach(f -> out.println("    + " + line(messages, f, locale, texts)));
    }

    /** @return true when both say the same thing (rule, kind, text) and differ only in weight, gap or levers */
    private static boolean sameStatement(Finding a, Finding b) {
        return a.ruleId().equals(b.ruleId()) && a.kind() == b.kind() && a.messageKey().equals(b.messageKey())
                && a.args().equals(b.args());
    }

    private static String line(Messages messages, Finding f, Locale locale, Texts texts) {
        return String.format(Locale.ROOT, "%s %-6s %4s  %s", ResultText.sign(f.kind()), f.ruleId(), ResultText.points(f),
                text(messages, f, locale, texts));
    }

    /** A kept finding of a rule the current rule set no longer has still gets a line, with its arguments. */
    private static String text(Messages messages, Finding f, Locale locale, Texts texts) {
        if (messages.has(f.messageKey(), locale)) {
            return messages.finding(f, locale);
        }
        return texts.get("replay.noText", String.join(", ", f.args().stream().map(a -> messages.show(a, locale)).toList()));
    }

    private static String verdict(ResultTexts words, Verdict verdict, Locale locale) {
        return words.label("verdict." + verdict.name(), locale);
    }

    private static String score(GapScore score, Texts texts) {
        if (score == null) {
            return "-";
        }
        String detail = ResultText.gapDetail(score, texts);
        return detail.isEmpty() ? String.valueOf(score.score()) : score.score() + " (" + detail + ")";
    }

    private static String leverNames(Messages messages, List<Lever> levers, Locale locale, Texts texts) {
        return levers.isEmpty() ? texts.get("result.none")
                : String.join("; ", levers.stream().map(l -> messages.text("lever." + l.name(), locale)).toList());
    }

    private static String unknowns(ResultTexts words, List<String> unknowns, Locale locale, Texts texts) {
        return unknowns.isEmpty() ? texts.get("result.none")
                : String.join(", ", unknowns.stream().map(u -> words.field(u, locale)).toList());
    }
}
