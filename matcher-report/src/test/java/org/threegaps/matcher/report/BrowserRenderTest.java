package org.threegaps.matcher.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threegaps.matcher.model.Candidate;
import org.threegaps.matcher.model.Job;
import org.threegaps.matcher.result.Finding;
import org.threegaps.matcher.result.Gap;
import org.threegaps.matcher.result.MatchResult;

/**
 * Renders a job report in Debian's headless Chromium: the DOM Chromium built holds every bar with its
 * score and every finding text, and the screenshot is not blank. Skipped only when no Chromium binary is
 * on the PATH ({@code .ci/run} installs the Debian package).
 */
class BrowserRenderTest {
    private static Optional<HeadlessChromium> chromium;

    @TempDir
    Path work;

    @BeforeAll
    static void findChromium() {
        chromium = HeadlessChromium.find();
    }

    private HeadlessChromium chromium() {
        assumeTrue(chromium.isPresent(), "SKIPPED: no chromium or chromium-browser on the PATH; "
                + "install Debian's chromium package (apt-get install -y chromium), as .ci/run does");
        return chromium.get();
    }

    private Path report(Job job, List<Candidate> pool) {
        Path html = work.resolve("report.html");
        ReportWriter writer = ReportWriter.of(ReportFixtures.MATCHER).locale(Locale.ENGLISH).date(ReportFixtures.DATE);
        writer.write(html, writer.jobReport(job, pool));
        return html;
    }

    @Test
    void theRenderedDomHoldsEveryBarWithItsScoreAndEveryFindingText() throws Exception {
        HeadlessChromium browser = chromium();
        Job job = ReportFixtures.early();
        List<Candidate> pool = ReportFixtures.candidates();

        Document dom = Jsoup.parse(browser.dumpDom(report(job, pool), work));

        assertThat(dom.select("article")).hasSize(pool.size());
        for (Candidate c : pool) {
            MatchResult result = ReportFixtures.MATCHER.match(c, job);
            Element article = dom.selectFirst("article[data-candidate=" + c.id() + "]");
            assertThat(article).as(c.id()).isNotNull();
            for (Gap gap : Gap.values()) {
                Element bar = article.selectFirst(".bar[data-gap=" + gap.name().toLowerCase(Locale.ROOT) + "]");
                assertThat(bar.attr("aria-valuenow")).as(c.id() + " " + gap).isEqualTo(Integer.toString(result.score(gap)));
            }
            for (Finding f : result.findings()) {
                assertThat(article.text()).as(c.id() + " " + f.ruleId()).contains(ReportFixtures.MATCHER.texts().finding(result, f, Locale.ENGLISH));
            }
        }
        assertThat(dom.select("script")).isEmpty();
    }

    @Test
    void theScreenshotIsNotBlankAndShowsTheBars() throws Exception {
        HeadlessChromium browser = chromium();
        Path png = work.resolve("report.png");

        browser.screenshot(report(ReportFixtures.early(), ReportFixtures.candidates()), png, 1024, 1400, work);

        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(1024);
        double sum = 0;
        double sumSquares = 0;
        long barPixels = 0;
        int pixels = image.getWidth() * image.getHeight();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int r = (rgb >> 16) & 0xff;
                int g = (rgb >> 8) & 0xff;
                int b = rgb & 0xff;
                double luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
                sum += luminance;
                sumSquares += luminance * luminance;
                // the bar fill colour #1f5fa8
                if (Math.abs(r - 0x1f) < 12 && Math.abs(g - 0x5f) < 12 && Math.abs(b - 0xa8) < 12) {
                    barPixels++;
                }
            }
        }
        double mean = sum / pixels;
        double variance = sumSquares / pixels - mean * mean;
        assertThat(variance).as("luminance variance of the screenshot: a blank page has 0").isGreaterThan(200);
        assertThat(barPixels).as("pixels in the bar colour").isGreaterThan(5_000);
    }

    @Test
    void withoutAChromiumBinaryOnThePathTheBrowserTestsAreSkippedNotFailed() {
        assertThat(HeadlessChromium.find("/nonexistent-dir")).isEmpty();
    }
}
