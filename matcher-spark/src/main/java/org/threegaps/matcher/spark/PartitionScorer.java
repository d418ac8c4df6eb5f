package org.threegaps.matcher.spark;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;
import org.threegaps.matcher.Batch;
import org.threegaps.matcher.Matcher;
import org.threegaps.matcher.Ranking;
import org.threegaps.matcher.features.FeatureDeriver.CandidateProfile;
import org.threegaps.matcher.features.FeatureDeriver.JobProfile;
import org.threegaps.matcher.json.JsonInputException;
import org.threegaps.matcher.model.Candidate;
import org.threegaps.matcher.result.MatchResult;
import org.threegaps.matcher.result.Verdict;

/**
 * Scores one partition of candidates against the run's jobs, on the executor: pairs are formed lazily
 * candidate by candidate (skipping the ones out of reach), scored by the single-machine
 * {@link Batch} in chunks, and reduced to top-N lists as they stream by. Spark-free, so it is tested
 * directly.
 */
final class PartitionScorer {
    private final Matcher matcher;
    private final JobIndex jobs;
    private final Settings settings;

    /**
     * @param top        how many jobs per candidate and candidates per job to keep
     * @param atLeast    the worst verdict a listed pair may have
     * @param chunkSize  pairs per rule execution
     * @param checks     how many skipped pairs per partition to score anyway, to confirm they are blocked
     * @param explainIn  the language of the whole result documents to attach, or null for none
     */
    record Settings(int top, Verdict atLeast, int chunkSize, int checks, Locale explainIn) implements java.io.Serializable {
        private static final long serialVersionUID = 1L;
    }

    PartitionScorer(ExecutorCache.Jobs jobs, Settings settings) {
        this.matcher = jobs.matcher();
        this.jobs = jobs.index();
        this.settings = settings;
    }

    PartitionOutput score(Iterator<InputRecord> candidates) {
        Counts counts = new Counts();
        List<PartitionOutput.Rejected> rejected = new ArrayList<>();
        List<List<Ranked>> candidateTops = new ArrayList<>();
        Map<String, PriorityQueue<MatchResult>> jobHeaps = new HashMap<>();
        Pairs pairs = new Pairs(candidates, counts, rejected);
        TopOf current = new TopOf(Ranking.jobOrder());
        matcher.batch().threads(1).chunkSize(settings.chunkSize()).run(pairs, result -> {
            counts.scored(result);
            if (!result.verdict().atLeast(settings.atLeast())) {
                return;
            }
            if (current.owner != result.candidate()) {
                current.drainTo(candidateTops, settings.explainIn());
                current.owner = result.candidate();
            }
            current.offer(result, settings.top());
            jobHeaps.computeIfAbsent(result.jobId(), id -> new PriorityQueue<>(Ranking.candidateOrder().reversed()))
                    .add(result);
            PriorityQueue<MatchResult> heap = jobHeaps.get(result.jobId());
            if (heap.size() > settings.top()) {
                heap.poll();
            }
        });
        current.drainTo(candidateTops, settings.explainIn());
        Map<String, List<Ranked>> jobTops = new HashMap<>();
        jobHeaps.forEach((job, heap) -> jobTops.put(job, heap.stream()
                .sorted(Ranking.candidateOrder()).map(r -> Ranked.of(r, settings.explainIn())).toList()));
        pairs.confirmSkips();
        return new PartitionOutput(candidateTops, jobTops, counts, rejected);
    }

    /** The best results of one candidate so far. */
    private static final class TopOf {
        private final Comparator<MatchResult> order;
        private final PriorityQueue<MatchResult> heap;
        Candidate owner;

        TopOf(Comparator<MatchResult> order) {
            this.order = order;
            this.heap = new PriorityQueue<>(order.reversed());
        }

        void offer(MatchResult result, int top) {
            heap.add(result);
            if (heap.size() > top) {
                heap.poll();
            }
        }

        void drainTo(List<List<Ranked>> out, Locale explainIn) {
            if (!heap.isEmpty()) {
                out.add(heap.stream().sorted(order).map(r -> Ranked.of(r, explainIn)).toList());
                heap.clear();
            }
        }
    }

    /** The pairs of the partition, one candidate at a time: parsed, met with their jobs, skips counted. */
    private final class Pairs implements Iterator<Batch.Request> {
        private final Iterator<InputRecord> records;
        private final Counts counts;
        private final List<PartitionOutput.Rejected> rejected;
        private final ArrayDeque<Batch.Request> ready = new ArrayDeque<>();
        private final List<Batch.Request> toConfirm = new ArrayList<>();
        private final List<String> toConfirmBlocker = new ArrayList<>();

        Pairs(Iterator<InputRecord> records, Counts counts, List<PartitionOutput.Rejected> rejected) {
            this.records = records;
            this.counts = counts;
            this.rejected = rejected;
        }

        @Override
        public boolean hasNext() {
            while (ready.isEmpty() && records.hasNext()) {
                meet(records.next());
            }
            return !ready.isEmpty();
        }

        @Override
        public Batch.Request next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return ready.poll();
        }

        private void meet(InputRecord record) {
            Candidate candidate;
            try {
                candidate = record.parse(Candidate.class);
            } catch (JsonInputException e) {
                counts.rejected++;
                rejected.add(new PartitionOutput.Rejected(record.source(), e.getMessage(), record.json()));
                return;
            }
            counts.candidates++;
            counts.pairs += jobs.size();
            CandidateProfile profile = matcher.features().profile(candidate);
            jobs.meet(profile, job -> ready.add(new Batch.Request(candidate, job.job())), new JobIndex.Skips() {
                @Override
                public void skipped(String blocker, JobProfile job) {
                    counts.skipped(blocker, 1);
                    if (toConfirm.size() < settings.checks()) {
                        toConfirm.add(new Batch.Request(candidate, job.job()));
                        toConfirmBlocker.add(blocker);
                    }
                }

                @Override
                public void skippedBeyondReach(String blocker, long pairs) {
                    counts.skipped(blocker, pairs);
                }
            });
        }

        /**
         * Scores a few skipped pairs anyway: if the mobility rules were changed in a way blocking does not
         * know, the run stops instead of hiding pairs the rules would have listed.
         */
        void confirmSkips() {
            for (int i = 0; i < toConfirm.size(); i++) {
                Batch.Request pair = toConfirm.get(i);
                MatchResult result = matcher.match(pair.candidate(), pair.job());
                if (!OutOfReach.confirms(result, toConfirmBlocker.get(i))) {
                    throw new IllegalStateException("pair " + pair.candidate().id() + " × " + pair.job().id()
                            + " was skipped as out of reach (" + toConfirmBlocker.get(i) + "), but the rule set "
                            + matcher.fingerprint() + " scores it " + result.verdict() + " with " + result.findings().stream()
                            .filter(f -> f.kind() == org.threegaps.matcher.result.Kind.BLOCKER).map(f -> f.ruleId()).toList()
                            + ": the mobility rules no longer match what blocking assumes; run with --no-blocking");
                }
            }
        }
    }
}
