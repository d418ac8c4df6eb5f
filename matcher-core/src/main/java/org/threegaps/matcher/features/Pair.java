package org.threegaps.matcher.features;

import java.util.List;
import java.util.Locale;
import org.kie.api.runtime.rule.RuleContext;
import org.threegaps.matcher.model.Candidate;
import org.threegaps.matcher.model.Job;

/**
 * The one fact a rule sees per candidate–job pair: the candidate, the job, the derived features, and
 * {@link #report} to add a finding. Rules read it as {@code Pair( commute.bestMinutes > … )}.
 *
 * <p>The matcher creates the pairs (its own subclass records the findings); rules only read them and call
 * {@link #report}. It sits in this exported package because the classes Drools compiles from DRL live outside
 * the matcher's module and can only reach exported packages.
 */
public abstract class Pair {
    private final Candidate candidate;
    private final Job job;
    private final PairFeatures features;
    private final List<RequirementFit> requirementFacts;
    private final List<RosterFit> rosterFacts;

    /**
     * For the matcher's own subclass; not meant to be subclassed elsewhere.
     *
     * @param candidate the candidate
     * @param job       the job
     * @param features  what was derived for the pair
     * @throws NullPointerException when {@code candidate} or {@code job} is null
     */
    protected Pair(Candidate candidate, Job job, PairFeatures features) {
        this.candidate = java.util.Objects.requireNonNull(candidate, "candidate");
        this.job = java.util.Objects.requireNonNull(job, "job");
        this.features = features;
        this.requirementFacts = features == null ? List.of() : factsOf(features.requirements());
        this.rosterFacts = features == null ? List.of() : rosterFactsOf(RosterFit.worthTrying(features));
    }

    private List<RosterFit> rosterFactsOf(List<RosterFit> fits) {
        if (fits.size() == 1) {
            return List.of(fits.get(0).of(this));
        }
        RosterFit[] facts = new RosterFit[fits.size()];
        for (int i = 0; i < facts.length; i++) {
            facts[i] = fits.get(i).of(this);
        }
        return List.of(facts);
    }

    // a loop, not a stream: every pair a ranking or the screen forms goes through here
    private List<RequirementFit> factsOf(List<RequirementFit> fits) {
        RequirementFit[] facts = new RequirementFit[fits.size()];
        for (int i = 0; i < facts.length; i++) {
            facts[i] = fits.get(i).of(this);
        }
        return List.of(facts);
    }

    /**
     * @return the requirement fits of this pair as facts of its rule session, each naming this pair, which the
     *         matcher inserts beside the pair; rules join on them with {@code RequirementFit( pair == $p, … )}
     */
    protected final List<RequirementFit> requirementFacts() {
        return requirementFacts;
    }

    /**
     * @return the rosters the rules run on for this pair ({@link RosterFit#worthTrying}) as facts of its rule
     *         session, each naming this pair, the guess first; rules read them with {@code RosterFit( $p : pair, … )}
     */
    protected final List<RosterFit> rosterFacts() {
        return rosterFacts;
    }

    /** @return the candidate */
    public Candidate getCandidate() {
        return candidate;
    }

    /** @return the job */
    public Job getJob() {
        return job;
    }

    /** @return everything derived for the pair in Java before the rules run */
    public PairFeatures getFeatures() {
        return features;
    }

    /** @return the commute estimate per transport mode */
    public Commute getCommute() {
        return features.commute();
    }

    /** @return the candidate's Dutch against what the job and its tasks need */
    public DutchFit getDutch() {
        return features.dutch();
    }

    /** @return the candidate's weekly hours against the job's */
    public HoursFit getHours() {
        return features.hours();
    }

    /**
     * @return the fit of every roster of the job, best first. The same on every roster the pair is scored on: rules
     *         that judge a roster read it as a {@code RosterFit( $p : pair, … )} fact instead
     */
    public List<RosterFit> getRosters() {
        return features.rosters();
    }

    /** @return the candidate against each requirement of the job and its tasks */
    public List<RequirementFit> getRequirements() {
        return features.requirements();
    }

    /** @return true when the candidate is likely to need an intensive start (long out of work, first job in the country) */
    public boolean isIntensiveOnboarding() {
        return features.intensiveOnboarding();
    }

    /** @return what the job offers of the support rules name, such as {@code offered.contact} */
    public OfferedSupport getOffered() {
        return features.offered();
    }

    /** @return the job's hourly wage against the candidate's minimum */
    public WageFit getWage() {
        return features.wage();
    }

    /**
     * Adds the finding of the firing rule, with the points the parameters give it. Called from a rule's
     * then-part as its one statement: {@code $p.report(kcontext, $c.bestMinutes(), $c.limitMinutes());}
     *
     * @param context the rule context ({@code kcontext} in DRL)
     * @param args    the message arguments, each typed by what it is: a number is printed in the reader's
     *                notation, an enum constant translated, an {@link InputField} named, a {@link Locale} named
     *                as its language, a {@link Code} (such as {@code $r.asCode()}) shown as its label, other text
     *                as it is
     * @throws IllegalArgumentException when an argument is null or of a type a text cannot show
     */
    public abstract void report(RuleContext context, Object... args);
}
