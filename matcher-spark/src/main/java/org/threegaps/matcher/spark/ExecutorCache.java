package org.threegaps.matcher.spark;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.threegaps.matcher.Matcher;
import org.threegaps.matcher.blocking.OutOfReach;
import org.threegaps.matcher.engine.RuleSource;
import org.threegaps.matcher.features.FeatureDeriver.JobProfile;
import org.threegaps.matcher.model.Job;

/**
 * What each executor JVM builds once and keeps: the compiled rule base per rule-set fingerprint, and the
 * parsed, indexed jobs per run. Tasks of the same run on the same executor share them; compiling a rule
 * base takes seconds, scoring a partition should not.
 */
final class ExecutorCache {
    private static final Map<String, Matcher> MATCHERS = new ConcurrentHashMap<>();
    private static final Map<String, Jobs> JOBS = new ConcurrentHashMap<>();

    private ExecutorCache() {
    }

    /** The jobs of one run, parsed and indexed. */
    record Jobs(Matcher matcher, OutOfReach reach, JobIndex index) {
    }

    static Matcher matcher(RuleFiles files) {
        RuleSource source = files.source();
        return MATCHERS.computeIfAbsent(source.fingerprint(), fingerprint -> Matcher.withRules(source).build());
    }

    /**
     * @param run       a key of this run's job list (its broadcast id), so two runs never share an index
     * @param blocking  false to score every pair
     */
    static Jobs jobs(String run, RuleFiles files, List<InputRecord> jobRecords, boolean blocking) {
        // one run at a time per executor JVM: drop the jobs of earlier runs
        JOBS.keySet().removeIf(key -> !key.equals(run));
        return JOBS.computeIfAbsent(run, key -> {
            Matcher matcher = matcher(files);
            OutOfReach reach = blocking ? OutOfReach.of(matcher.ruleBase(), matcher.features())
                    : OutOfReach.off(matcher.ruleBase(), matcher.features(), "blocking switched off");
            List<JobProfile> profiles = jobRecords.stream()
                    .map(record -> matcher.features().profile(record.parse(Job.class)))
                    .toList();
            return new Jobs(matcher, reach, new JobIndex(profiles, reach));
        });
    }
}
