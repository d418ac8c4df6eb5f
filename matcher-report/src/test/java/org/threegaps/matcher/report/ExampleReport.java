package org.threegaps.matcher.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Regenerates the example under {@code examples/report/}: the job report of the early-shift order-picker
 * job for the test pool (without the escaping test's hostile input), in Dutch, and its screenshot in headless Chromium. Run from the repository root
 * with the test classpath (see docs/report.md).
 */
public final class ExampleReport {
    private ExampleReport() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "examples/report");
        ReportWriter writer = ReportWriter.of(ReportFixtures.MATCHER).locale(Locale.forLanguageTag("nl"))
                .date(ReportFixtures.DATE);
        Path html = dir.resolve("job-report-nl.html");
        writer.write(html, writer.jobReport(ReportFixtures.early(), ReportFixtures.candidates().stream()
                .filter(c -> !c.id().equals("c-hostile")).toList()));
        Path work = Files.createTempDirectory("report-example-");
        HeadlessChromium chromium = HeadlessChromium.find()
                .orElseThrow(() -> new IllegalStateException("chromium is not on the PATH"));
        chromium.screenshot(html, dir.resolve("job-report-nl.png"), 1024, 2400, work);
        System.out.println("wrote " + html + " and " + dir.resolve("job-report-nl.png"));
    }
}
