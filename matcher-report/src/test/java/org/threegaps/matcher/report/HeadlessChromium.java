package org.threegaps.matcher.report;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Drives Debian's Chromium headless: dump the DOM of a local file, or take a screenshot of it. Each call
 * gets a fresh profile directory; the background-networking flags keep Chromium off the network at start.
 */
final class HeadlessChromium {
    /** The flags the browser test runs with (issue #9); without the networking ones Chromium reaches out at start. */
    static final List<String> FLAGS = List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync");
    private static final long TIMEOUT_SECONDS = 120;

    private final Path binary;

    private HeadlessChromium(Path binary) {
        this.binary = binary;
    }

    /** @return Chromium from the PATH ("chromium", then "chromium-browser"), or empty when neither is installed */
    static Optional<HeadlessChromium> find() {
        return find(System.getenv().getOrDefault("PATH", ""));
    }

    /** @return Chromium from the directories of a PATH-style list, or empty */
    static Optional<HeadlessChromium> find(String path) {
        for (String name : List.of("chromium", "chromium-browser")) {
            for (String dir : path.split(File.pathSeparator)) {
                Path candidate = Path.of(dir, name);
                if (Files.isExecutable(candidate)) {
                    return Optional.of(new HeadlessChromium(candidate));
                }
            }
        }
        return Optional.empty();
    }

    /** @return the DOM of {@code page} after Chromium rendered it */
    String dumpDom(Path page, Path work) throws IOException, InterruptedException {
        Path out = work.resolve("dom.html");
        run(work, out, "--dump-dom", page.toUri().toString());
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    /** Writes a PNG screenshot of {@code page}, {@code width} × {@code height} pixels, to {@code png}. */
    void screenshot(Path page, Path png, int width, int height, Path work) throws IOException, InterruptedException {
        run(work, work.resolve("screenshot-stdout.txt"), "--screenshot=" + png.toAbsolutePath(),
                "--window-size=" + width + "," + height, "--hide-scrollbars", page.toUri().toString());
        if (!Files.isRegularFile(png)) {
            throw new IllegalStateException("chromium wrote no screenshot to " + png + "; stderr: "
                    + Files.readString(work.resolve("chromium-stderr.txt")));
        }
    }

    private void run(Path work, Path stdout, String... args) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory(work, "profile-");
        List<String> command = new ArrayList<>();
        command.add(binary.toString());
        command.addAll(FLAGS);
        command.add("--user-data-dir=" + profile.toAbsolutePath());
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectOutput(stdout.toFile())
                .redirectError(work.resolve("chromium-stderr.txt").toFile()).start();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("chromium did not finish within " + TIMEOUT_SECONDS + " s: " + command);
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException("chromium exited with " + process.exitValue() + ": " + command + "; stderr: "
                    + Files.readString(work.resolve("chromium-stderr.txt")));
        }
    }
}
