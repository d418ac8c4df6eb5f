package org.threegaps.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.threegaps.matcher.Matcher;
import org.threegaps.matcher.model.Candidate;
import org.threegaps.matcher.model.Job;
import org.threegaps.matcher.result.Finding;
import org.threegaps.matcher.result.Gap;
import org.threegaps.matcher.result.Kind;
import org.threegaps.matcher.result.MatchResult;
import org.threegaps.matcher.result.Verdict;

/** The bundled data set loads, is as large and varied as the README says, and every pair scores. */
class ExampleDataTest {
    private static final Path DATA = Path.of("src/main/resources/data");
    private static List<Job> jobs;
    private static List<Candidate> candidates;

    @BeforeAll
    static void load() {
        jobs = ExampleData.jobs();
        candidates = ExampleData.candidates();
    }

    @Test
    void everyIndexListsExactlyTheJsonFilesOfItsFolder() throws IOException {
        for (String folder : List.of(ExampleData.JOBS, ExampleData.CANDIDATES)) {
            try (Stream<Path> files = Files.list(DATA.resolve(folder.substring("data/".length())))) {
                Set<String> onDisk = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json"))
                        .collect(Collectors.toSet());
                assertThat(ExampleData.index(folder)).as(folder + "index.txt").containsExactlyInAnyOrderElementsOf(onDisk);
            }
        }
    }

    @Test
    void everyFileNameIsTheIdOfItsDocument() {
        assertThat(jobs).extracting(Job::id)
                .containsExactlyElementsOf(ExampleData.index(ExampleData.JOBS).stream().map(f -> f.replace(".json", "")).toList());
        assertThat(candidates).extracting(Candidate::id)
                .containsExactlyElementsOf(ExampleData.index(ExampleData.CANDIDATES).stream().map(f -> f.replace(".json", "")).toList());
    }

    @Test
    void thereAreAtLeastThirtyJobsAndThirtyCandidates() {
        assertThat(jobs).hasSizeGreaterThanOrEqualTo(30);
        assertThat(candidates).hasSizeGreaterThanOrEqualTo(30);
    }

    @Test
    void jobsCoverTheSectorsOfTheSeedsAndAreAnalysedIntoTasks() {
        assertThat(jobs).extracting(Job::sector).contains("logistics", "care", "retail", "hospitality", "cleaning",
                "construction", "food", "production", "public services");
        assertThat(jobs).allSatisfy(job -> assertThat(job.tasks()).as(job.id()).isNotEmpty());
        assertThat(jobs).filteredOn(job -> !job.redesignOptions().isEmpty()).hasSizeGreaterThanOrEqualTo(10);
        assertThat(jobs).filteredOn(job -> job.tasks().stream().anyMatch(t -> t.regulated())).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void jobsIncludeEarlyNightAndWeekendRostersAndAlternatives() {
        assertThat(jobs).anySatisfy(job -> assertThat(job.rosters()).anySatisfy(r -> assertThat(r.shifts())
                .anySatisfy(s -> assertThat(s.start().getHour()).isLessThanOrEqualTo(6))));
        assertThat(jobs).anySatisfy(job -> assertThat(job.rosters()).anySatisfy(r -> assertThat(r.shifts())
                .anySatisfy(s -> assertThat(s.overnight()).isTrue())));
        assertThat(jobs).anySatisfy(job -> assertThat(job.rosters()).anySatisfy(r -> assertThat(r.shifts())
                .anySatisfy(s -> assertThat(s.day().getValue()).isGreaterThanOrEqualTo(6))));
        assertThat(jobs).filteredOn(job -> job.rosters().size() > 1).hasSizeGreaterThanOrEqualTo(10);
    }

    @Test
    void docsExampleDataListsEveryJobAndCandidate() throws IOException {
        String doc = Files.readString(Path.of("../docs/example-data.md"));

        assertThat(jobs).allSatisfy(job -> assertThat(doc).contains("| `" + job.id() + "` |"));
        assertThat(candidates).allSatisfy(c -> assertThat(doc).contains("| `" + c.id() + "` |"));
        assertThat(doc).contains("holds " + jobs.size() + " Flemish jobs and " + candidates.size() + " candidates");
    }

    @Test
    void theNamedPersonasAreAllThere() {
        assertThat(candidates).extracting(Candidate::id).contains("wendy", "yusuf", "samira", "zainab", "niels", "amira",
                "erkan", "nienke", "joyce", "sandra", "elena", "ci", "ch");
    }

    @Test
    void everyCandidateAgainstEveryJobScoresWithoutError() {
        Matcher matcher = Matcher.withDefaultRules().build();
        List<Candidate> cs = new ArrayList<>();
        List<Job> js = new ArrayList<>();
        for (Candidate c : candidates) {
            for (Job j : jobs) {
                cs.add(c);
                js.add(j);
            }
        }

        List<MatchResult> results = matcher.matchAll(cs, js);

        assertThat(results).hasSize(candidates.size() * jobs.size());
        assertThat(results).allSatisfy(r -> {
            for (Gap gap : Gap.values()) {
                assertThat(r.score(gap)).isBetween(0, 100);
            }
            assertThat(matcher.texts().explain(r, java.util.Locale.forLanguageTag("nl"))).doesNotContainNull();
            assertThat(matcher.texts().explain(r, java.util.Locale.ENGLISH)).doesNotContainNull();
        });
        assertThat(results).extracting(MatchResult::verdict).as("the data set shows every verdict")
                .containsAll(List.of(Verdict.values()));
        assertThat(results).flatExtracting(MatchResult::findings).extracting(Finding::kind).as("and every kind of finding")
                .containsAll(List.of(Kind.values()));
        assertThat(results).flatExtracting(MatchResult::findings).extracting(Finding::gap).as("on every gap")
                .containsAll(List.of(Gap.values()));
    }

    @Test
    void anIncompleteIntakeIsReportedAsUnknownNotAsZero() {
        Matcher matcher = Matcher.withDefaultRules().build();
        Candidate intake = ExampleData.candidate("y");
        Job job = jobs.stream().filter(j -> j.id().equals("centrale-keuken-hasselt")).findFirst().orElseThrow();

        MatchResult result = matcher.match(intake, job);

        assertThat(intake.availability()).isNull();
        assertThat(result.unknowns()).contains("candidate.availability");
    }
}
