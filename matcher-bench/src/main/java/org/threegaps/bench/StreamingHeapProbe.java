package org.threegaps.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.threegaps.matcher.Batch;
import org.threegaps.matcher.Matcher;
import org.threegaps.matcher.model.Candidate;
import org.threegaps.matcher.model.Job;

/**
 * Streams 1,000,000 pairs (1,000 candidates × 1,000 jobs, product made lazily) through the batch API and
 * prints the heap in use after a GC every 100,000 pairs (issue #6, benchmark 5). A flat column means memory
 * does not grow with the number of pairs. Not a JMH benchmark: it measures memory, not time.
 *
 * <p>{@code java -Xmx512m -cp matcher-bench/target/benchmarks.jar org.threegaps.bench.StreamingHeapProbe}
 */
public final class StreamingHeapProbe {
    private StreamingHeapProbe() {
    }

    public static void main(String[] args) {
        int side = args.length > 0 ? Integer.parseInt(args[0]) : 1_000;
        Matcher matcher = Matcher.withDefaultRules().build();
        List<Candidate> candidates = Population.candidates(side, 7L);
        List<Job> jobs = Population.jobs(side, 8L);
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        AtomicLong seen = new AtomicLong();
        AtomicLong matches = new AtomicLong();
        long start = System.nanoTime();
        System.out.printf("%12s %14s %12s%n", "pairs", "heap used MB", "pairs/s");
        matcher.batch().run(Batch.product(candidates, jobs), result -> {
            if (result.verdict().ordinal() == 0) {
                matches.incrementAndGet();
            }
            long n = seen.incrementAndGet();
            if (n % 100_000 == 0) {
                System.gc();
                double seconds = (System.nanoTime() - start) / 1e9;
                System.out.printf("%12d %14.1f %12.0f%n", n, memory.getHeapMemoryUsage().getUsed() / 1e6, n / seconds);
            }
        });
        System.out.printf("%d pairs, %d matches, max heap %d MB%n", seen.get(), matches.get(),
                Runtime.getRuntime().maxMemory() / 1_000_000);
    }
}
