package org.threegaps.matcher.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.threegaps.matcher.report.ReportFixtures.DATE;
import static org.threegaps.matcher.report.ReportFixtures.HOSTILE;
import static org.threegaps.matcher.report.ReportFixtures.MATCHER;

import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.threegaps.matcher.json.Json;
import org.threegaps.matcher.model.Candidate;
import org.threegaps.matcher.model.Job;
import org.threegaps.matcher.result.Finding;
import org.threegaps.matcher.result.Gap;
import org.threegaps.matcher.result.Kind;
import org.threegaps.matcher.result.MatchResult;
import org.threegaps.matcher.testkit.ResultSchema;

class ReportWriterTest {
    private static final Locale NL = Locale.forLanguageTag("nl");
    private static final ReportWriter WRITER = ReportWriter.of(MATCHER).date(DATE);

    private static Document candidatePage(Candidate candidate, Locale locale) {
        return Jsoup.parse(WRITER.locale(locale).candidateReport(candidate, ReportFixtures.jobs()));
    }

    @Test
    void everyRankedPairIsPresentInRankOrder() {
        Candidate sara = ReportFixtures.singleParent();
        List<MatchResult> ranked = MATCHER.rankJobs(sara, ReportFixtures.jobs()).top(20);

        Document page = candidatePage(sara, NL);

        assertThat(page.select("article")).extracting(a -> a.attr("data-job"))
                .containsExactlyElementsOf(ranked.stream().map(MatchResult::jobId).toList());
        assertThat(page.select("article")).extracting(a -> a.attr("data-verdict"))
                .containsExactlyElementsOf(ranked.stream().map(r -> r.verdict().name()).toList());
    }

    @Test
    void barValuesEqualTheScores() {
        Candidate amir = ReportFixtures.newcomer();
        Document page = candidatePage(amir, NL);

        for (Job job : ReportFixtures.jobs()) {
            MatchResult result = MATCHER.match(amir, job);
            Element article = page.selectFirst("article[data-job=" + job.id() + "]");
            assertThat(article).as(job.id()).isNotNull();
            for (Gap gap : Gap.values()) {
                Element bar = article.selectFirst(".bar[data-gap=" + gap.name().toLowerCase(Locale.ROOT) + "]");
                String score = Integer.toString(result.score(gap));
                assertThat(bar.attr("data-score")).as(job.id() + " " + gap).isEqualTo(score);
                assertThat(bar.attr("aria-valuenow")).isEqualTo(score);
                assertThat(bar.selectFirst(".fill").attr("style")).isEqualTo("width: " + score + "%");
                assertThat(bar.attr("aria-valuetext")).endsWith(score + " op 100");
            }
            assertThat(article.attr("data-points")).isEqualTo(Integer.toString(result.overallScore()));
            assertThat(article.attr("data-open-gaps")).isEqualTo(Integer.toString(result.openEssentialGaps()));
        }
    }

    @Test
    void eachPairCarriesTheLibrarysResultDocumentValidAgainstTheSchema() throws Exception {
        for (Locale locale : List.of(NL, Locale.ENGLISH)) {
            Candidate sara = ReportFixtures.singleParent();
            Document page = candidatePage(sara, locale);

            for (Element article : page.select("article")) {
                String document = article.attr("data-result");
                assertThat(ResultSchema.problems(document)).as(article.attr("data-job")).isEmpty();
                MatchResult result = MATCHER.match(sara, ReportFixtures.jobs().stream()
                        .filter(j -> j.id().equals(article.attr("data-job"))).findFirst().orElseThrow());
                assertThat(Json.mapper().readTree(document)).isEqualTo(Json.mapper().readTree(Json.write(MATCHER.texts().document(result, locale))));
            }
            assertThat(page.select("article")).isNotEmpty();
        }
    }

    @Test
    void eachPairOfAJobPageCarriesTheResultDocumentValidAgainstTheSchema() throws Exception {
        for (Locale locale : List.of(NL, Locale.ENGLISH)) {
            Job job = ReportFixtures.early();
            Document page = Jsoup.parse(WRITER.locale(locale).jobReport(job, ReportFixtures.candidates()));

            for (Element article : page.select("article")) {
                String document = article.attr("data-result");
                assertThat(ResultSchema.problems(document)).as(article.attr("data-candidate")).isEmpty();
                MatchResult result = MATCHER.match(ReportFixtures.candidates().stream()
                        .filter(c -> c.id().equals(article.attr("data-candidate"))).findFirst().orElseThrow(), job);
                assertThat(Json.mapper().readTree(document)).isEqualTo(Json.mapper().readTree(Json.write(MATCHER.texts().document(result, locale))));
            }
            assertThat(page.select("article")).isNotEmpty();
        }
    }

