package org.threegaps.matcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.threegaps.matcher.model.Candidate;
import org.threegaps.matcher.model.Job;
import org.threegaps.matcher.model.Location;
import org.threegaps.matcher.model.TransportMode;
import org.threegaps.matcher.result.MatchResult;
import org.threegaps.matcher.support.TestRules;

/** The streaming batch: same results as one-by-one matching, in input order, with bounded look-ahead. */
class BatchTest {
    private static final Matcher MATCHER = Matcher.withRules(TestRules.source()).chunkSize(3).build();

    private static final List<Candidate> CANDIDATES = IntStream.range(0, 7).mapToObj(i -> Candidate.builder("c" + i)
            .home(Location.postcode(i % 2 == 0 ? "3500" : "3600")).transportModes(Set.of(TransportMode.BIKE))
            .car(i % 3 == 0).minHourlyWage(new BigDecimal(12 + i)).build()).toList();
    private static final List<Job> JOBS = IntStream.range(0, 5).mapToObj(i -> Job.builder("j" + i)
            .location(Location.postcode(i % 2 == 0 ? "3500" : "3600")).sector(i == 4 ? "delivery" : "retail")
            .hourlyWage(new BigDecimal(11 + 2 * i)).build()).toList();

    @Test
    void givesTheSameResultsAsMatchingOneByOneInInputOrder() {
        List<MatchResult> batch = MATCHER.batch().threads(2).runAll(Batch.product(CANDIDATES, JOBS));

        List<MatchResult> oneByOne = new ArrayList<>();
        CANDIDATES.forEach(c -> JOBS.forEach(j -> oneByOne.add(MATCHER.match(c, j))));
        assertThat(batch).hasSize(35);
        assertThat(batch).extracting(r -> r.candidateId() + "×" + r.jobId())
                .containsExactlyElementsOf(oneByOne.stream().map(r -> r.candidateId() + "×" + r.jobId()).toList());
        for (int i = 0; i < batch.size(); i++) {
            assertThat(batch.get(i).findings()).isEqualTo(oneByOne.get(i).findings());
            assertThat(batch.get(i).overallScore()).isEqualTo(oneByOne.get(i).overallScore());
            assertThat(batch.get(i).fingerprint()).isEqualTo(MATCHER.fingerprint());
        }
    }

    @Test
    void readsNoMoreThanTwoChunksPerThreadAheadOfWhatItHasHandedOn() {
        // chunk 3, 1 thread: at most 2 chunks = 6 pairs read beyond the results already handed on
        AtomicInteger read = new AtomicInteger();
        AtomicInteger handedOn = new AtomicInteger();
        AtomicInteger maxAhead = new AtomicInteger();
        Iterator<Batch.Request> product = Batch.product(CANDIDATES, JOBS);
        Iterator<Batch.Request> counting = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return product.hasNext();
            }

            @Override
            public Batch.Request next() {
                maxAhead.accumulateAndGet(read.incrementAndGet() - handedOn.get(), Math::max);
                return product.next();
            }
        };

        long scored = MATCHER.batch().threads(1).run(counting, r -> handedOn.incrementAndGet());

        assertThat(scored).isEqualTo(35);
        assertThat(maxAhead.get()).isLessThanOrEqualTo(6);
    }

    @Test
    void theProductIsLazyAndCoversEveryPairOnce() {
        Iterator<Batch.Request> product = Batch.product(CANDIDATES, JOBS);
        List<String> keys = new ArrayList<>();
        product.forEachRemaining(p -> keys.add(p.candidate().id() + "×" + p.job().id()));

        assertThat(keys).hasSize(35).doesNotHaveDuplicates().startsWith("c0×j0", "c0×j1").endsWith("c6×j4");
        assertThat(Batch.product(List.of(), JOBS).hasNext()).isFalse();
    }

    @Test
    void aFailingSourceSurfacesItsOwnException() {
        Iterator<Batch.Request> failing = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public Batch.Request next() {
                throw new IllegalStateException("source broke at record 1");
            }
        };

        assertThatThrownBy(() -> MATCHER.batch().run(failing, r -> { }))
                .isInstanceOf(IllegalStateException.class).hasMessage("source broke at record 1");
    }

    @Test
    void refusesThreadAndChunkCountsOutOfRange() {
        assertThatThrownBy(() -> MATCHER.batch().threads(0)).hasMessage("threads must be between 1 and 256, was 0");
        assertThatThrownBy(() -> MATCHER.batch().chunkSize(0)).hasMessage("chunkSize must be between 1 and 100000, was 0");
    }
}
