package org.threegaps.matcher;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.threegaps.matcher.advisor.Advisor;
import org.threegaps.matcher.engine.RuleBase;
import org.threegaps.matcher.engine.RuleCompiler;
import org.threegaps.matcher.features.CommuteEstimator;
import org.threegaps.matcher.features.FeatureDeriver;
import org.threegaps.matcher.features.GreatCircleCommuteEstimator;
import org.threegaps.matcher.features.PairFeatures;
import org.threegaps.matcher.i18n.Messages;
import org.threegaps.matcher.internal.MatcherInternals;
import org.threegaps.matcher.model.Candidate;
import org.threegaps.matcher.model.Job;
import org.threegaps.matcher.result.Advice;
import org.threegaps.matcher.result.MatchResult;

/**
 * Scores candidate–job pairs on the skill, search and organisation gaps with a Drools rule set, explains
 * every point, and advises on redesigns. Build one, share it between threads:
 *
 * <pre>{@code
 * Matcher matcher = Matcher.withDefaultRules().locale(Locale.forLanguageTag("nl")).build();
 * MatchResult result = matcher.match(candidate, job);
 * List<String> lines = matcher.texts().explain(result, matcher.locale());
 * List<MatchResult> best = matcher.rankJobs(candidate, jobs).top(10);
 * Advice advice = matcher.advise(candidate, job);
 * }</pre>
 *
 * A matcher built on a rules directory can {@link #reload()}: the new rule set is compiled beside the
 * running one and swapped in atomically; calls in flight finish on the rule set they started with.
 */
public final class Matcher {
    private final RuleSource initialSource;
    private final Path rulesDirectory;
    private final CommuteEstimator customEstimator;
    private final Locale locale;
    private final int chunkSize;
    private final Duration timeLimitPerPair;
    private final boolean screen;
    private final int screenCheckOneIn;
    static {
        MatcherInternals.install(new MatcherInternals.Access() {
            @Override
            public RuleBase ruleBase(Matcher matcher) {
                return matcher.engine.get().ruleBase();
            }

            @Override
            public FeatureDeriver features(Matcher matcher) {
                return matcher.engine.get().deriver();
            }

            @Override
            public Advisor advisor(Matcher matcher) {
                Scoring e = matcher.engine.get();
                return Advisor.on(e.ruleBase(), e.deriver());
            }

            @Override
            public ResultTexts texts(RuleBase ruleBase) {
                return new ResultTexts(ruleBase.fingerprint(), ruleBase.messages(), fingerprint -> null);
            }
        });
    }

    /** How many rule sets' texts a matcher keeps, so that {@link #texts()} renders results scored before a reload. */
    private static final int TEXTS_KEPT = 16;

