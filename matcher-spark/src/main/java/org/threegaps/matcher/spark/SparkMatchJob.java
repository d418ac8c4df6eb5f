package org.threegaps.matcher.spark;

import org.threegaps.matcher.internal.MatcherInternals;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.threegaps.matcher.Matcher;
import org.threegaps.matcher.RuleSource;
import org.threegaps.matcher.json.Json;
import org.threegaps.matcher.json.JsonInputException;
import org.threegaps.matcher.model.Job;
import org.threegaps.matcher.result.Verdict;
import scala.Tuple2;

/**
 * The nightly run: every candidate against every job of a region on a Spark cluster.
 *
 * <p>The driver compiles the rule set once to check it, reads and checks the jobs, and broadcasts both;
 * candidates are spread over partitions. On each executor {@link ExecutorCache} builds the rule base and
 * parses the jobs once, and {@link PartitionScorer} scores the partition's pairs with the single-machine batch
 * API {@linkplain org.threegaps.matcher.Batch#atLeast at least} the verdict asked for: the rule set's screen (its
 * essential rules, run on their own) leaves out, and counts, the pairs that cannot reach it. Each candidate's top N jobs are final in
 * its partition; each job's top N candidates are merged across partitions. Written under the output
 * directory: {@code top-jobs-per-candidate/}, {@code top-candidates-per-job/}, {@code rejected/} (input
 * documents that could not be read, if any) and {@code summary.json}.
 */
public final class SparkMatchJob {
    private static final Logger LOG = LoggerFactory.getLogger(SparkMatchJob.class);

    /** Input file formats. */
    public enum Format {
        /** JSON Lines: one candidate or job document per line. */
        JSONL,
        /** Parquet: a string column "json" with one document per row, or the documents' own nested columns. */
        PARQUET;

        static Format of(String path) {
            return path.endsWith(".parquet") ? PARQUET : JSONL;
        }
    }

    /**
     * What to run.
     *
     * @param candidates  path (file, directory or glob) of the candidates
     * @param jobs        path of the jobs
     * @param out         output directory
     * @param rules       a rules directory on the driver, or null for the default rule set
     * @param top         how many jobs per candidate and candidates per job to keep
     * @param atLeast     the worst verdict a listed pair may have; NOT_YET switches blocking off, since the
     *                    skipped pairs could then be listed
     * @param blocking    false to score every pair
     * @param partitions  candidate partitions; 0 for twice the cluster's default parallelism
     * @param chunkSize   pairs per rule execution
     * @param checks      of the pairs the screen leaves out, one in this many is fully scored anyway, to check it
     * @param explainIn   language of the whole result documents to add to every listed pair, or null
     * @param output      format of the top-N outputs
     * @param overwrite   replace an existing output directory
     */
    public record Options(String candidates, String jobs, String out, Path rules, int top, Verdict atLeast,
                          boolean blocking, int partitions, int chunkSize, int checks, Locale explainIn,
                          Format output, boolean overwrite) {
        public Options {
            Objects.requireNonNull(candidates, "candidates");
            Objects.requireNonNull(jobs, "jobs");
            Objects.requireNonNull(out, "out");
            Objects.requireNonNull(atLeast, "atLeast");
            Objects.requireNonNull(output, "output");
            if (top < 1) {
                throw new IllegalArgumentException("top must be at least 1, was " + top);
            }
        }

        /** @return the defaults: top 10, pairs "after redesign" or better, blocking on, JSON out */
        public static Options of(String candidates, String jobs, String out) {
            return new Options(candidates, jobs, out, null, 10, Verdict.AFTER_REDESIGN, true, 0, 500, 1000, null,
                    Format.JSONL, false);
        }

        /** @return these options with {@code n} per list */
        public Options withTop(int n) {
            return new Options(candidates, jobs, out, rules, n, atLeast, blocking, partitions, chunkSize, checks,
                    explainIn, output, overwrite);
        }

        /** @return these options listing pairs of {@code verdict} or better */
        public Options withAtLeast(Verdict verdict) {
            return new Options(candidates, jobs, out, rules, top, verdict, blocking, partitions, chunkSize, checks,
                    explainIn, output, overwrite);
        }

        /** @return these options with the rule set of {@code directory} (on the driver) */
        public Options withRules(Path directory) {
            return new Options(candidates, jobs, out, directory, top, atLeast, blocking, partitions, chunkSize, checks,
                    explainIn, output, overwrite);
        }

        /** @return these options with blocking on or off */
        public Options withBlocking(boolean on) {
            return new Options(candidates, jobs, out, rules, top, atLeast, on, partitions, chunkSize, checks,
                    explainIn, output, overwrite);
        }

        /** @return these options replacing an existing output directory or not */
        public Options withOverwrite(boolean on) {
            return new Options(candidates, jobs, out, rules, top, atLeast, blocking, partitions, chunkSize, checks,
                    explainIn, output, on);
        }
    }

