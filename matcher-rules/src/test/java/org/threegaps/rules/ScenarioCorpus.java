package org.threegaps.rules;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.threegaps.matcher.json.Json;
import org.threegaps.matcher.model.Candidate;
import org.threegaps.matcher.model.Job;
import org.threegaps.matcher.testkit.Scenario;
import org.threegaps.matcher.testkit.ScenarioRunner;

/** The candidate–job pairs of the persona scenario files, for tests that look across all of them. */
final class ScenarioCorpus {
    static final Path SCENARIOS = PersonaScenariosTest.SCENARIOS;

    /** One scenario's pair, named after its file. */
    record NamedPair(String name, Candidate candidate, Job job) {
        @Override
        public String toString() {
            return name;
        }
    }

    private ScenarioCorpus() {
    }

    /** @return the pair of every scenario file under {@link #SCENARIOS}, in file order */
    static List<NamedPair> pairs() {
        List<NamedPair> pairs = new ArrayList<>();
        for (Path file : ScenarioRunner.files(SCENARIOS)) {
            Scenario s = ScenarioRunner.read(file);
            Candidate candidate = s.candidate() != null ? s.candidate() : Json.readCandidate(file.resolveSibling(s.candidateFile()));
            Job job = s.job() != null ? s.job() : Json.readJob(file.resolveSibling(s.jobFile()));
            pairs.add(new NamedPair(SCENARIOS.relativize(file).toString(), candidate, job));
        }
        return pairs;
    }
}
