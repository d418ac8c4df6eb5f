package org.threegaps.matcher.report;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import org.threegaps.matcher.Matcher;
import org.threegaps.matcher.ResultTexts;
import org.threegaps.matcher.i18n.Placeholders;
import org.threegaps.matcher.json.Json;
import org.threegaps.matcher.json.ResultDocument;
import org.threegaps.matcher.model.Candidate;
import org.threegaps.matcher.model.Job;
import org.threegaps.matcher.result.Advice;
import org.threegaps.matcher.result.Advice.JobAdvice;
import org.threegaps.matcher.result.Advice.OptionReach;
import org.threegaps.matcher.result.Advice.Suggestion;
import org.threegaps.matcher.result.Gap;
import org.threegaps.matcher.result.Kind;
import org.threegaps.matcher.result.MatchResult;

/**
 * Renders one self-contained static HTML page (no scripts, fonts or other files) for a case worker: the
 * jobs ranked for one candidate, or the candidates ranked for one job with the options that open it to
 * the most people. Per pair: the verdict, three gap bars with text alternatives, what already fits, the
 * findings with the levers that would lift them, and the redesign advisor's suggestions. The verdict
 * stands with its open essential gaps and the score in words, never with bare points; a provisional
 * verdict says so, with what to ask first. Each pair's texts come from its match-result document
 * ({@link ResultDocument}, the one JSON writer), and each pair carries that document whole in its
 * {@code data-result} attribute, for tools. Every input text is HTML-escaped by the template engine
 * (Mustache's {@code {{…}}}).
 *
 * <pre>{@code
 * ReportWriter writer = ReportWriter.of(matcher).locale(Locale.ENGLISH);
 * writer.write(Path.of("report.html"), writer.candidateReport(candidate, jobs));
 * }</pre>
 *
 * Immutable; the setters return a copy.
 */
public final class ReportWriter {
    private static final Template TEMPLATE = Mustache.compiler().escapeHTML(true).emptyStringIsFalse(true).defaultValue("")
            .compile(resource("report.mustache"));
    private static final Map<String, ResourceBundle> TEXTS = Map.of("nl", bundle("nl"), "en", bundle("en"));

    private final Matcher matcher;
    private final Locale locale;
    private final LocalDate date;
    private final int top;
    private final int suggestionsPerPair;

    private ReportWriter(Matcher matcher, Locale locale, LocalDate date, int top, int suggestionsPerPair) {
        this.matcher = matcher;
        this.locale = locale;
        this.date = date;
        this.top = top;
        this.suggestionsPerPair = suggestionsPerPair;
    }

    /**
     * @param matcher the matcher to score with
     * @return a writer on a matcher, in the matcher's language, dated today, showing the best 20 pairs
     */
    public static ReportWriter of(Matcher matcher) {
        return new ReportWriter(Objects.requireNonNull(matcher, "matcher"), matcher.locale(), null, 20, 3);
    }

    /**
     * @param locale the language of the text: Dutch ("nl") or English ("en")
     * @return a copy writing in Dutch ("nl", the default) or English ("en")
     */
    public ReportWriter locale(Locale locale) {
        String language = Objects.requireNonNull(locale, "locale").getLanguage();
        if (!language.equals("nl") && !language.equals("en")) {
            throw new IllegalArgumentException("locale must be nl or en, was " + locale);
        }
        return new ReportWriter(matcher, locale, date, top, suggestionsPerPair);
    }

    /**
     * @param date the date printed on the page
     * @return a copy that prints {@code date} in the footer instead of today
     */
    public ReportWriter date(LocalDate date) {
        return new ReportWriter(matcher, locale, Objects.requireNonNull(date, "date"), top, suggestionsPerPair);
    }

    /**
     * @param n how many pairs to show, 1–500
     * @return a copy that shows the best {@code n} pairs (1–500)
     */
    public ReportWriter top(int n) {
        if (n < 1 || n > 500) {
            throw new IllegalArgumentException("top must be between 1 and 500, was " + n);
        }
        return new ReportWriter(matcher, locale, date, n, suggestionsPerPair);
    }