    private SparkMatchJob() {
    }

    /** Runs the job on {@code spark} and writes its outputs; returns the summary it also wrote. */
    public static Summary run(SparkSession spark, Options options) {
        long started = System.nanoTime();
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        prepareOutput(jsc, options);
        RuleSource source = options.rules() == null ? RuleSource.defaults() : RuleSource.directory(options.rules());
        // compiled on the driver first: a broken rule file stops the run here, with its file and line
        RuleFiles files = RuleFiles.of(source);
        Matcher driverMatcher = ExecutorCache.matcher(files, options.checks());
        String blockingOff = blockingOff(options, driverMatcher);

        List<PartitionOutput.Rejected> rejectedJobs = new ArrayList<>();
        List<InputRecord> jobs = new ArrayList<>();
        Map<String, String> firstSeen = new HashMap<>();
        for (InputRecord record : read(spark, jsc, options.jobs()).collect()) {
            try {
                String id = record.parse(Job.class).id();
                String first = firstSeen.putIfAbsent(id, record.source());
                if (first != null) {
                    // two lists under one id would mix two vacancies' candidates
                    rejectedJobs.add(new PartitionOutput.Rejected(record.source(), record.source() + ": job id \""
                            + id + "\" is already used by " + first, record.json()));
                } else {
                    jobs.add(record);
                }
            } catch (JsonInputException e) {
                rejectedJobs.add(new PartitionOutput.Rejected(record.source(), e.getMessage(), record.json()));
            }
        }
        Broadcast<RuleFiles> rules = jsc.broadcast(files);
        Broadcast<List<InputRecord>> jobList = jsc.broadcast(List.copyOf(jobs));
        String run = "run-" + jobList.id();
        PartitionScorer.Settings settings = new PartitionScorer.Settings(options.top(), options.atLeast(),
                options.chunkSize(), blockingOff == null, options.explainIn());
        int checks = options.checks();

        JavaRDD<InputRecord> candidates = read(spark, jsc, options.candidates());
        Broadcast<Map<String, InputRecord.FirstUse>> repeated = jsc.broadcast(repeatedIds(candidates));
        int partitions = options.partitions() > 0 ? options.partitions() : 2 * jsc.defaultParallelism();
        JavaRDD<PartitionOutput> outputs = candidates.repartition(partitions).mapPartitions(records -> {
            ExecutorCache.Jobs indexed = ExecutorCache.jobs(run, rules.value(), jobList.value(), checks);
            return List.of(new PartitionScorer(indexed, settings, repeated.value()).score(records)).iterator();
        }).persist(StorageLevel.MEMORY_AND_DISK());
        try {
            Counts counts = outputs.map(PartitionOutput::counts).reduce(Counts::plus);
            LOG.info("scored {} pairs and skipped {} in {} s", counts.scored, counts.skippedTotal(),
                    Math.round((System.nanoTime() - started) / 1e8) / 10.0);
            write(spark, candidateRows(outputs), "candidateId", "jobId", options, "top-jobs-per-candidate");
            write(spark, jobRows(outputs, options.top()), "jobId", "candidateId", options, "top-candidates-per-job");
            List<PartitionOutput.Rejected> rejected = new ArrayList<>(rejectedJobs);
            rejected.addAll(outputs.flatMap(o -> o.rejected().iterator()).collect());
            writeRejected(spark, rejected, options);
            Summary summary = Summary.of(options, driverMatcher, jobs.size(), counts, rejectedJobs.size(), rejected,
                    blockingOff, (System.nanoTime() - started) / 1e9);
            writeText(jsc, options.out() + "/summary.json", Json.write(summary));
            return summary;
        } finally {
            outputs.unpersist(false);
            rules.destroy();
            jobList.destroy();
            repeated.destroy();
        }
    }

