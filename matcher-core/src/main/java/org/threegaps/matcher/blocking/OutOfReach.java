package org.threegaps.matcher.blocking;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.threegaps.matcher.engine.RuleBase;
import org.threegaps.matcher.engine.RuleInfo;
import org.threegaps.matcher.features.Commute;
import org.threegaps.matcher.features.FeatureDeriver;
import org.threegaps.matcher.features.FeatureDeriver.CandidateProfile;
import org.threegaps.matcher.features.FeatureDeriver.JobProfile;
import org.threegaps.matcher.features.GreatCircleCommuteEstimator;
import org.threegaps.matcher.model.Candidate;
import org.threegaps.matcher.model.Job;
import org.threegaps.matcher.model.Support;
import org.threegaps.matcher.model.TransportMode;
import org.threegaps.matcher.policy.PolicyKeys;
import org.threegaps.matcher.result.Kind;
import org.threegaps.matcher.result.Lever;
import org.threegaps.matcher.result.Verdict;

/**
 * Which pairs the rule set certainly scores "not yet" because the workplace is out of the candidate's
 * reach, so a ranking that lists only better verdicts, or a nightly run, need not score them:
 * conservative pair blocking.
 *
 * <p>A pair is out of reach exactly when the mobility blockers fire and nothing can lift them: MO-01 (the
 * fastest of the candidate's own transport modes takes more than their limit × {@code
 * commute.unreachable.factor}) or MO-09 (none of their modes reaches the workplace), the job offers no
 * transport arrangement, and none of its declared redesign options pulls a lever those rules name. The
 * commute is the one the rules see ({@link FeatureDeriver#commute}); the factor and the levers are read
 * from the rule set itself. When the rule set has no such blockers, or their conditions read otherwise
 * than the ones this class mirrors, nothing is skipped.
 */
public final class OutOfReach {
    /** The blocker for "too far with the fastest own mode". */
    public static final String TOO_FAR = "MO-01";
    /** The blocker for "no own mode reaches the workplace". */
    public static final String NO_MODE = "MO-09";
    /** The parameter: beyond this multiple of the candidate's maximum the workplace is out of reach (MO-01). */
    public static final String FACTOR = "commute.unreachable.factor";
    /**
     * The conditions of the two blockers, as {@link RuleInfo#conditions} gives them without the bindings that
     * only pass values to the then-part ({@code $c : commute}), that {@link #blocker} mirrors in Java. A rule
     * set whose MO-01 or MO-09 reads otherwise (an analyst added an exception, say), has attributes ({@code
     * enabled false}, an agenda group, {@code extends}) or does more in its consequence than report skips
     * nothing: blocking could no longer be sure. Their parameters, levers, message arguments, comments and
     * layout may change freely.
     */
    static final Map<String, String> MIRRORED = Map.of(
            TOO_FAR, "$p:Pair(commute.known,commute.bestMode!=null,commute.bestMinutes>commute.limitMinutes"
                    + "*policy.number(\"" + FACTOR + "\"),!job.supports.offers(Support.TRANSPORT_ARRANGEMENT))",
            NO_MODE, "$p:Pair(commute.known,commute.bestMode==null,!job.supports.offers(Support.TRANSPORT_ARRANGEMENT))");
    /** A binding that constrains nothing, such as {@code ,$c:commute}: the then-part reads it, the conditions do not. */
    private static final Pattern BINDING = Pattern.compile(",\\$\\w+:[\\w.]+(?=[,)])");
    /**
     * A consequence that reports its finding and does nothing else: its arguments are bound variables
     * ({@code $km}), read from one ({@code $c.bestMinutes()}) or written out ({@code "text"}, {@code 2}).
     */
    private static final Pattern ONLY_REPORTS = Pattern.compile(
            "\\$p\\.report\\(kcontext(,(\\$\\w+(\\.\\w+\\(\\))*|\"[^\"]*\"|[\\w.]+))*\\);");
    private static final Set<TransportMode> MODES_WHEN_UNKNOWN =
            EnumSet.of(TransportMode.WALK, TransportMode.BIKE, TransportMode.PUBLIC_TRANSPORT);