    private final AtomicReference<Scoring> engine;
    /** The messages of the rule sets this matcher served, by fingerprint: the last {@value #TEXTS_KEPT}. */
    private final Map<String, Messages> served = Collections.synchronizedMap(new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Messages> eldest) {
            return size() > TEXTS_KEPT;
        }
    });


    private Matcher(Builder builder, Scoring engine) {
        this.initialSource = builder.source;
        this.rulesDirectory = builder.directory;
        this.customEstimator = builder.estimator;
        this.locale = builder.locale;
        this.chunkSize = builder.chunkSize;
        this.timeLimitPerPair = builder.timeLimitPerPair;
        this.screen = builder.screen;
        this.screenCheckOneIn = builder.screenCheckOneIn;
        this.engine = new AtomicReference<>(engine);
        served.put(engine.ruleBase().fingerprint(), engine.ruleBase().messages());
    }

    /** @return a builder on the default rule set shipped in matcher-rules */
    public static Builder withDefaultRules() {
        return new Builder(null, null);
    }

    /**
     * @param directory a directory of rule files (DRL, {@code policy.properties}, message bundles)
     * @return a builder on the rule files of a directory; the matcher can {@link #reload()} it
     * @throws NullPointerException when {@code directory} is null
     */
    public static Builder withRules(Path directory) {
        return new Builder(null, Objects.requireNonNull(directory, "directory"));
    }

    /**
     * @param source an already read rule set, such as {@link RuleSource#classpath(String)}
     * @return a builder on that rule set
     * @throws NullPointerException when {@code source} is null
     */
    public static Builder withRules(RuleSource source) {
        return new Builder(Objects.requireNonNull(source, "source"), null);
    }

    /**
     * Scores one pair. One rule execution per pair: for many pairs {@link #matchAll} and {@link #batch()} are
     * several times faster (README, "Install").
     *
     * @param candidate the candidate
     * @param job       the job
     * @return the explained result
     * @throws NullPointerException when an argument is null
     * @throws org.threegaps.matcher.RuleFailureException when a rule throws; names the rule and the pair
     */
    public MatchResult match(Candidate candidate, Job job) {
        Objects.requireNonNull(candidate, "candidate");
        Objects.requireNonNull(job, "job");
        Scoring e = engine.get();
        PairFeatures features = e.deriver().derive(candidate, job);
        return e.ruleBase().score(List.of(candidate), List.of(job), List.of(features)).get(0);
    }

    /**
     * Scores many pairs: {@code candidates.get(i)} with {@code jobs.get(i)}, in chunks, on one rule set.
     *
     * @param candidates the candidate of each pair
     * @param jobs       the job of each pair, as many as there are candidates
     * @return one result per pair, in the order given
     * @throws IllegalArgumentException when the lists differ in size
     * @throws NullPointerException when a list or one of its elements is null
     * @throws org.threegaps.matcher.RuleFailureException when a rule throws; names the rule and the pair
     */
    public List<MatchResult> matchAll(List<Candidate> candidates, List<Job> jobs) {
        MatcherInternals.noNulls(candidates, "candidates");
        MatcherInternals.noNulls(jobs, "jobs");
        if (candidates.size() != jobs.size()) {
            throw new IllegalArgumentException("candidates and jobs must pair up: " + candidates.size() + " vs " + jobs.size());
        }
        Scoring e = engine.get();
        List<MatchResult> results = new ArrayList<>(candidates.size());
        for (int from = 0; from < candidates.size(); from += chunkSize) {
            int to = Math.min(candidates.size(), from + chunkSize);
            List<PairFeatures> features = new ArrayList<>(to - from);
            for (int i = from; i < to; i++) {
                features.add(e.deriver().derive(candidates.get(i), jobs.get(i)));
            }
            results.addAll(e.ruleBase().score(candidates.subList(from, to), jobs.subList(from, to), features));
        }
        return results;
    }

    /**
     * @return a streaming batch on the rule set in service now, on as many threads as there are processors;
     *     see {@link Batch#run}
     */
    public Batch batch() {
        return new Batch(engine.get(), chunkSize, Runtime.getRuntime().availableProcessors());
    }

    /**
     * @param candidate the candidate
     * @param jobs      the jobs to rank; copied
     * @return a ranking of {@code jobs} for one candidate; call {@link Ranking#top(int)} on it
     * @throws NullPointerException when an argument or one of the jobs is null
     */
    public Ranking rankJobs(Candidate candidate, Collection<Job> jobs) {
        Objects.requireNonNull(candidate, "candidate");
        MatcherInternals.noNulls(jobs, "jobs");
        return Ranking.jobsFor(engine.get(), candidate, List.copyOf(jobs), chunkSize);
    }

    /**
     * @param job        the job
     * @param candidates the candidates to rank; copied
     * @return a ranking of {@code candidates} for one job; call {@link Ranking#top(int)} on it
     * @throws NullPointerException when an argument or one of the candidates is null
     */
    public Ranking rankCandidates(Job job, Collection<Candidate> candidates) {
        Objects.requireNonNull(job, "job");
        MatcherInternals.noNulls(candidates, "candidates");
        return Ranking.candidatesFor(engine.get(), job, List.copyOf(candidates), chunkSize);
    }

    /**
     * Finds the smallest sets of the job's declared redesign options, and separately of the candidate's development
     * steps, that lift the pair's verdict or, failing that, its score; every set re-scored with the rule set in
     * service, never estimated. Only changes whose lever a firing finding names are tried, and an employer-side
     * lever without a declared option is named to ask the employer about (docs/advisor.md).
     *
     * @param candidate the candidate
     * @param job       the job, with the redesign options it declares
     * @return the advice for one pair, with the pair as it stands
     * @throws NullPointerException when an argument is null
     * @throws org.threegaps.matcher.RuleFailureException when a rule throws; names the rule and the pair
     */
    public Advice advise(Candidate candidate, Job job) {
        Objects.requireNonNull(candidate, "candidate");
        Objects.requireNonNull(job, "job");
        return advisor().advise(candidate, job);
    }

    /**
     * Ranks the job's declared redesign options, alone and in pairs, by how many candidates of the pool they bring
     * to at least "match with support".
     *
     * @param job  the job, with the redesign options it declares
     * @param pool the candidates the options are tried on
     * @return the options that unlock someone, most unlocked first, then fewer options, then lower effort
     * @throws NullPointerException when an argument or one of the candidates is null
     * @throws org.threegaps.matcher.RuleFailureException when a rule throws; names the rule and the pair
     */
    public Advice.JobAdvice adviseJob(Job job, Collection<Candidate> pool) {
        Objects.requireNonNull(job, "job");
        MatcherInternals.noNulls(pool, "pool");
        return advisor().adviseJob(job, pool);
    }

    /**
     * Ranks the candidate's development steps by how many jobs of the pool they bring to at least "match with
     * support".
     *
     * @param candidate the candidate
     * @param pool      the jobs the development steps are tried on
     * @return the steps that open a job, most opened first, then the shortest
     * @throws NullPointerException when an argument or one of the jobs is null
     * @throws org.threegaps.matcher.RuleFailureException when a rule throws; names the rule and the pair
     */
    public Advice.CandidateAdvice adviseCandidate(Candidate candidate, Collection<Job> pool) {
        Objects.requireNonNull(candidate, "candidate");
        MatcherInternals.noNulls(pool, "pool");
        return advisor().adviseCandidate(candidate, pool);
    }

    private Advisor advisor() {
        Scoring e = engine.get();
        return Advisor.on(e.ruleBase(), e.deriver());
    }

    /**
     * The one place results and advice become text. A result is rendered with the texts of the rule set that scored
     * it: the one in service now or one this matcher served before or after a {@link #reload()}; see
     * {@link ResultTexts}.
     *
     * @return the texts of the rule set in service now, which also render results of the rule sets this matcher
     *         served before
     */
    public ResultTexts texts() {
        RuleBase base = engine.get().ruleBase();
        return new ResultTexts(base.fingerprint(), base.messages(), served::get);
    }

    /**
     * Recompiles the rules directory beside the running rule base and swaps it in when it compiles.
     * Reloads run one at a time, so two at once cannot finish out of order and leave older files in
     * service; matching never waits for a reload.
     *
     * @return the new fingerprint
     * @throws RuleSetException with every located error when the new rules do not compile; the running
     *                          rule base stays in service
     * @throws IllegalStateException when the matcher was not built on a directory
     */
    public synchronized String reload() {
        if (rulesDirectory == null) {
            throw new IllegalStateException("only a matcher built with withRules(directory) can reload");
        }
        Scoring fresh = compile(RuleSource.directory(rulesDirectory), customEstimator, screen, screenCheckOneIn, timeLimitPerPair);
        served.put(fresh.ruleBase().fingerprint(), fresh.ruleBase().messages()); // before a result of it can exist
        engine.set(fresh);
        return fresh.ruleBase().fingerprint();
    }

    /**
     * @return true while the screen is in use for the rule set in service: it compiled, is not switched off,
     *         and its self-check has found no left-out pair that full scoring gives a better place
     */
    public boolean screenHolds() {
        return engine.get().screen() != null;
    }

    /** @return the engine in service now, for tests in this package */
    Scoring engine() {
        return engine.get();
    }

    /** @return the fingerprint of the rule set in service now */
    public String fingerprint() {
        return engine.get().ruleBase().fingerprint();
    }

    /** @return the language explanations are written in by default */
    public Locale locale() {
        return locale;
    }

    private static Scoring compile(RuleSource source, CommuteEstimator custom, boolean screen, int screenCheckOneIn,
                                  Duration timeLimitPerPair) {
        RuleBase base = RuleCompiler.compile(source).withTimeLimitPerPair(timeLimitPerPair);
        CommuteEstimator estimator = custom != null ? custom : new GreatCircleCommuteEstimator(base.policy());
        return new Scoring(base, new FeatureDeriver(base.policy(), estimator), new AtomicBoolean(screen), screenCheckOneIn);
    }

    /** Configures a {@link Matcher}; {@link #build()} may be called again for another matcher. */
    public static final class Builder {
        private final RuleSource source;
        private final Path directory;
        private Locale locale = Locale.forLanguageTag("nl");
        private CommuteEstimator estimator;
        private int chunkSize = 250;
        private Duration timeLimitPerPair = Duration.ofSeconds(10);
        private int screenCheckOneIn = 1000;
        private boolean screen = true;
        private RuleSource screenFrom;

        private Builder(RuleSource source, Path directory) {
            this.source = source;
            this.directory = directory;
        }

        /**
         * Sets the default explanation language: Dutch ("nl", the default) or English ("en").
         *
         * @param locale Dutch or English
         * @return this builder
         * @throws IllegalArgumentException when the language is neither
         * @throws NullPointerException when {@code locale} is null
         */
        public Builder locale(Locale locale) {
            String language = Objects.requireNonNull(locale, "locale").getLanguage();
            if (!language.equals("nl") && !language.equals("en")) {
                throw new IllegalArgumentException("locale must be nl or en, was " + locale);
            }
            this.locale = locale;
            return this;
        }

        /**
         * Plugs in real routing instead of the great-circle estimate.
         *
         * @param estimator travel minutes between two points by one mode
         * @return this builder
         * @throws NullPointerException when {@code estimator} is null
         */
        public Builder commuteEstimator(CommuteEstimator estimator) {
            this.estimator = Objects.requireNonNull(estimator, "estimator");
            return this;
        }

        /**
         * Sets how many pairs one rule-engine execution scores (default 250).
         *
         * @param pairs 1 to 100,000
         * @return this builder
         * @throws IllegalArgumentException when {@code pairs} is outside that range
         */
        public Builder chunkSize(int pairs) {
            if (pairs < 1 || pairs > 100_000) {
                throw new IllegalArgumentException("chunkSize must be between 1 and 100000, was " + pairs);
            }
            this.chunkSize = pairs;
            return this;
        }

        /**
         * Sets how long scoring may take per pair (default 10 s) before a call fails with a
         * {@link org.threegaps.matcher.RuleTimeoutException} that names the pair: a backstop, since the
         * rule language has no loops. A timeout fails the call; it never changes a result.
         *
         * @param perPair the limit per pair
         * @return this builder
         * @throws NullPointerException     when {@code perPair} is null
         * @throws IllegalArgumentException when the limit is not positive
         */
        public Builder timeLimitPerPair(Duration perPair) {
            Objects.requireNonNull(perPair, "perPair");
            if (perPair.isNegative() || perPair.isZero()) {
                throw new IllegalArgumentException("timeLimitPerPair must be positive, was " + perPair);
            }
            this.timeLimitPerPair = perPair;
            return this;
        }

        /**
         * Screens with the essential rules of another rule set: for tests of the screen's self-check, which must
         * make the screen and full scoring part, as the rule language itself cannot. A matcher in service never
         * needs it.
         *
         * @param other the rule set whose essential rules screen the pairs
         * @return this builder
         * @throws NullPointerException when {@code other} is null
         */
        public Builder screenFrom(RuleSource other) {
            Objects.requireNonNull(other, "other");
            this.screenFrom = other;
            return this;
        }

        /**
         * Switches the screen on (the default) or off. Off, rankings and batches {@link Batch#atLeast} score
         * every pair fully: the same results, slower. For comparisons and benchmarks.
         *
         * @param on true to screen
         * @return this builder
         */
        public Builder screen(boolean on) {
            this.screen = on;
            return this;
        }

        /**
         * Sets how many of the pairs the screen leaves out are scored fully anyway, to check it (default one in
         * 1,000; the same pairs on every run). Should one come out better than the screen promised, the ranking
         * or batch falls back to full scoring, a warning names the rule, and later rankings and batches on that
         * rule set score every pair.
         *
         * @param oneIn 1 checks every left-out pair, 0 none
         * @return this builder
         * @throws IllegalArgumentException when {@code oneIn} is negative
         */
        public Builder screenCheck(int oneIn) {
            if (oneIn < 0) {
                throw new IllegalArgumentException("screenCheck must not be negative, was " + oneIn);
            }
            this.screenCheckOneIn = oneIn;
            return this;
        }

        /**
         * Compiles the rule set and returns a ready matcher.
         *
         * @return a matcher, thread-safe
         * @throws RuleSetException with every located problem when the rule set does not compile
         * @throws IllegalStateException when built {@link #withDefaultRules()} without matcher-rules on the classpath
         * @throws IllegalArgumentException when built on a directory that does not exist
         * @throws java.io.UncheckedIOException when the rules directory cannot be read
         */
        public Matcher build() {
            RuleSource rules = source != null ? source
                    : directory != null ? RuleSource.directory(directory) : RuleSource.defaults();
            Scoring engine = compile(rules, estimator, screen, screenCheckOneIn, timeLimitPerPair);
            if (screenFrom != null) {
                RuleBase screened = engine.ruleBase().screenedBy(RuleCompiler.compile(screenFrom));
                engine = new Scoring(screened, engine.deriver(), engine.screenHolds(), engine.screenCheckOneIn());
            }
            return new Matcher(this, engine);
        }
    }
}