    /**
     * The candidate ids more than one document carries, each with its first document. One person listed
     * twice in a job's top N would push another out: the first document is scored, the others are rejected
     * with the place of the first. Costs one extra pass that parses the candidates and keeps their ids, not a
     * shuffle of documents.
     */
    private static Map<String, InputRecord.FirstUse> repeatedIds(JavaRDD<InputRecord> candidates) {
        Map<String, InputRecord.FirstUse> repeated = new HashMap<>(candidates
                .flatMapToPair(r -> {
                    String id = r.candidateId();
                    return id == null ? java.util.Collections.emptyIterator()
                            : List.of(new Tuple2<>(id, new InputRecord.FirstUse(r.order(), r.source(), 1))).iterator();
                })
                .reduceByKey(InputRecord.FirstUse::with)
                .filter(t -> t._2().uses() > 1)
                .collectAsMap());
        if (!repeated.isEmpty()) {
            LOG.warn("{} candidate ids are used by more than one document; only the first of each is scored",
                    repeated.size());
        }
        return repeated;
    }

    /**
     * Refuses an existing output directory before hours of scoring, not after; with --overwrite removes it
     * whole, so no list or rejected/ folder of an earlier run is left to be mistaken for this run's.
     */
    private static void prepareOutput(JavaSparkContext jsc, Options options) {
        try {
            org.apache.hadoop.fs.Path out = new org.apache.hadoop.fs.Path(options.out());
            FileSystem fs = out.getFileSystem(jsc.hadoopConfiguration());
            if (!fs.exists(out)) {
                return;
            }
            if (!options.overwrite()) {
                throw new IllegalArgumentException("output directory " + options.out()
                        + " already exists; choose another or replace it with --overwrite");
            }
            fs.delete(out, true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare " + options.out(), e);
        }
    }

    private static String blockingOff(Options options, Matcher matcher) {
        if (!options.blocking()) {
            return "switched off (--no-blocking)";
        }
        if (options.atLeast() == Verdict.NOT_YET) {
            return "off because \"not yet\" pairs are listed (--at-least NOT_YET), and every skipped pair is one";
        }
        if (MatcherInternals.ruleBase(matcher).screen() != null) {
            return null;
        }
        String why = "the essential rules do not compile on their own, so there is no screen";
        // the run stays right but scores every pair: say so where operations look, not only in the summary
        LOG.warn("pair blocking is off, every pair is scored: {}", why);
        return "off: " + why;
    }

    /**
     * Reads documents with where each came from: JSON Lines with file and line number, Parquet with file
     * and row number.
     */
    static JavaRDD<InputRecord> read(SparkSession spark, JavaSparkContext jsc, String path) {
        if (Format.of(path) == Format.PARQUET) {
            Dataset<Row> table = spark.read().parquet(path);
            boolean jsonColumn = Arrays.equals(table.columns(), new String[] {"json"});
            JavaRDD<String> documents = jsonColumn ? table.as(org.apache.spark.sql.Encoders.STRING()).javaRDD()
                    : table.toJSON().javaRDD();
            String name = new org.apache.hadoop.fs.Path(path).getName();
            return documents.zipWithIndex().map(t -> new InputRecord(name + " row " + (t._2() + 1), t._2(), t._1()));
        }
        List<JavaRDD<InputRecord>> parts = new ArrayList<>();
        List<String> files = files(jsc, path);
        for (int i = 0; i < files.size(); i++) {
            String name = new org.apache.hadoop.fs.Path(files.get(i)).getName();
            int file = i;
            parts.add(jsc.textFile(files.get(i)).zipWithIndex()
                    .filter(t -> !t._1().isBlank())
                    .map(t -> new InputRecord(name + " line " + (t._2() + 1), InputRecord.order(file, t._2()), t._1())));
        }
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("no input files at " + path);
        }
        return parts.size() == 1 ? parts.get(0) : jsc.union(parts.toArray(JavaRDD[]::new));
    }

