package org.threegaps.matcher.spark;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.threegaps.matcher.Matcher;
import org.threegaps.matcher.RuleSource;
import org.threegaps.matcher.model.Job;

/**
 * What each executor JVM builds once and keeps: the compiled rule base per rule-set fingerprint, and the
 * parsed jobs per run. Tasks of the same run on the same executor share them; compiling a rule base takes
 * seconds, scoring a partition should not.
 */
final class ExecutorCache {
    private static final Map<String, Matcher> MATCHERS = new ConcurrentHashMap<>();
    private static final Map<String, Jobs> JOBS = new ConcurrentHashMap<>();

    private ExecutorCache() {
    }

    /** The jobs of one run, parsed, with the matcher that scores them. */
    record Jobs(Matcher matcher, List<Job> jobs) {
    }

    /**
     * @param screenCheck how many of the pairs the screen leaves out are fully scored to check it: one in so many
     */
    static Matcher matcher(RuleFiles files, int screenCheck) {
        RuleSource source = files.source();
        return MATCHERS.computeIfAbsent(source.fingerprint() + "/" + screenCheck,
                key -> Matcher.withRules(source).screenCheck(screenCheck).build());
    }

    /**
     * @param run a key of this run's job list (its broadcast id), so two runs never share it
     */
    static Jobs jobs(String run, RuleFiles files, List<InputRecord> jobRecords, int screenCheck) {
        // one run at a time per executor JVM: drop the jobs of earlier runs
        JOBS.keySet().removeIf(key -> !key.equals(run));
        return JOBS.computeIfAbsent(run, key -> new Jobs(matcher(files, screenCheck),
                jobRecords.stream().map(record -> record.parse(Job.class)).toList()));
    }
}