    /**
     * Renders the jobs ranked for one candidate, each with the advisor's suggestions.
     *
     * @param candidate the candidate
     * @param jobs      the jobs to rank
     * @return the HTML page
     * @throws NullPointerException when an argument or one of the jobs is null
     */
    public String candidateReport(Candidate candidate, Collection<Job> jobs) {
        List<MatchResult> ranked = matcher.rankJobs(candidate, jobs).top(top);
        Map<String, Object> page = page(format("title.candidate", name(candidate)),
                format("lead.candidate", jobs.size(), ranked.size()), ranked, true, matcher.texts());
        return TEMPLATE.execute(page);
    }

    /**
     * Renders the candidates ranked for one job, each with the advisor's suggestions, and the job's
     * declared options that open it to the most candidates of the pool.
     *
     * @param job the job
     * @param candidates the candidates to rank
     * @return the HTML page
     * @throws NullPointerException when an argument or one of the candidates is null
     */
    public String jobReport(Job job, Collection<Candidate> candidates) {
        List<MatchResult> ranked = matcher.rankCandidates(job, candidates).top(top);
        ResultTexts texts = matcher.texts();
        Map<String, Object> page = page(format("title.job", job.title()),
                format("lead.job", candidates.size(), ranked.size()), ranked, false, texts);
        JobAdvice advice = matcher.adviseJob(job, candidates);
        List<Map<String, Object>> options = new ArrayList<>();
        for (OptionReach reach : advice.options()) {
            Map<String, Object> o = new HashMap<>();
            o.put("ids", reach.ids());
            o.put("text", texts.reach(reach, job, locale));
            o.put("people", format("optionPeople", String.join(", ", reach.unlocked())));
            options.add(o);
        }
        page.put("options", options);
        page.put("hasOptions", !options.isEmpty());
        page.put("noOptions", options.isEmpty());
        return TEMPLATE.execute(page);
    }

