package org.threegaps.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.threegaps.matcher.internal.MatcherInternals;
import java.util.Locale;
import org.threegaps.matcher.Matcher;
import org.threegaps.matcher.engine.RuleBase;
import org.threegaps.matcher.model.Candidate;
import org.threegaps.matcher.model.Job;
import org.threegaps.matcher.result.Finding;
import org.threegaps.matcher.result.MatchResult;

/**
 * Base of the per-rule tests: scores a pair with the default rules and an agenda listener, and asserts
 * on the names of the rules that fired. {@code fires} and {@code silent} are what
 * {@link RuleCompletenessTest} looks for: every rule needs both.
 */
public abstract class RuleTestSupport {
    protected static final Matcher MATCHER = Matcher.withDefaultRules().build();
    protected static final Locale NL = Locale.forLanguageTag("nl");
    protected static final Locale EN = Locale.ENGLISH;

    /** Scores the pair, asserts rule {@code id} fired, and returns its (first) finding. */
    protected static Finding fires(String id, Candidate candidate, Job job) {
        RuleBase.Trace trace = MatcherInternals.trace(MATCHER, candidate, job);
        assertThat(trace.firedRules()).as("rules fired for %s × %s", candidate.id(), job.id())
                .anyMatch(name -> name.startsWith(id + " "));
        return trace.result().findings().stream().filter(f -> f.ruleId().equals(id)).findFirst().orElseThrow();
    }

    /** Scores the pair and asserts rule {@code id} did not fire. */
    protected static MatchResult silent(String id, Candidate candidate, Job job) {
        RuleBase.Trace trace = MatcherInternals.trace(MATCHER, candidate, job);
        assertThat(trace.firedRules()).as("rules fired for %s × %s", candidate.id(), job.id())
                .noneMatch(name -> name.startsWith(id + " "));
        return trace.result();
    }

    /** @return the finding's Dutch text */
    protected static String nl(Finding finding) {
        return MatcherInternals.ruleBase(MATCHER).messages().finding(finding, NL);
    }

    /** @return the finding's English text */
    protected static String en(Finding finding) {
        return MatcherInternals.ruleBase(MATCHER).messages().finding(finding, EN);
    }

    /** @return the result of the pair */
    protected static MatchResult match(Candidate candidate, Job job) {
        return MATCHER.match(candidate, job);
    }
}