    @Test
    void aNotYetPairShowsItsOpenGapsWithThePointsNeverThePointsAlone() {
        Candidate sara = ReportFixtures.singleParent();
        MatchResult result = MATCHER.match(sara, ReportFixtures.early());
        Element article = candidatePage(sara, NL).selectFirst("article[data-job=j-early]");

        assertThat(result.openEssentialGaps()).isPositive();
        assertThat(article.selectFirst(".score-text").text()).isEqualTo(MATCHER.texts().score(result, NL))
                .startsWith(result.openEssentialGaps() + " essentiële drempel");
        assertThat(article.selectFirst(".sub").text()).doesNotContain("/100");
    }

    @Test
    void aProvisionalPairIsMarkedAndSaysWhatToAskFirst() {
        Candidate unknown = Candidate.builder("c-unknown").build();
        Document page = candidatePage(unknown, Locale.ENGLISH);

        Element provisional = page.selectFirst("article[data-provisional=true]");
        assertThat(provisional).as("a provisional pair").isNotNull();
        assertThat(provisional.selectFirst(".verdict").text()).endsWith("(provisional)");
        assertThat(provisional.selectFirst(".to-ask").text()).startsWith("Ask first: ").contains("the candidate's home");
        assertThat(page.select("article").eachAttr("data-verdict")).doesNotContain("MATCH");
    }

    @Test
    void aBlockedGapIsMarkedSoItsFullBarDoesNotReadAsNoGap() {
        int blocked = 0;
        for (Candidate candidate : ReportFixtures.candidates()) {
            blocked += assertBlockedGapsMarked(candidate, candidatePage(candidate, NL));
        }
        assertThat(blocked).as("blocked gaps among the fixtures").isPositive();
    }

    private static int assertBlockedGapsMarked(Candidate candidate, Document page) {
        int blocked = 0;
        for (Job job : ReportFixtures.jobs()) {
            MatchResult result = MATCHER.match(candidate, job);
            Element article = page.selectFirst("article[data-job=" + job.id() + "]");
            for (Gap gap : Gap.values()) {
                Element bar = article.selectFirst(".bar[data-gap=" + gap.name().toLowerCase(Locale.ROOT) + "]");
                String scoreText = bar.nextElementSibling().text();
                boolean isBlocked = result.gapScore(gap).blocked();
                assertThat(bar.hasClass("blocked")).as(job.id() + " " + gap).isEqualTo(isBlocked);
                assertThat(scoreText.startsWith("geblokkeerd ")).as(scoreText).isEqualTo(isBlocked);
                assertThat(bar.attr("aria-valuetext").contains("geblokkeerd")).isEqualTo(isBlocked);
                blocked += isBlocked ? 1 : 0;
            }
        }
        return blocked;
    }

    @Test
    void everyFindingTextIsPresentInBothLanguages() {
        Candidate amir = ReportFixtures.newcomer();
        for (Locale locale : List.of(NL, Locale.ENGLISH)) {
            Document page = candidatePage(amir, locale);
            int checked = 0;
            for (Job job : ReportFixtures.jobs()) {
                MatchResult result = MATCHER.match(amir, job);
                Element article = page.selectFirst("article[data-job=" + job.id() + "]");
                List<String> items = article.select("ul.findings li .text, ul.strengths li").eachText();
                for (Finding f : result.findings()) {
                    assertThat(items).as(job.id() + " " + f.ruleId()).contains(MATCHER.texts().finding(result, f, locale));
                    checked++;
                }
            }
            assertThat(checked).as("findings checked").isGreaterThan(3);
        }
    }

    @Test
    void strengthsComeBeforeFindingsAndFindingsNameTheirLevers() {
        Document page = candidatePage(ReportFixtures.singleParent(), Locale.ENGLISH);
        Element early = page.selectFirst("article[data-job=j-early]");

        Element blocker = early.selectFirst("ul.findings li[data-rule=CA-01]");
        assertThat(blocker.attr("data-kind")).isEqualTo(Kind.BLOCKER.name());
        assertThat(blocker.selectFirst(".levers").text()).contains("offer an additional roster");
    }

