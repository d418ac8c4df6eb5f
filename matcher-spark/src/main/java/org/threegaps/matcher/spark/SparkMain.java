package org.threegaps.matcher.spark;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.threegaps.matcher.RuleSetException;
import org.threegaps.matcher.json.JsonInputException;
import org.threegaps.matcher.result.Verdict;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code spark-submit --class org.threegaps.matcher.spark.SparkMain matcher-spark.jar match ...}: the
 * nightly run; {@code generate} writes a random population to try it on. See {@code docs/spark.md}.
 */
@Command(name = "threegaps-spark", mixinStandardHelpOptions = true,
        subcommands = {SparkMain.Match.class, SparkMain.Generate.class},
        description = "Match every candidate with every job on Apache Spark.")
public final class SparkMain implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Runs one command and exits with its code: 0 done, 1 done but some input was rejected, 2 not run. */
    public static void main(String[] args) {
        System.exit(execute(args, new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8)));
    }

    static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new SparkMain());
        cli.setOut(out).setErr(err);
        cli.setExecutionExceptionHandler((e, line, parsed) -> {
            line.getErr().println("threegaps-spark: " + message(e));
            return 2;
        });
        return cli.execute(args);
    }

    /**
     * The analyst-facing line for a failure: a located error (rule file, input document) or a failed
     * blocking check as it is, without the task and stage wrapping Spark puts around it.
     */
    static String message(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof RuleSetException || cause instanceof JsonInputException) {
                return cause.getMessage();
            }
        }
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "match", mixinStandardHelpOptions = true,
            description = {"Score every candidate against every job and write each candidate's top jobs, each job's "
                    + "top candidates and a summary. Pairs the rule set's essential rules show cannot reach --at-least "
                    + "are left out unscored and counted, unless --no-blocking."})
    static final class Match implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--candidates", required = true, paramLabel = "<path>",
                description = "candidates: JSON Lines (file, directory or glob) or .parquet")
        String candidates;

        @Option(names = "--jobs", required = true, paramLabel = "<path>", description = "jobs: JSON Lines or .parquet")
        String jobs;

        @Option(names = "--out", required = true, paramLabel = "<dir>", description = "output directory")
        String out;

        @Option(names = "--rules", paramLabel = "<dir>", description = "rules directory on the driver (default: the bundled rule set)")
        Path rules;

        @Option(names = "--top", defaultValue = "10", description = "jobs per candidate and candidates per job (default: ${DEFAULT-VALUE})")
        int top;

        @Option(names = "--at-least", defaultValue = "AFTER_REDESIGN",
                description = "worst verdict listed: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
        Verdict atLeast;

        @Option(names = "--no-blocking", description = "score every pair fully, leave none out")
        boolean noBlocking;

        @Option(names = "--partitions", defaultValue = "0", description = "candidate partitions (default: twice the default parallelism)")
        int partitions;

        @Option(names = "--explain", paramLabel = "<nl|en>", description = "add each listed pair's whole result, texts in this language")
        String explain;

        @Option(names = "--output-format", defaultValue = "JSONL", description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
        SparkMatchJob.Format output;

        @Option(names = "--overwrite", description = "replace the output directory if it exists")
        boolean overwrite;

        @Option(names = "--master", paramLabel = "<url>",
                description = "Spark master when not started by spark-submit, e.g. local[2]")
        String master;

        @Override
        public Integer call() {
            if (top < 1) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--top must be at least 1, was " + top);
            }
            if (explain != null && !explain.equals("nl") && !explain.equals("en")) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--explain must be nl or en, was " + explain);
            }
            SparkMatchJob.Options options = new SparkMatchJob.Options(candidates, jobs, out, rules, top, atLeast,
                    !noBlocking, partitions, 500, 1000, explain == null ? null : Locale.forLanguageTag(explain), output,
                    overwrite);
            SparkSession.Builder builder = SparkSession.builder().appName("threegaps-match");
            if (master != null) {
                builder.master(master).config("spark.ui.enabled", "false");
                if (master.startsWith("local")) {
                    // one JVM: no need to find this machine's address on the network
                    builder.config("spark.driver.bindAddress", "127.0.0.1").config("spark.driver.host", "localhost");
                }
            }
            SparkSession spark = builder.getOrCreate();
            try {
                Summary summary = SparkMatchJob.run(spark, options);
                spec.commandLine().getOut().print(summary.text());
                spec.commandLine().getOut().flush();
                return summary.rejected().candidates() + summary.rejected().jobs() > 0 ? 1 : 0;
            } finally {
                spark.stop();
            }
        }
    }

    @Command(name = "generate", mixinStandardHelpOptions = true,
            description = "Write a random but valid population (Flemish places) as candidates.jsonl and jobs.jsonl.")
    static final class Generate implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--candidates", defaultValue = "2000", description = "how many candidates (default: ${DEFAULT-VALUE})")
        int candidates;

        @Option(names = "--jobs", defaultValue = "2000", description = "how many jobs (default: ${DEFAULT-VALUE})")
        int jobs;

        @Option(names = "--seed", defaultValue = "2026", description = "random seed (default: ${DEFAULT-VALUE})")
        long seed;

        @Option(names = "--out", required = true, paramLabel = "<dir>", description = "directory to write into")
        Path out;

        @Override
        public Integer call() {
            Population.random(seed, candidates, jobs).writeTo(out);
            spec.commandLine().getOut().printf("wrote %,d candidates and %,d jobs to %s%n", candidates, jobs, out);
            return 0;
        }
    }
}