    private final FeatureDeriver deriver;
    private final GreatCircleCommuteEstimator estimator;
    private final double factor;
    private final int defaultLimit;
    private final Set<Lever> liftedBy;
    private final String offBecause;

    private OutOfReach(RuleBase ruleBase, FeatureDeriver deriver, Set<Lever> liftedBy, String offBecause) {
        this.deriver = deriver;
        this.estimator = new GreatCircleCommuteEstimator(ruleBase.policy());
        this.factor = offBecause == null ? ruleBase.policy().number(FACTOR) : 0;
        this.defaultLimit = ruleBase.policy().integer(PolicyKeys.DEFAULT_MAX_COMMUTE);
        this.liftedBy = liftedBy;
        this.offBecause = offBecause;
    }

    /**
     * Reads the mobility blockers from the rule set. {@link #blocker} uses the deriver's own commute
     * estimate; {@link #reachKm} assumes the default great-circle estimator.
     *
     * @param ruleBase the compiled rule base
     * @param deriver  the feature deriver of the same rule set
     * @return the blocking this rule set allows, or blocking switched off with the reason when its mobility
     *         blockers are not the ones it was built for
     */
    public static OutOfReach of(RuleBase ruleBase, FeatureDeriver deriver) {
        Set<Lever> levers = EnumSet.noneOf(Lever.class);
        for (String id : List.of(TOO_FAR, NO_MODE)) {
            Optional<RuleInfo> rule = ruleBase.catalog().byId(id);
            if (rule.isEmpty() || rule.get().kind() != Kind.BLOCKER) {
                return new OutOfReach(ruleBase, deriver, levers, "the rule set has no blocker " + id);
            }
            String differs = differs(rule.get());
            if (differs != null) {
                return new OutOfReach(ruleBase, deriver, levers, id + differs);
            }
            levers.addAll(rule.get().levers());
        }
        return new OutOfReach(ruleBase, deriver, levers, null);
    }

    /** @return how the rule differs from what blocking mirrors, or null when it does not */
    private static String differs(RuleInfo rule) {
        String at = " (" + rule.file() + ":" + rule.line();
        if (!BINDING.matcher(rule.conditions()).replaceAll("").equals(MIRRORED.get(rule.id()))) {
            return "'s conditions are not the ones blocking mirrors" + at + " reads \"" + rule.conditions()
                    + "\"; blocking assumes \"" + MIRRORED.get(rule.id()) + "\")";
        }
        if (!rule.attributes().isEmpty()) {
            return " has attributes blocking does not mirror" + at + ": \"" + rule.attributes() + "\")";
        }
        if (!ONLY_REPORTS.matcher(rule.consequence()).matches()) {
            return " does more than report its finding" + at + ": \"" + rule.consequence() + "\")";
        }
        return null;
    }

    /**
     * @param ruleBase the compiled rule base
     * @param deriver the feature deriver of the same rule set
     * @param because why blocking is off, in words
     * @return a blocker that never skips a pair, for runs that must score every pair
     */
    public static OutOfReach off(RuleBase ruleBase, FeatureDeriver deriver, String because) {
        return new OutOfReach(ruleBase, deriver, EnumSet.noneOf(Lever.class), because);
    }

    /**
     * @param blocker the id of a blocker rule, such as "MO-01"
     * @return in plain words, with the factor in force, why the pairs counted under {@code blocker} were skipped
     */
    public String why(String blocker) {
        String unlifted = "; the job arranges no transport and declares no redesign option that lifts it, so the"
                + " verdict is certainly \"not yet\"";
        return (blocker.equals(NO_MODE)
                ? "none of the candidate's own transport modes reaches the workplace (only public transport, and the"
                + " job is not on a line)"
                : "the fastest of the candidate's own transport modes takes longer than their maximum commute × "
                + factor + " (" + FACTOR + ")") + unlifted;
    }

    /** @return null when pairs may be skipped, otherwise why none are */
    public String offBecause() {
        return offBecause;
    }

    /**
     * @param job the job
     * @return true when this job may be out of some candidate's reach: it has a known location, offers no
     *         transport arrangement and declares no redesign that would lift a mobility blocker
     */
    public boolean canBeOutOfReach(JobProfile job) {
        return offBecause == null && job.work() != null && !opensForEveryone(job.job());
    }