    @Test
    void theAdvisorsSuggestionsAreShownPerPair() {
        Document page = candidatePage(ReportFixtures.singleParent(), Locale.ENGLISH);
        Element early = page.selectFirst("article[data-job=j-early]");

        Element first = early.selectFirst("ol.suggestions > li");
        assertThat(first.attr("data-changes")).isEqualTo("from-nine");
        assertThat(first.selectFirst("strong").text())
                .isEqualTo("Employer: offer an additional roster \"from-nine\" (Mon, Tue, Wed, Thu, Fri 09:00–17:00)");
        assertThat(early.select("ul.asks li").eachText()).anyMatch(t -> t.startsWith("ask the employer about: a say in the hours"));
    }

    @Test
    void noInputTextIsRenderedAsMarkup() {
        String html = WRITER.candidateReport(ReportFixtures.hostile(), ReportFixtures.jobs());
        Document page = Jsoup.parse(html);

        assertThat(page.select("script, img, [onerror]")).isEmpty();
        assertThat(page.title()).isEqualTo("Vacatures voor " + HOSTILE);
        assertThat(page.selectFirst("article[data-job=j-hostile] h2").text()).endsWith(HOSTILE);
        assertThat(html).contains("&lt;script&gt;").doesNotContain("<script>");
    }

    @Test
    void thePageIsSelfContained() {
        String html = WRITER.jobReport(ReportFixtures.early(), ReportFixtures.candidates());
        Document page = Jsoup.parse(html);

        assertThat(page.select("link, script, img, iframe, [src]")).isEmpty();
        assertThat(html).doesNotContain("http://", "https://", "@import", "url(");
    }

    @Test
    void theFooterNamesTheRuleSetFingerprintAndTheDate() {
        Document page = candidatePage(ReportFixtures.newcomer(), NL);

        assertThat(page.selectFirst("footer code").text()).isEqualTo(MATCHER.fingerprint());
        assertThat(page.selectFirst("footer time").attr("datetime")).isEqualTo("2026-11-25");
    }

    @Test
    void dutchByDefaultEnglishOnRequest() {
        assertThat(candidatePage(ReportFixtures.newcomer(), NL).selectFirst("html").attr("lang")).isEqualTo("nl");
        Document en = candidatePage(ReportFixtures.newcomer(), Locale.ENGLISH);
        assertThat(en.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(en.selectFirst("#pairs-heading").text()).isEqualTo("Ranked pairs");
        assertThat(Jsoup.parse(ReportWriter.of(MATCHER).candidateReport(ReportFixtures.newcomer(), ReportFixtures.jobs()))
                .selectFirst("html").attr("lang")).isEqualTo("nl");
    }

    @Test
    void aJobReportRanksCandidatesAndShowsTheOptionsThatOpenTheJobToTheMostPeople() {
        Job early = ReportFixtures.early();
        List<Candidate> pool = ReportFixtures.candidates();
        Document page = Jsoup.parse(WRITER.locale(Locale.ENGLISH).jobReport(early, pool));

        assertThat(page.select("article")).hasSize(pool.size());
        Element option = page.selectFirst("ol.options li[data-option=from-nine]");
        assertThat(option).isNotNull();
        assertThat(option.text()).contains("opens this job to 1 more person", "Candidates: c-sara");
    }

    @Test
    void thePageHasOneH1ASectionPerPartAndALabelledMeterPerGap() {
        Document page = candidatePage(ReportFixtures.singleParent(), NL);

        assertThat(page.select("h1")).hasSize(1);
        assertThat(page.select("header, main, footer")).hasSize(3);
        for (Element bar : page.select(".bar")) {
            assertThat(bar.attr("role")).isEqualTo("meter");
            assertThat(page.getElementById(bar.attr("aria-labelledby"))).isNotNull();
        }
        assertThat(page.select(".bar")).hasSize(3 * page.select("article").size());
        assertThat(page.selectFirst("style").data()).contains("@media print");
    }

    @Test
    void settingsAreChecked() {
        assertThatThrownBy(() -> WRITER.top(0)).hasMessage("top must be between 1 and 500, was 0");
        assertThatThrownBy(() -> WRITER.locale(Locale.FRENCH)).hasMessage("locale must be nl or en, was fr");
    }
}