    /**
     * Writes a rendered page as UTF-8, creating the parent directories.
     *
     * @param out where to write it
     * @param html the page, as written by this writer
     * @throws UncheckedIOException naming the file when it cannot be written
     */
    public void write(Path out, String html) {
        try {
            Path parent = out.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(out, html, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write report " + out + ": " + e.getMessage(), e);
        }
    }

    private Map<String, Object> page(String title, String lead, List<MatchResult> ranked, boolean rankingJobs,
                                     ResultTexts texts) {
        Map<String, Object> page = new HashMap<>();
        page.put("lang", locale.getLanguage());
        page.put("title", title);
        page.put("lead", lead);
        page.put("t", labels());
        page.put("fingerprint", matcher.fingerprint());
        page.put("date", (date != null ? date : LocalDate.now()).toString());
        List<Map<String, Object>> pairs = new ArrayList<>();
        for (int i = 0; i < ranked.size(); i++) {
            pairs.add(pair(i + 1, ranked.get(i), rankingJobs, texts));
        }
        page.put("pairs", pairs);
        return page;
    }

    private Map<String, Object> pair(int rank, MatchResult r, boolean rankingJobs, ResultTexts texts) {
        ResultDocument doc = texts.document(r, locale);
        Map<String, Object> p = new HashMap<>();
        p.put("rank", rank);
        p.put("anchor", "pair-" + rank);
        p.put("candidateId", r.candidateId());
        p.put("jobId", r.jobId());
        p.put("heading", rankingJobs ? r.job().title() : name(r.candidate()));
        p.put("subheading", rankingJobs ? join(r.job().employer(), r.jobId()) : r.candidateId());
        p.put("verdictName", doc.verdict().name());
        p.put("verdict", doc.provisional()
                ? doc.verdictText() + " (" + texts.label("verdict.provisional", locale) + ")" : doc.verdictText());
        p.put("provisional", doc.provisional());
        p.put("openGaps", doc.score().openEssentialGaps());
        p.put("points", doc.score().points());
        p.put("scoreText", doc.score().text());
        p.put("toAskLabel", texts.label("toAsk", locale));
        p.put("toAsk", String.join(", ", doc.toAsk().stream().map(ResultDocument.UnknownView::text).toList()));
        p.put("hasToAsk", !doc.toAsk().isEmpty());
        p.put("result", Json.writeLine(doc));
        List<Map<String, Object>> gaps = new ArrayList<>();
        for (Gap gap : Gap.values()) {
            Map<String, Object> g = new HashMap<>();
            String name = texts.label("gap." + gap.name(), locale);
            g.put("key", gap.name().toLowerCase(Locale.ROOT));
            g.put("name", name);
            g.put("score", r.score(gap));
            // a blocker adds no points: without this mark a blocked gap would read as a full bar
            boolean blocked = r.gapScore(gap).blocked();
            g.put("blocked", blocked);
            g.put("alt", format(blocked ? "gapAltBlocked" : "gapAlt", name, r.score(gap)));
            gaps.add(g);
        }
        p.put("gaps", gaps);
        List<Map<String, Object>> strengths = new ArrayList<>();
        List<Map<String, Object>> findings = new ArrayList<>();
        for (ResultDocument.FindingView f : doc.findings()) {
            Map<String, Object> m = new HashMap<>();
            m.put("rule", f.ruleId());
            m.put("text", f.text());
            if (f.kind() == Kind.BONUS) {
                strengths.add(m);
                continue;
            }
            m.put("kindName", f.kind().name());
            m.put("kind", texts.label("kind." + f.kind().name(), locale));
            m.put("levers", String.join("; ", f.levers().stream().map(ResultDocument.LeverView::text).toList()));
            findings.add(m);
        }
        p.put("strengths", strengths);
        p.put("hasStrengths", !strengths.isEmpty());
        p.put("findings", findings);
        p.put("hasFindings", !findings.isEmpty());
        Advice advice = matcher.advise(r.candidate(), r.job());
        List<Map<String, Object>> suggestions = new ArrayList<>();
        advice.redesigns().stream().limit(suggestionsPerPair).forEach(s -> suggestions.add(suggestion(s, "employer", texts)));
        advice.development().stream().limit(suggestionsPerPair).forEach(s -> suggestions.add(suggestion(s, "candidate", texts)));
        List<String> asks = advice.askEmployer().stream().map(a -> texts.ask(a, locale)).toList();
        p.put("suggestions", suggestions);
        p.put("asks", asks);
        p.put("hasAsks", !asks.isEmpty());
        p.put("hasAdvice", !suggestions.isEmpty() || !asks.isEmpty());
        p.put("unknowns", String.join(", ", doc.unknowns().stream().map(ResultDocument.UnknownView::text).toList()));
        p.put("hasUnknowns", !doc.unknowns().isEmpty());
        return p;
    }

    private Map<String, Object> suggestion(Suggestion s, String side, ResultTexts texts) {
        List<String> lines = texts.explain(s, locale);
        Map<String, Object> m = new HashMap<>();
        m.put("ids", s.ids());
        m.put("side", side);
        m.put("headline", format(side.equals("employer") ? "employerSide" : "candidateSide") + ": " + lines.get(0));
        m.put("details", lines.subList(1, lines.size()));
        return m;
    }

    private Map<String, String> labels() {
        ResourceBundle bundle = TEXTS.get(locale.getLanguage());
        Map<String, String> labels = new LinkedHashMap<>();
        for (String key : bundle.keySet()) {
            labels.put(key, bundle.getString(key));
        }
        return labels;
    }

    private String format(String key, Object... args) {
        NumberFormat numbers = NumberFormat.getInstance(locale);
        return Placeholders.fill(TEXTS.get(locale.getLanguage()).getString(key), Arrays.asList(args),
                arg -> arg instanceof Number n ? numbers.format(n) : String.valueOf(arg));
    }

    private static String name(Candidate c) {
        return c.name() == null || c.name().isBlank() ? c.id() : c.name();
    }

    private static String join(String employer, String id) {
        return employer == null || employer.isBlank() ? id : employer + " · " + id;
    }

    private static Reader resource(String name) {
        var in = ReportWriter.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("report resource " + name + " is missing");
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }

    private static ResourceBundle bundle(String language) {
        try (Reader reader = resource("report_" + language + ".properties")) {
            return new PropertyResourceBundle(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
