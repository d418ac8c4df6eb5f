package org.threegaps.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.threegaps.matcher.Batch;
import org.threegaps.matcher.Matcher;
import org.threegaps.matcher.ResultTexts;
import org.threegaps.matcher.json.Json;
import org.threegaps.matcher.json.JsonInputException;
import org.threegaps.matcher.model.Candidate;
import org.threegaps.matcher.model.Job;
import org.threegaps.matcher.result.Verdict;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * {@code matcher batch --candidates cs.jsonl --jobs js.jsonl --out results.jsonl}: every candidate with every
 * job, streamed, one match-result document per line ({@link Json#writeLine}). The jobs are held in memory; the candidates are read one line at a time and the results
 * written as they come, so the number of candidates is not bounded by memory.
 */
@Command(name = "batch", mixinStandardHelpOptions = true,
        description = {"Score every candidate against every job, streamed: JSON Lines in (one document per line), "
                + "one result per line out, in order: candidate by candidate, jobs in file order.",
                "A summary (pairs, verdicts, rule-set fingerprint) goes to standard error."})
final class BatchCommand extends BaseCommand {
    @Option(names = "--candidates", required = true, paramLabel = "<file.jsonl>", description = "candidates, one JSON document per line")
    Path candidatesFile;

    @Option(names = "--jobs", required = true, paramLabel = "<file.jsonl>", description = "jobs, one JSON document per line")
    Path jobsFile;

    @Option(names = "--out", paramLabel = "<file.jsonl>", description = "where to write the results (default: standard output)")
    Path outFile;

    @Option(names = "--threads", paramLabel = "<n>", defaultValue = "2", description = "worker threads (default: ${DEFAULT-VALUE})")
    int threads = 2;

    @Mixin
    RuleOptions rules;

    @Mixin
    LanguageOption language;

    @Override
    public Integer call() throws IOException {
        if (threads < 1 || threads > 256) {
            throw new ParameterException(spec.commandLine(), "--threads must be between 1 and 256, was " + threads);
        }
        Texts texts = language.texts();
        List<Job> jobs = new ArrayList<>();
        try (JsonLines<Job> lines = new JsonLines<>(jobsFile, Job.class)) {
            lines.forEachRemaining(jobs::add);
        }
        Matcher matcher = rules.matcher(texts);
        ResultTexts words = matcher.texts();
        Batch batch = matcher.batch().threads(threads);
        Map<Verdict, Long> verdicts = new EnumMap<>(Verdict.class);
        long scored;
        PrintWriter sink = outFile == null ? out() : new PrintWriter(Files.newBufferedWriter(outFile, StandardCharsets.UTF_8));
        try (JsonLines<Candidate> candidates = new JsonLines<>(candidatesFile, Candidate.class)) {
            scored = batch.run(new Product(candidates, jobs), result -> {
                verdicts.merge(result.verdict(), 1L, Long::sum);
                sink.println(Json.writeLine(words.document(result, texts.locale())));
            });
        } finally {
            if (outFile == null) {
                sink.flush();
            } else {
                sink.close();
            }
        }
        err().println(texts.get("batch.summary", scored, jobs.size(), verdicts.getOrDefault(Verdict.MATCH, 0L),
                verdicts.getOrDefault(Verdict.MATCH_WITH_SUPPORT, 0L), verdicts.getOrDefault(Verdict.AFTER_REDESIGN, 0L),
                verdicts.getOrDefault(Verdict.NOT_YET, 0L), batch.fingerprint()));
        return ExitCodes.OK;
    }

    /** Each candidate read once, paired with every job in turn. */
    private static final class Product implements Iterator<Batch.Request> {
        private final Iterator<Candidate> candidates;
        private final List<Job> jobs;
        private Candidate current;
        private int next;

        Product(Iterator<Candidate> candidates, List<Job> jobs) {
            this.candidates = candidates;
            this.jobs = jobs;
            this.next = jobs.size();
        }

        @Override
        public boolean hasNext() {
            return !jobs.isEmpty() && (next < jobs.size() || candidates.hasNext());
        }

        @Override
        public Batch.Request next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            if (next == jobs.size()) {
                current = candidates.next();
                next = 0;
            }
            return new Batch.Request(current, jobs.get(next++));
        }
    }

    /** The documents of a JSON Lines file, read lazily; blank lines are skipped; errors name file and line. */
    private static final class JsonLines<T> implements Iterator<T>, AutoCloseable {
        private final Path file;
        private final Class<T> type;
        private final BufferedReader reader;
        private String line;
        private int number;

        JsonLines(Path file, Class<T> type) throws IOException {
            this.file = file;
            this.type = type;
            try {
                this.reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
            } catch (NoSuchFileException e) {
                throw new UserError(file + ": no such file");
            }
            advance();
        }

        private void advance() {
            try {
                do {
                    line = reader.readLine();
                    number++;
                } while (line != null && line.isBlank());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public boolean hasNext() {
            return line != null;
        }

        @Override
        public T next() {
            if (line == null) {
                throw new NoSuchElementException();
            }
            try {
                return Json.read(file + " line " + number, line, type);
            } catch (JsonInputException e) {
                throw new UserError(e.getMessage());
            } finally {
                advance();
            }
        }

        @Override
        public void close() throws IOException {
            reader.close();
        }
    }
}