    private static List<String> files(JavaSparkContext jsc, String path) {
        try {
            org.apache.hadoop.fs.Path pattern = new org.apache.hadoop.fs.Path(path);
            FileSystem fs = pattern.getFileSystem(jsc.hadoopConfiguration());
            FileStatus[] matches = fs.globStatus(pattern);
            if (matches == null) {
                return List.of();
            }
            List<String> found = new ArrayList<>();
            for (FileStatus match : matches) {
                Stream<FileStatus> inside = match.isDirectory() ? Arrays.stream(fs.listStatus(match.getPath())) : Stream.of(match);
                inside.filter(FileStatus::isFile)
                        .map(s -> s.getPath().toString())
                        .filter(p -> !new org.apache.hadoop.fs.Path(p).getName().startsWith("_")
                                && !new org.apache.hadoop.fs.Path(p).getName().startsWith("."))
                        .sorted()
                        .forEach(found::add);
            }
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + path, e);
        }
    }

    private static JavaRDD<Row> candidateRows(JavaRDD<PartitionOutput> outputs) {
        return outputs.flatMap(o -> o.candidateTops().stream().flatMap(SparkMatchJob::ranked).iterator());
    }

    private static JavaRDD<Row> jobRows(JavaRDD<PartitionOutput> outputs, int top) {
        return outputs
                .flatMapToPair(o -> o.jobTops().entrySet().stream()
                        .map(e -> new Tuple2<>(e.getKey(), e.getValue())).iterator())
                .reduceByKey((a, b) -> Stream.concat(a.stream(), b.stream())
                        .sorted(Ranked.CANDIDATE_ORDER).limit(top).toList())
                .flatMap(t -> ranked(t._2()).iterator());
    }

    private static Stream<Row> ranked(List<Ranked> list) {
        List<Row> rows = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            Ranked r = list.get(i);
            rows.add(RowFactory.create(r.candidateId(), r.jobId(), i + 1, r.verdict().name(), r.provisional(),
                    r.openEssentialGaps(), r.bridgedEssentialGaps(), r.points(), r.skillScore(), r.searchScore(), r.organisationScore(), seq(r.findings()), seq(r.actions()),
                    r.fingerprint(), r.explanation()));
        }
        return rows.stream();
    }

    // a Row holds arrays as Scala sequences
    private static scala.collection.immutable.Seq<String> seq(List<String> list) {
        return scala.jdk.javaapi.CollectionConverters.asScala(list).toList();
    }

    private static final StructType RANKED = new StructType()
            .add("candidateId", DataTypes.StringType, false)
            .add("jobId", DataTypes.StringType, false)
            .add("rank", DataTypes.IntegerType, false)
            .add("verdict", DataTypes.StringType, false)
            .add("provisional", DataTypes.BooleanType, false)
            .add("openEssentialGaps", DataTypes.IntegerType, false)
            .add("bridgedEssentialGaps", DataTypes.IntegerType, false)
            .add("points", DataTypes.IntegerType, false)
            .add("skillScore", DataTypes.IntegerType, false)
            .add("searchScore", DataTypes.IntegerType, false)
            .add("organisationScore", DataTypes.IntegerType, false)
            .add("findings", DataTypes.createArrayType(DataTypes.StringType, false), false)
            .add("actions", DataTypes.createArrayType(DataTypes.StringType, false), false)
            .add("fingerprint", DataTypes.StringType, false)
            .add("explanation", DataTypes.StringType, true);

    private static void write(SparkSession spark, JavaRDD<Row> rows, String key, String ranked, Options options,
                              String folder) {
        Dataset<Row> table = spark.createDataFrame(rows, RANKED);
        // the listed side first: one list reads top to bottom
        List<String> columns = new ArrayList<>(List.of(key, "rank", ranked));
        Arrays.stream(RANKED.fieldNames()).filter(c -> !columns.contains(c)).forEach(columns::add);
        if (options.explainIn() == null) {
            columns.remove("explanation");
        }
        Dataset<Row> ordered = table.selectExpr(columns.toArray(String[]::new)).orderBy(key, "rank");
        String path = options.out() + "/" + folder;
        if (options.output() == Format.PARQUET) {
            ordered.write().parquet(path);
        } else {
            ordered.write().json(path);
        }
        LOG.info("wrote {}", path);
    }

    private static void writeRejected(SparkSession spark, List<PartitionOutput.Rejected> rejected, Options options) {
        if (rejected.isEmpty()) {
            return;
        }
        List<Row> rows = rejected.stream().sorted(Comparator.comparing(PartitionOutput.Rejected::source))
                .map(r -> RowFactory.create(r.source(), r.error(), r.json())).toList();
        StructType schema = new StructType()
                .add("source", DataTypes.StringType, false)
                .add("error", DataTypes.StringType, false)
                .add("json", DataTypes.StringType, false);
        spark.createDataFrame(rows, schema).coalesce(1).write().json(options.out() + "/rejected");
    }

    private static void writeText(JavaSparkContext jsc, String file, String text) {
        try {
            org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(file);
            FileSystem fs = path.getFileSystem(jsc.hadoopConfiguration());
            try (OutputStream out = fs.create(path, true)) {
                out.write(text.getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
