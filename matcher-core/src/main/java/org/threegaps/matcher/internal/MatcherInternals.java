package org.threegaps.matcher.internal;

import java.util.Collection;
import java.util.Objects;
import org.threegaps.matcher.Matcher;
import org.threegaps.matcher.ResultTexts;
import org.threegaps.matcher.advisor.Advisor;
import org.threegaps.matcher.engine.RuleBase;
import org.threegaps.matcher.features.FeatureDeriver;
import org.threegaps.matcher.model.Candidate;
import org.threegaps.matcher.model.Job;

/**
 * What a {@link Matcher} keeps inside: its rule base, its feature deriver, traces, the redesign advisor with its
 * search bounds, and the texts of a rule base that no matcher serves. Not
 * API: this package is not exported by the module, so only code on the classpath (the command line, Spark, the
 * benchmarks, tests) reaches it, without a compatibility promise. {@link Matcher} installs the access when its
 * class is initialised, as the JDK's own shared secrets do.
 */
public final class MatcherInternals {
    /** How to reach into a matcher; implemented by {@link Matcher} alone. */
    public interface Access {
        /**
         * @param matcher the matcher
         * @return its rule base in service now
         */
        RuleBase ruleBase(Matcher matcher);

        /**
         * @param matcher the matcher
         * @return its feature deriver in service now
         */
        FeatureDeriver features(Matcher matcher);

        /**
         * @param matcher the matcher
         * @return the advisor on the rule set in service now, with its default search bounds
         */
        Advisor advisor(Matcher matcher);

        /**
         * @param ruleBase a compiled rule base
         * @return the texts of that rule base alone
         */
        ResultTexts texts(RuleBase ruleBase);
    }

    private static volatile Access access;

    private MatcherInternals() {
    }

    /**
     * Called once, by {@link Matcher}'s class initialisation.
     *
     * @param matcherAccess the access
     * @throws IllegalStateException when the access was installed already
     */
    public static synchronized void install(Access matcherAccess) {
        if (access != null) {
            throw new IllegalStateException("the matcher access is installed already");
        }
        access = Objects.requireNonNull(matcherAccess, "matcherAccess");
    }

    private static Access access(Matcher matcher) {
        Objects.requireNonNull(matcher, "matcher");
        return access; // set: the matcher's class is initialised, since there is an instance
    }

    /**
     * @param matcher the matcher
     * @return its rule base in service now
     * @throws NullPointerException when {@code matcher} is null
     */
    public static RuleBase ruleBase(Matcher matcher) {
        return access(matcher).ruleBase(matcher);
    }

    /**
     * @param matcher the matcher
     * @return its feature deriver in service now
     * @throws NullPointerException when {@code matcher} is null
     */
    public static FeatureDeriver features(Matcher matcher) {
        return access(matcher).features(matcher);
    }

    /**
     * @param matcher   the matcher
     * @param candidate the candidate
     * @param job       the job
     * @return the result of one pair with the names of the rules that fired, for tests and tools
     * @throws NullPointerException when an argument is null
     * @throws org.threegaps.matcher.RuleFailureException when a rule throws; names the rule and the pair
     */
    public static RuleBase.Trace trace(Matcher matcher, Candidate candidate, Job job) {
        Objects.requireNonNull(candidate, "candidate");
        Objects.requireNonNull(job, "job");
        RuleBase base = ruleBase(matcher);
        FeatureDeriver deriver = features(matcher);
        return base.trace(candidate, job, deriver.derive(candidate, job));
    }

    /**
     * @param matcher the matcher
     * @return the redesign advisor on the rule set in service now, with its default search bounds
     * @throws NullPointerException when {@code matcher} is null
     */
    public static Advisor advisor(Matcher matcher) {
        return access(matcher).advisor(matcher);
    }

    /**
     * @param ruleBase a compiled rule base, such as {@link #ruleBase(Matcher)} returns
     * @return the texts of that rule base alone: they render its results and refuse those of any other
     * @throws NullPointerException when {@code ruleBase} is null
     */
    public static ResultTexts texts(RuleBase ruleBase) {
        Objects.requireNonNull(ruleBase, "ruleBase");
        Access installed = access;
        if (installed == null) {
            try { // the matcher's class installs the access when it is initialised
                Class.forName(Matcher.class.getName(), true, Matcher.class.getClassLoader());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
            installed = access;
        }
        return installed.texts(ruleBase);
    }

    /**
     * Refuses a null collection, or one that holds null, naming the argument and the index: "jobs[3]".
     *
     * @param values the collection
     * @param name   the argument's name
     * @throws NullPointerException when {@code values} is null or holds null
     */
    public static void noNulls(Collection<?> values, String name) {
        Objects.requireNonNull(values, name);
        int i = 0;
        for (Object value : values) {
            if (value == null) {
                throw new NullPointerException(name + "[" + i + "]");
            }
            i++;
        }
    }
}
