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
import org.threegaps.matcher.ResultTexts;
import org.threegaps.matcher.json.JsonInputException;
import org.threegaps.matcher.model.Candidate;
import org.threegaps.matcher.model.Job;
import org.threegaps.matcher.result.MatchResult;
import org.threegaps.matcher.result.Verdict;

/**
 * Scores one partition of candidates against the run's jobs, on the executor: pairs are formed lazily
 * candidate by candidate, scored by the single-machine {@link Batch} in chunks {@linkplain Batch#atLeast at least}
 * the verdict listed (the screen leaves out, and this counts, the pairs that cannot reach it), and reduced to
 * top-N lists as they stream by. Should the screen's self-check find, during the partition, a left-out pair that
 * scores better than promised, the whole partition is scored again in full, so no pair is missing from the lists.
 * Spark-free, so it is tested directly.
 */
final class PartitionScorer {
    private final Matcher matcher;
    private final List<Job> jobs;
    private final Settings settings;
    private final Map<String, InputRecord.FirstUse> repeated;

    /**
     * @param top        how many jobs per candidate and candidates per job to keep
     * @param atLeast    the worst verdict a listed pair may have
     * @param chunkSize  pairs per rule execution
     * @param screen     true to leave out, unscored, the pairs the screen shows cannot reach {@code atLeast}
     * @param explainIn  the language of the whole result documents to attach, or null for none
     */
    record Settings(int top, Verdict atLeast, int chunkSize, boolean screen, Locale explainIn) implements java.io.Serializable {
        private static final long serialVersionUID = 1L;
    }

    /**
     * @param repeated the candidate ids more than one document carries, with the first of them, which is
     *                 the only one scored
     */
    PartitionScorer(ExecutorCache.Jobs jobs, Settings settings, Map<String, InputRecord.FirstUse> repeated) {
        this.matcher = jobs.matcher();
        this.jobs = jobs.jobs();
        this.settings = settings;
        this.repeated = Map.copyOf(repeated);
    }

    PartitionOutput score(Iterator<InputRecord> candidates) {
        boolean screened = settings.screen() && settings.atLeast() != Verdict.NOT_YET && matcher.screenHolds();
        if (!screened) {
            return score(candidates, false);
        }
        // kept to score again should the screen fail its self-check on the way: the documents, not the pairs
        List<InputRecord> records = new ArrayList<>();
        candidates.forEachRemaining(records::add);
        PartitionOutput output = score(records.iterator(), true);
        return matcher.screenHolds() ? output : score(records.iterator(), false);
    }

    private PartitionOutput score(Iterator<InputRecord> candidates, boolean screened) {
        Counts counts = new Counts();
        List<PartitionOutput.Rejected> rejected = new ArrayList<>();
        Pairs pairs = new Pairs(candidates, counts, rejected);
        Lists lists = new Lists(counts);
        Batch batch = matcher.batch().threads(1).chunkSize(settings.chunkSize());
        if (screened) {
            batch.atLeast(settings.atLeast()).run(pairs, lists,
                    leftOut -> counts.skipped(leftOut.firstEssential(), 1));
        } else {
            batch.run(pairs, lists);
        }
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
        private final ResultTexts texts = matcher.texts();
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
                Ranked listed = settings.explainIn() == null ? ranked : ranked.explained(result, texts, settings.explainIn());
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

    /** The pairs of the partition, one candidate at a time: parsed and met with every job. */
    private final class Pairs implements Iterator<Batch.Request> {
        private final Iterator<InputRecord> records;
        private final Counts counts;
        private final List<PartitionOutput.Rejected> rejected;
        private final ArrayDeque<Batch.Request> ready = new ArrayDeque<>();

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
            for (Job job : jobs) {
                ready.add(new Batch.Request(candidate, job));
            }
        }
    }
}
