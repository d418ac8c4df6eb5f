package org.threegaps.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.threegaps.matcher.ResultTexts;
import org.threegaps.matcher.model.Candidate;
import org.threegaps.matcher.model.Job;
import org.threegaps.matcher.result.Finding;
import org.threegaps.matcher.result.Gap;
import org.threegaps.matcher.result.GapScore;
import org.threegaps.matcher.result.Kind;
import org.threegaps.matcher.result.Lever;
import org.threegaps.matcher.result.MatchResult;

/**
 * Writes one explained result for a terminal: verdict (marked when provisional, with what to ask first), the
 * score in words (never bare points beside "not yet"), gap scores, each finding with its rule id, levers.
 */
final class ResultText {
    private ResultText() {
    }

    /** Prints the whole explanation of {@code result}, in the words of the matcher that scored it. */
    static void print(PrintWriter out, MatchResult result, ResultTexts words, Texts texts) {
        Locale locale = texts.locale();
        out.println(texts.get("result.title", describe(result.candidate()), describe(result.job())));
        out.println(texts.get("result.verdict", verdict(result, words, locale), words.score(result, locale)));
        if (!result.toAsk().isEmpty()) {
            out.println("  " + toAsk(result, words, locale));
        }
        Table gaps = new Table("", ">", "");
        for (Gap gap : Gap.values()) {
            GapScore score = result.gapScore(gap);
            gaps.row(words.label("gap." + gap.name(), locale), score.score(), gapDetail(score, texts));
        }
        gaps.print(out, "  ");
        out.println(texts.get("result.findings"));
        if (result.findings().isEmpty()) {
            out.println("  " + texts.get("result.none"));
        }
        for (Finding f : ordered(result)) {
            out.println(findingLine(result, f, words, locale));
            if (!f.levers().isEmpty()) {
                out.println("             " + texts.get("result.levers", levers(words, f.levers(), locale)));
            }
        }
        if (!result.suggestedActions().isEmpty()) {
            out.println(texts.get("result.actions", levers(words, result.suggestedActions(), locale)));
        }
        if (!result.unknowns().isEmpty()) {
            out.println(texts.get("result.unknowns", String.join(", ",
                    result.unknowns().stream().map(u -> words.field(u, locale)).toList())));
        }
        out.println(texts.get("result.ruleSet", result.fingerprint()));
    }

    /** @return the verdict in words, marked when it is provisional: "match with support (provisional)" */
    static String verdict(MatchResult result, ResultTexts words, Locale locale) {
        String verdict = words.label("verdict." + result.verdict().name(), locale);
        return result.provisional() ? verdict + " (" + words.label("verdict.provisional", locale) + ")" : verdict;
    }

    /** @return what to ask first, in words: "Ask first: the candidate's transport modes" */
    static String toAsk(MatchResult result, ResultTexts words, Locale locale) {
        return words.label("toAsk", locale) + ": " + String.join(", ",
                result.toAsk().stream().map(u -> words.field(u, locale)).toList());
    }

    /** @return one finding as a line: sign, rule id, points, text */
    static String findingLine(MatchResult result, Finding f, ResultTexts words, Locale locale) {
        return String.format(Locale.ROOT, "  %s %-6s %4s  %s", sign(f.kind()), f.ruleId(), points(f),
                words.finding(result, f, locale));
    }

    /** @return strengths first, then blockers, penalties and information, as {@link ResultTexts#explain} does */
    static List<Finding> ordered(MatchResult result) {
        return Stream.concat(result.strengths().stream(),
                result.findings().stream().filter(f -> f.kind() != Kind.BONUS)).toList();
    }

    static String sign(Kind kind) {
        return switch (kind) {
            case BONUS -> "+";
            case BLOCKER -> "✗";
            case BRIDGED -> "~";
            case PENALTY -> "−";
            case INFORMATION -> "i";
        };
    }

    static String points(Finding f) {
        return switch (f.kind()) {
            case PENALTY, BRIDGED -> "-" + f.points();
            case BONUS -> "+" + f.points();
            default -> "";
        };
    }

    private static String levers(ResultTexts words, List<Lever> levers, Locale locale) {
        return String.join("; ", levers.stream().map(l -> words.label("lever." + l.name(), locale)).toList());
    }

    /** @return the candidate's id, with the name when it says more: "amira (Amira)" */
    static String describe(Candidate candidate) {
        return name(candidate.id(), candidate.name());
    }

    /** @return the job's id with title and employer: "kassa-genk (Kassamedewerker, Supermarkt Genk)" */
    static String describe(Job job) {
        String employer = job.employer();
        return name(job.id(), employer == null ? job.title() : job.title() + ", " + employer);
    }

    /** @return "−15", "+5", "−15 +5, 1 blocker" or "": what went into a gap score */
    static String gapDetail(GapScore score, Texts texts) {
        StringBuilder detail = new StringBuilder();
        if (score.penalties() > 0) {
            detail.append("−").append(score.penalties());
        }
        if (score.bonuses() > 0) {
            detail.append(detail.length() > 0 ? " " : "").append("+").append(score.bonuses());
        }
        if (score.blocked()) {
            detail.append(detail.length() > 0 ? ", " : "").append(texts.get("result.blockers", score.blockers()));
        }
        return detail.toString();
    }

    private static String name(String id, String name) {
        return name == null || name.equals(id) ? id : id + " (" + name + ")";
    }
}
