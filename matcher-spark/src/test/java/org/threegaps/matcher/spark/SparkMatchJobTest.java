package org.threegaps.matcher.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threegaps.matcher.Matcher;
import org.threegaps.matcher.RuleSource;
import org.threegaps.matcher.json.Json;
import org.threegaps.matcher.model.Candidate;
import org.threegaps.matcher.model.Job;
import org.threegaps.matcher.result.Gap;
import org.threegaps.matcher.result.MatchResult;
import org.threegaps.matcher.result.Verdict;
import org.threegaps.matcher.testkit.ResultSchema;

/** The Spark job in local mode on a small population, against the single-machine ranking. */
class SparkMatchJobTest {
    private static final int TOP = 5;
    // the rule base the job's executors use in local mode: compiled once for the whole class
    private static final Matcher MATCHER = ExecutorCache.matcher(RuleFiles.of(RuleSource.defaults()), 1000);
    private static final Population POPULATION = Population.random(11, 80, 120);

    @TempDir
    static Path dir;
    private static SparkSession spark;
    private static Summary blocked;

    @BeforeAll
    static void start() {
        spark = SparkSession.builder().master("local[2]").appName("threegaps-test")
                .config("spark.ui.enabled", "false")
                // local mode needs no network: do not depend on how the build machine's hostname resolves
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.driver.host", "localhost")
                .config("spark.sql.shuffle.partitions", "4")
                .getOrCreate();
        POPULATION.writeTo(dir.resolve("in"));
        blocked = SparkMatchJob.run(spark, options("blocked").withTop(TOP));
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    @Test
    void eachCandidatesTopJobsEqualTheSingleMachineRanking() {
        Map<String, List<Row>> lists = lists("blocked/top-jobs-per-candidate", "candidateId");

        for (Candidate candidate : POPULATION.candidates()) {
            List<MatchResult> expected = MATCHER.rankJobs(candidate, POPULATION.jobs()).atLeast(Verdict.AFTER_REDESIGN).top(TOP);
            assertSame(lists.getOrDefault(candidate.id(), List.of()), expected, "jobId", MatchResult::jobId);
        }
    }

    @Test
    void eachJobsTopCandidatesEqualTheSingleMachineRanking() {
        Map<String, List<Row>> lists = lists("blocked/top-candidates-per-job", "jobId");

        for (Job job : POPULATION.jobs()) {
            List<MatchResult> expected = MATCHER.rankCandidates(job, POPULATION.candidates()).atLeast(Verdict.AFTER_REDESIGN).top(TOP);
            assertSame(lists.getOrDefault(job.id(), List.of()), expected, "candidateId", MatchResult::candidateId);
        }
    }

    @Test
    void theSummaryAccountsForEveryPair() throws IOException {
        Summary.Pairs pairs = blocked.pairs();

        assertThat(pairs.total()).isEqualTo(80L * 120);
        assertThat(pairs.scored() + pairs.skipped()).isEqualTo(pairs.total());
        assertThat(pairs.skipped()).isPositive();
        assertThat(pairs.skippedBy()).containsKey("MO-01");
        assertThat(pairs.skippedBy().get("MO-01").rule()).startsWith("MO-01 ");
        assertThat(pairs.skippedBy().get("MO-01").why()).contains("within reach");
        assertThat(pairs.skippedBy().values().stream().mapToLong(Summary.Skip::pairs).sum()).isEqualTo(pairs.skipped());
        assertThat(blocked.verdicts().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(pairs.scored());
        assertThat(blocked.gaps().get(Gap.ORGANISATION).values().stream().mapToLong(Long::longValue).sum()).isEqualTo(pairs.scored());
        assertThat(blocked.fingerprint()).isEqualTo(MATCHER.fingerprint());
        assertThat(Files.readString(dir.resolve("out/blocked/summary.json"))).contains("\"skippedBy\"", "\"MO-01\"",
                "\"provisional\" : " + blocked.provisional());
        assertThat(blocked.provisional()).isBetween(0L, pairs.scored());
        assertThat(blocked.text()).containsPattern("verdicts .*; provisional [\\d,]+ ");
    }

    @Test
    void withoutBlockingEveryPairIsScoredAndTheListsAreTheSame() {
        Summary all = SparkMatchJob.run(spark, options("all").withTop(TOP).withBlocking(false));

        assertThat(all.pairs().skipped()).isZero();
        assertThat(all.pairs().scored()).isEqualTo(80L * 120);
        assertThat(all.blocking()).contains("--no-blocking");
        // every skipped pair came out "not yet" once it was scored
        for (Verdict verdict : List.of(Verdict.MATCH, Verdict.MATCH_WITH_SUPPORT, Verdict.AFTER_REDESIGN)) {
            assertThat(all.verdicts().get(verdict)).isEqualTo(blocked.verdicts().get(verdict));
        }
        assertThat(all.verdicts().get(Verdict.NOT_YET))
                .isEqualTo(blocked.verdicts().get(Verdict.NOT_YET) + blocked.pairs().skipped());
        assertThat(blocked.verdicts().get(Verdict.NOT_YET)).isZero();
        assertThat(rows("all/top-jobs-per-candidate")).isEqualTo(rows("blocked/top-jobs-per-candidate"));
        assertThat(rows("all/top-candidates-per-job")).isEqualTo(rows("blocked/top-candidates-per-job"));
    }

    @Test
    void aRuleSetWhoseMobilityBlockerReadsOtherwiseIsScreenedByItsOwnRulesAndListsTheSame() throws IOException {
        Path rules = dir.resolve("rules-care-exception");
        Files.createDirectories(rules);
        RuleSource defaults = RuleSource.defaults();
        for (String name : defaults.names()) {
            Files.write(rules.resolve(name), defaults.bytes(name));
        }
        String mobility = defaults.text("mobility.drl").replace("    $p : Pair( commute.known, commute.bestMode == null,",
                "    $p : Pair( commute.known, commute.bestMode == null, job.sector != \"care\",");
        assertThat(mobility).isNotEqualTo(defaults.text("mobility.drl"));
        Files.writeString(rules.resolve("mobility.drl"), mobility);

        Summary summary = SparkMatchJob.run(spark, options("care-exception").withTop(TOP).withRules(rules));
        Summary every = SparkMatchJob.run(spark, options("care-exception-all").withTop(TOP).withRules(rules).withBlocking(false));

        assertThat(summary.blocking()).isEqualTo("on");
        assertThat(summary.pairs().skipped()).isPositive();
        assertThat(summary.pairs().scored() + summary.pairs().skipped()).isEqualTo(80L * 120);
        assertThat(rows("care-exception/top-jobs-per-candidate")).isEqualTo(rows("care-exception-all/top-jobs-per-candidate"));
        assertThat(rows("care-exception/top-candidates-per-job")).isEqualTo(rows("care-exception-all/top-candidates-per-job"));
    }

    @Test
    void listingNotYetPairsSwitchesBlockingOffAndStillEqualsTheSingleMachineRanking() {
        Summary summary = SparkMatchJob.run(spark, options("not-yet").withTop(3).withAtLeast(Verdict.NOT_YET));

        assertThat(summary.pairs().skipped()).isZero();
        assertThat(summary.blocking()).contains("NOT_YET");
        Map<String, List<Row>> lists = lists("not-yet/top-jobs-per-candidate", "candidateId");
        for (Candidate candidate : POPULATION.candidates().subList(0, 30)) {
            assertSame(lists.get(candidate.id()), MATCHER.rankJobs(candidate, POPULATION.jobs()).top(3), "jobId", MatchResult::jobId);
        }
    }

    @Test
    void explainedRowsHoldTheLibrarysResultDocumentValidAgainstTheSchema() throws IOException {
        SparkMatchJob.Options explained = new SparkMatchJob.Options(dir.resolve("in/candidates.jsonl").toString(),
                dir.resolve("in/jobs.jsonl").toString(), dir.resolve("out/explained").toString(), null, 2,
                Verdict.NOT_YET, true, 0, 500, 1000, Locale.ENGLISH, SparkMatchJob.Format.JSONL, false);

        SparkMatchJob.run(spark, explained);

        Map<String, Candidate> candidates = new HashMap<>();
        POPULATION.candidates().forEach(c -> candidates.put(c.id(), c));
        Map<String, Job> jobs = new HashMap<>();
        POPULATION.jobs().forEach(j -> jobs.put(j.id(), j));
        List<Row> rows = new java.util.ArrayList<>();
        for (String list : List.of("top-jobs-per-candidate", "top-candidates-per-job")) {
            List<Row> listed = spark.read().json(dir.resolve("out/explained/" + list).toString()).collectAsList();
            assertThat(listed).as(list).isNotEmpty();
            rows.addAll(listed);
        }
        for (Row row : rows) {
            String document = row.getAs("explanation");
            assertThat(ResultSchema.problems(document)).as(document).isEmpty();
            MatchResult result = MATCHER.match(candidates.get(row.<String>getAs("candidateId")), jobs.get(row.<String>getAs("jobId")));
            assertThat(document).isEqualTo(Json.writeLine(MATCHER.texts().document(result, Locale.ENGLISH)));
        }
    }

    @Test
    void parquetInputGivesTheSameListsAsJsonLines() {
        for (String side : List.of("candidates", "jobs")) {
            spark.read().json(dir.resolve("in/" + side + ".jsonl").toString())
                    .write().parquet(dir.resolve("in/" + side + ".parquet").toString());
        }
        SparkMatchJob.Options parquet = new SparkMatchJob.Options(dir.resolve("in/candidates.parquet").toString(),
                dir.resolve("in/jobs.parquet").toString(), dir.resolve("out/parquet").toString(), null, TOP,
                Verdict.AFTER_REDESIGN, true, 0, 500, 20, null, SparkMatchJob.Format.JSONL, false);

        SparkMatchJob.run(spark, parquet);

        assertThat(rows("parquet/top-jobs-per-candidate")).isEqualTo(rows("blocked/top-jobs-per-candidate"));
    }

    @Test
    void aBrokenCandidateIsRejectedWithItsLineAndTheOthersAreScored() throws IOException {
        Path in = dir.resolve("broken");
        Files.createDirectories(in);
        List<String> lines = new ArrayList<>(Files.readAllLines(dir.resolve("in/candidates.jsonl")).subList(0, 10));
        lines.set(3, lines.get(3).replaceFirst("\"maxCommuteMinutes\":\\s*\\d+", "\"maxCommuteMinutes\":\"an hour\"")
                .replaceFirst("^\\{", "{\"maxCommuteMinutes\":\"an hour\","));
        Files.write(in.resolve("candidates.jsonl"), lines);
        SparkMatchJob.Options options = SparkMatchJob.Options.of(in.resolve("candidates.jsonl").toString(),
                dir.resolve("in/jobs.jsonl").toString(), dir.resolve("out/broken").toString());

        Summary summary = SparkMatchJob.run(spark, options);

        assertThat(summary.rejected().candidates()).isEqualTo(1);
        assertThat(summary.candidates()).isEqualTo(9);
        assertThat(summary.rejected().errors()).singleElement().asString()
                .startsWith("candidates.jsonl line 4").contains("maxCommuteMinutes");
        List<Row> rejected = spark.read().json(dir.resolve("out/broken/rejected").toString()).collectAsList();
        assertThat(rejected).singleElement().satisfies(row -> assertThat(row.<String>getAs("json")).isEqualTo(lines.get(3)));
    }

    @Test
    void anExistingOutputIsNotOverwrittenUnlessAsked() {
        assertThatThrownBy(() -> SparkMatchJob.run(spark, options("blocked").withTop(TOP)))
                .hasMessageContaining("already exists");
    }

    @Test
    void overwritingLeavesNothingOfTheEarlierRun() throws IOException {
        Path in = dir.resolve("again");
        Files.createDirectories(in);
        List<String> lines = Files.readAllLines(dir.resolve("in/candidates.jsonl")).subList(0, 3);
        Files.write(in.resolve("with-broken.jsonl"), List.of(lines.get(0), "{\"id\": ", lines.get(1)));
        Files.write(in.resolve("good.jsonl"), lines);
        String jobs = dir.resolve("in/jobs.jsonl").toString();
        String out = dir.resolve("out/again").toString();
        SparkMatchJob.run(spark, SparkMatchJob.Options.of(in.resolve("with-broken.jsonl").toString(), jobs, out));
        assertThat(dir.resolve("out/again/rejected")).isDirectory();

        Summary second = SparkMatchJob.run(spark,
                SparkMatchJob.Options.of(in.resolve("good.jsonl").toString(), jobs, out).withOverwrite(true));

        assertThat(second.candidates()).isEqualTo(3);
        assertThat(dir.resolve("out/again/rejected")).doesNotExist();
        assertThat(dir.resolve("out/again/summary.json")).isRegularFile();
    }

    @Test
    void aSecondJobWithTheSameIdIsRejectedNotMerged() throws IOException {
        Path in = dir.resolve("twice");
        Files.createDirectories(in);
        List<String> jobs = Files.readAllLines(dir.resolve("in/jobs.jsonl")).subList(0, 3);
        Files.write(in.resolve("jobs.jsonl"), List.of(jobs.get(0), jobs.get(1), jobs.get(0)));
        Files.write(in.resolve("candidates.jsonl"), Files.readAllLines(dir.resolve("in/candidates.jsonl")).subList(0, 2));

        Summary summary = SparkMatchJob.run(spark, SparkMatchJob.Options.of(in.resolve("candidates.jsonl").toString(),
                in.resolve("jobs.jsonl").toString(), dir.resolve("out/twice").toString()));

        assertThat(summary.jobs()).isEqualTo(2);
        assertThat(summary.rejected().jobs()).isEqualTo(1);
        assertThat(summary.rejected().errors()).singleElement().asString()
                .isEqualTo("jobs.jsonl line 3: job id \"" + POPULATION.jobs().get(0).id() + "\" is already used by jobs.jsonl line 1");
    }

    @Test
    void aSecondCandidateWithTheSameIdIsRejectedAndTheFirstIsListedOnce() throws IOException {
        Path in = dir.resolve("same-person");
        Files.createDirectories(in);
        List<String> people = Files.readAllLines(dir.resolve("in/candidates.jsonl")).subList(0, 4);
        // the repeat sits in another file, so it lands in another partition than the first
        Files.write(in.resolve("a.jsonl"), List.of(people.get(0), people.get(1)));
        Files.write(in.resolve("b.jsonl"), List.of(people.get(2), people.get(0), people.get(3)));
        String out = dir.resolve("out/same-person").toString();

        Summary summary = SparkMatchJob.run(spark, SparkMatchJob.Options.of(in.toString(),
                dir.resolve("in/jobs.jsonl").toString(), out).withTop(TOP).withAtLeast(Verdict.NOT_YET));

        String id = POPULATION.candidates().get(0).id();
        assertThat(summary.candidates()).isEqualTo(4);
        assertThat(summary.rejected().candidates()).isEqualTo(1);
        assertThat(summary.rejected().errors()).singleElement().asString()
                .isEqualTo("b.jsonl line 2: candidate id \"" + id + "\" is already used by a.jsonl line 1");
        assertThat(spark.read().json(out + "/rejected").collectAsList()).singleElement()
                .satisfies(row -> assertThat(row.<String>getAs("json")).isEqualTo(people.get(0)));
        assertThat(lists("same-person/top-candidates-per-job", "jobId").values()).allSatisfy(list ->
                assertThat(list).filteredOn(row -> id.equals(row.getAs("candidateId"))).hasSizeLessThanOrEqualTo(1));
        assertThat(lists("same-person/top-jobs-per-candidate", "candidateId").get(id)).hasSize(TOP);
    }

    @Test
    void aRepeatIsFoundByTheIdScoringReadsAndARejectedFirstDocumentDoesNotCount() throws IOException {
        Path in = dir.resolve("repeats");
        Files.createDirectories(in);
        List<String> people = Files.readAllLines(dir.resolve("in/candidates.jsonl")).subList(0, 3);
        String first = POPULATION.candidates().get(0).id();
        String second = POPULATION.candidates().get(1).id();
        // the same person with a space before the id (read as the same id), and a broken document for
        // the second person before their valid one
        String spaced = people.get(0).replace("\"id\":\"" + first + "\"", "\"id\":\" " + first + "\"");
        String broken = people.get(1).replace("\"id\":\"" + second + "\"", "\"id\":\"" + second + "\",\"age\":40");
        assertThat(spaced).isNotEqualTo(people.get(0));
        assertThat(broken).isNotEqualTo(people.get(1));
        Files.write(in.resolve("a.jsonl"), List.of(people.get(0), broken));
        Files.write(in.resolve("b.jsonl"), List.of(spaced, people.get(1), people.get(2)));

        Summary summary = SparkMatchJob.run(spark, SparkMatchJob.Options.of(in.toString(),
                dir.resolve("in/jobs.jsonl").toString(), dir.resolve("out/repeats").toString()).withTop(TOP));

        assertThat(summary.candidates()).isEqualTo(3);
        assertThat(summary.rejected().candidates()).isEqualTo(2);
        assertThat(summary.rejected().errors()).hasSize(2)
                .anySatisfy(e -> assertThat(e).startsWith("a.jsonl line 2:").contains("unknown field \"age\""))
                .contains("b.jsonl line 1: candidate id \"" + first + "\" is already used by a.jsonl line 1");
    }

    private static SparkMatchJob.Options options(String out) {
        return SparkMatchJob.Options.of(dir.resolve("in/candidates.jsonl").toString(),
                dir.resolve("in/jobs.jsonl").toString(), dir.resolve("out/" + out).toString());
    }

    private static List<String> rows(String folder) {
        return spark.read().json(dir.resolve("out/" + folder).toString()).toJSON().collectAsList().stream().sorted().toList();
    }

    private static Map<String, List<Row>> lists(String folder, String key) {
        Map<String, List<Row>> lists = new TreeMap<>();
        for (Row row : spark.read().json(dir.resolve("out/" + folder).toString()).collectAsList()) {
            lists.computeIfAbsent(row.getAs(key), k -> new ArrayList<>()).add(row);
        }
        lists.values().forEach(list -> list.sort((a, b) -> Long.compare(a.<Long>getAs("rank"), b.<Long>getAs("rank"))));
        return lists;
    }

    private static void assertSame(List<Row> actual, List<MatchResult> expected, String listed,
                                   java.util.function.Function<MatchResult, String> id) {
        List<Map<String, Object>> want = new ArrayList<>();
        for (int i = 0; i < expected.size(); i++) {
            MatchResult r = expected.get(i);
            Map<String, Object> row = new HashMap<>();
            row.put("rank", (long) i + 1);
            row.put(listed, id.apply(r));
            row.put("verdict", r.verdict().name());
            row.put("provisional", r.provisional());
            row.put("openEssentialGaps", (long) r.openEssentialGaps());
            row.put("bridgedEssentialGaps", (long) r.bridgedEssentialGaps());
            row.put("points", (long) r.overallScore());
            row.put("skillScore", (long) r.score(Gap.SKILL));
            row.put("searchScore", (long) r.score(Gap.SEARCH));
            row.put("organisationScore", (long) r.score(Gap.ORGANISATION));
            row.put("fingerprint", r.fingerprint());
            row.put("findings", r.findings().stream().map(f -> f.ruleId()).toList());
            want.add(row);
        }
        List<Map<String, Object>> got = new ArrayList<>();
        for (Row row : actual == null ? List.<Row>of() : actual) {
            Map<String, Object> values = new HashMap<>();
            for (String field : want.isEmpty() ? List.of("rank") : want.get(0).keySet()) {
                Object value = row.getAs(field);
                values.put(field, value instanceof scala.collection.Seq<?> seq
                        ? scala.jdk.javaapi.CollectionConverters.asJava(seq) : value);
            }
            got.add(values);
        }
        if (want.isEmpty()) {
            assertThat(got).isEmpty();
        } else {
            assertThat(got).isEqualTo(want);
        }
    }
}