    private boolean opensForEveryone(Job job) {
        if (job.supports().offers(Support.TRANSPORT_ARRANGEMENT)) {
            return true;
        }
        Set<Lever> declared = Lever.declaredBy(job);
        declared.retainAll(liftedBy);
        return !declared.isEmpty();
    }

    /**
     * @param candidate the candidate
     * @param job the job
     * @return the id of the blocker that certainly fires for this pair and leaves it "not yet", or null
     *         when the pair must be scored
     */
    public String blocker(CandidateProfile candidate, JobProfile job) {
        return mayBlock(candidate, job) ? blocker(deriver.commute(candidate, job)) : null;
    }

    /**
     * @param candidate the candidate
     * @param job the job
     * @return true when the pair may be out of reach, so that its commute decides: the job {@link
     *         #canBeOutOfReach} and the candidate's home is known
     */
    public boolean mayBlock(CandidateProfile candidate, JobProfile job) {
        return canBeOutOfReach(job) && candidate.home() != null;
    }

    /**
     * @param commute the commute {@link FeatureDeriver#commute} gave for a pair that {@link #mayBlock}
     * @return as {@link #blocker(CandidateProfile, JobProfile)}, for a caller that keeps the commute to
     *         derive the pair's features from it
     */
    public String blocker(Commute commute) {
        if (!commute.known()) {
            return null;
        }
        if (commute.bestMode() == null) {
            return NO_MODE;
        }
        return commute.bestMinutes() > commute.limitMinutes() * factor ? TOO_FAR : null;
    }

    /**
     * @param candidate the candidate
     * @param job the job
     * @return how far beyond the blocking threshold the pair's fastest own trip is, as a ratio: 1.2 is 20 %
     *         beyond limit × factor; meaningful for pairs {@link #blocker} calls {@link #TOO_FAR}
     */
    public double beyond(CandidateProfile candidate, JobProfile job) {
        return beyond(deriver.commute(candidate, job));
    }

    /**
     * @param commute the commute estimate
     * @return as {@link #beyond(CandidateProfile, JobProfile)}, from the pair's commute
     */
    public double beyond(Commute commute) {
        return commute.bestMode() == null ? Double.POSITIVE_INFINITY
                : commute.bestMinutes() / (commute.limitMinutes() * factor);
    }

    /**
     * @param candidate the candidate
     * @return a distance in km beyond which every job that {@link #canBeOutOfReach} is out of this
     *         candidate's reach; infinite when the candidate's home is unknown or nothing is skipped
     */
    public double reachKm(CandidateProfile candidate) {
        if (offBecause != null || candidate.home() == null) {
            return Double.POSITIVE_INFINITY;
        }
        Candidate c = candidate.candidate();
        int limit = c.maxCommuteMinutes() == null ? defaultLimit : c.maxCommuteMinutes();
        // the rules block above limit × factor minutes; trips are whole minutes
        int minutes = (int) Math.floor(limit * factor);
        double km = 0;
        for (TransportMode mode : modes(c)) {
            km = Math.max(km, estimator.reachKm(mode, minutes));
        }
        return km;
    }

    /**
     * @param candidate the candidate
     * @param jobOffPublicTransport true when the job's workplace cannot be reached by public transport
     * @return the blocker that fires for a job beyond {@link #reachKm}: MO-09 when the candidate travels only
     *         by public transport and the job is known not to be on a line, otherwise MO-01
     */
    public static String blockerBeyondReach(Candidate candidate, boolean jobOffPublicTransport) {
        return jobOffPublicTransport && modes(candidate).equals(EnumSet.of(TransportMode.PUBLIC_TRANSPORT))
                ? NO_MODE : TOO_FAR;
    }

    private static Set<TransportMode> modes(Candidate candidate) {
        return candidate.transportModes().isEmpty() ? MODES_WHEN_UNKNOWN : candidate.transportModes();
    }

    /**
     * @param result the result
     * @param blocker the id of a blocker rule, such as "MO-01"
     * @return true when a result is what skipping its pair assumed: "not yet" with a mobility blocker
     */
    public static boolean confirms(org.threegaps.matcher.result.MatchResult result, String blocker) {
        return result.verdict() == Verdict.NOT_YET && result.fired(blocker);
    }
}
