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
import java.util.function.Consumer;
import org.threegaps.matcher.Batch;
import org.threegaps.matcher.Matcher;
import org.threegaps.matcher.blocking.OutOfReach;
import org.threegaps.matcher.features.FeatureDeriver.CandidateProfile;
import org.threegaps.matcher.features.FeatureDeriver.JobProfile;
import org.threegaps.matcher.json.JsonInputException;
import org.threegaps.matcher.model.Candidate;
import org.threegaps.matcher.result.Finding;
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
    private final OutOfReach reach;
    private final JobIndex jobs;
    private final Settings settings;
    private final Map<String, InputRecord.FirstUse> repeated;

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

    /**
     * @param repeated the candidate ids more than one document carries, with the first of them, which is
     *                 the only one scored
     */
    PartitionScorer(ExecutorCache.Jobs jobs, Settings settings, Map<String, InputRecord.FirstUse> repeated) {
        this.matcher = jobs.matcher();
        this.jobs = jobs.index();
        this.reach = jobs.reach();
        this.settings = settings;
        this.repeated = Map.copyOf(repeated);
    }

    PartitionOutput score(Iterator<InputRecord> candidates) {
        Counts counts = new Counts();
        List<PartitionOutput.Rejected> rejected = new ArrayList<>();
        Pairs pairs = new Pairs(candidates, counts, rejected);
        Lists lists = new Lists(counts);
        matcher.batch().threads(1).chunkSize(settings.chunkSize()).run(pairs, lists);
        pairs.confirmSkips();
        return lists.output(rejected);
    }

    /**
     * Keeps the lists as results stream by, in pair order: a candidate's results come one after the other,
     * so its list is closed when the next candidate starts; each job's list stays open to the end.
     */
    private final class Lists implements Consumer<MatchResult> {
        private final Counts counts;
        private final List<List<Ranked>> candidateTops = new ArrayList<>();
        private final Map<String, Top> jobTops = new HashMap<>();
        private Candidate owner;
        private Top current = new Top(Ranked.JOB_ORDER);

        Lists(Counts counts) {
            this.counts = counts;
        }

        @Override
        public void accept(MatchResult result) {
            counts.scored(result);
            if (!result.verdict().atLeast(settings.atLeast())) {
                return;
            }
            if (owner != result.candidate()) {
                closeCurrent();
                owner = result.candidate();
            }
            Ranked ranked = Ranked.of(result);
            Top forJob = jobTops.computeIfAbsent(result.jobId(), id -> new Top(Ranked.CANDIDATE_ORDER));
            boolean forCandidate = current.wouldKeep(ranked);
            if (forCandidate || forJob.wouldKeep(ranked)) {
                // only what enters a list carries its (costly) whole result document
                Ranked listed = settings.explainIn() == null ? ranked : ranked.explained(result, settings.explainIn());
                current.offer(listed);
                forJob.offer(listed);
            }
        }

        private void closeCurrent() {
            if (!current.isEmpty()) {
                candidateTops.add(current.best());
                current = new Top(Ranked.JOB_ORDER);
            }
        }

        PartitionOutput output(List<PartitionOutput.Rejected> rejected) {
            closeCurrent();
            Map<String, List<Ranked>> byJob = new HashMap<>();
            jobTops.forEach((job, top) -> byJob.put(job, top.best()));
            return new PartitionOutput(candidateTops, byJob, counts, rejected);
        }
    }

    /** The best {@code settings.top()} entries so far, worst on top of the heap so it leaves first. */
    private final class Top {
        private final Comparator<Ranked> order;
        private final PriorityQueue<Ranked> worstFirst;

        Top(Comparator<Ranked> order) {
            this.order = order;
            this.worstFirst = new PriorityQueue<>(order.reversed());
        }

        boolean wouldKeep(Ranked entry) {
            return worstFirst.size() < settings.top() || order.compare(entry, worstFirst.peek()) < 0;
        }

        void offer(Ranked entry) {
            if (wouldKeep(entry)) {
                worstFirst.add(entry);
                if (worstFirst.size() > settings.top()) {
                    worstFirst.poll();
                }
            }
        }

        boolean isEmpty() {
            return worstFirst.isEmpty();
        }

        List<Ranked> best() {
            return worstFirst.stream().sorted(order).toList();
        }
    }

    /** The pairs of the partition, one candidate at a time: parsed, met with their jobs, skips counted. */
    private final class Pairs implements Iterator<Batch.Request> {
        private final Iterator<InputRecord> records;
        private final Counts counts;
        private final List<PartitionOutput.Rejected> rejected;
        private final ArrayDeque<Batch.Request> ready = new ArrayDeque<>();
        // the skips nearest the distance threshold (farthest of them first, to be replaced) and the first
        // no-mode skips: if the rules no longer block where blocking assumes, these are the first to show it
        private final PriorityQueue<Skipped> nearest = new PriorityQueue<>(
                Comparator.comparingDouble(Skipped::beyond).reversed());
        private final List<Skipped> noMode = new ArrayList<>();

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
            InputRecord.FirstUse first = repeated.get(candidate.id());
            if (first != null && first.order() != record.order()) {
                counts.rejected++;
                rejected.add(new PartitionOutput.Rejected(record.source(), record.source() + ": candidate id \""
                        + candidate.id() + "\" is already used by " + first.source(), record.json()));
                return;
            }
            counts.candidates++;
            counts.pairs += jobs.size();
            CandidateProfile profile = matcher.features().profile(candidate);
            jobs.meet(profile, job -> ready.add(new Batch.Request(candidate, job.job())), new JobIndex.Skips() {
                @Override
                public void skipped(String blocker, JobProfile job) {
                    counts.skipped(blocker, 1);
                    keepForCheck(blocker, profile, job, candidate);
                }

                @Override
                public void skippedBeyondReach(String blocker, long pairs) {
                    counts.skipped(blocker, pairs);
                }
            });
        }

        private void keepForCheck(String blocker, CandidateProfile profile, JobProfile job, Candidate candidate) {
            if (blocker.equals(OutOfReach.NO_MODE)) {
                if (noMode.size() < Math.min(2, settings.checks())) {
                    noMode.add(new Skipped(new Batch.Request(candidate, job.job()), blocker, 0));
                }
                return;
            }
            double beyond = reach.beyond(profile, job);
            if (nearest.size() < settings.checks()) {
                nearest.add(new Skipped(new Batch.Request(candidate, job.job()), blocker, beyond));
            } else if (!nearest.isEmpty() && beyond < nearest.peek().beyond()) {
                nearest.poll();
                nearest.add(new Skipped(new Batch.Request(candidate, job.job()), blocker, beyond));
            }
        }

        /**
         * Scores a few skipped pairs anyway, those nearest the distance threshold: if the mobility rules were
         * changed in a way blocking does not know, the run stops instead of hiding pairs the rules would have
         * listed.
         */
        void confirmSkips() {
            List<Skipped> toConfirm = new ArrayList<>(nearest);
            toConfirm.addAll(noMode);
            for (Skipped skipped : toConfirm) {
                Batch.Request pair = skipped.pair();
                MatchResult result = matcher.match(pair.candidate(), pair.job());
                if (!OutOfReach.confirms(result, skipped.blocker())) {
                    throw new BlockingCheckFailed(pair.candidate().id() + " × " + pair.job().id()
                            + " was skipped as out of reach (" + skipped.blocker() + "), but rule set "
                            + matcher.fingerprint() + " scores it " + result.verdict() + " with blockers "
                            + result.blockers().stream().map(Finding::ruleId).toList()
                            + ": the mobility rules no longer mean what blocking assumes; run with --no-blocking");
                }
            }
        }
    }

    private record Skipped(Batch.Request pair, String blocker, double beyond) {
    }

    /** A skipped pair that the rules would not have blocked: the run stops rather than hide it. */
    static final class BlockingCheckFailed extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        BlockingCheckFailed(String message) {
            super(message);
        }
    }
}
