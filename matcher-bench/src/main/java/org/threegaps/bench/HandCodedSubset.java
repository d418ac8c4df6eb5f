package org.threegaps.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.threegaps.matcher.features.Commute;
import org.threegaps.matcher.features.DutchFit;
import org.threegaps.matcher.features.PairFeatures;
import org.threegaps.matcher.features.RequirementFit;
import org.threegaps.matcher.features.RosterFit;
import org.threegaps.matcher.model.Candidate;
import org.threegaps.matcher.model.FunctionalNeed;
import org.threegaps.matcher.model.Job;
import org.threegaps.matcher.model.LanguageReason;
import org.threegaps.matcher.model.PhysicalLoad;
import org.threegaps.matcher.model.RequirementCategory;
import org.threegaps.matcher.model.ScheduleControl;
import org.threegaps.matcher.model.Support;
import org.threegaps.matcher.model.SupportOffer;
import org.threegaps.matcher.model.TaskTiming;
import org.threegaps.matcher.features.Policy;

/**
 * The benchmark subset of the default rules, written by hand in plain Java over the same pair features and
 * parameters: the baseline that prices the rule engine. It exists for the benchmark and its differential
 * test only; the DRL files stay the one source of policy.
 *
 * <p>Each method mirrors one rule of {@link #IDS}; the differential test proves that both produce the same
 * findings (rule id, arguments) on random pairs.
 */
public final class HandCodedSubset {
    /** The twelve rules, spanning skill, trainability, mobility, care, language, onboarding and health. */
    public static final List<String> IDS = List.of("MO-01", "MO-02", "MO-03", "CA-03", "CA-04", "SK-05", "TR-01",
            "TR-02", "LA-03", "LA-04", "ON-01", "HE-01");

    /** A fired rule and its message arguments' plain values, as {@code Finding.values()} gives them. */
    public record Fired(String ruleId, List<String> args) {
    }

    private final double unreachableFactor;
    private final double shortShare;
    private final int nightStart;
    private final int nightEnd;

    public HandCodedSubset(Policy policy) {
        unreachableFactor = policy.number("commute.unreachable.factor");
        shortShare = policy.number("commute.short.share");
        nightStart = policy.integer("schedule.night.startHour");
        nightEnd = policy.integer("schedule.night.endHour");
    }

    /** @return the rules of the subset that fire on one pair, in {@link #IDS} order */
    public List<Fired> evaluate(Candidate candidate, Job job, PairFeatures features) {
        List<Fired> fired = new ArrayList<>(4);
        SupportOffer supports = job.supports();
        mobility(features.commute(), supports, fired);
        care(candidate, job, roster(candidate, job, features), fired);
        skill(features.requirements(), supports, fired);
        language(features.dutch(), fired);
        if (features.intensiveOnboarding() && features.offered().contact() != null) {
            fired.add(fired("ON-01", features.offered().contact()));
        }
        if (candidate.functionalNeeds().contains(FunctionalNeed.NO_HEAVY_LIFTING) && job.physicalLoad() == PhysicalLoad.HIGH
                && features.offered().heavyWorkAid() == null) {
            fired.add(fired("HE-01", FunctionalNeed.NO_HEAVY_LIFTING, job.physicalLoad()));
        }
        return fired;
    }

    private void mobility(Commute c, SupportOffer supports, List<Fired> fired) {
        boolean transport = supports.offers(Support.TRANSPORT_ARRANGEMENT);
        if (c.known() && c.bestMode() != null && c.bestMinutes() > c.limitMinutes() * unreachableFactor && !transport) {
            fired.add(fired("MO-01", c.bestMinutes(), c.bestMode(), c.limitMinutes()));
        }
        if (c.reachable() && c.bestMinutes() > c.limitMinutes() && c.bestMinutes() <= c.limitMinutes() * unreachableFactor
                && !transport) {
            fired.add(fired("MO-02", c.bestMinutes(), c.bestMode(), c.limitMinutes()));
        }
        if (c.reachable() && c.bestMinutes() <= c.limitMinutes() * shortShare) {
            fired.add(fired("MO-03", c.bestMinutes(), c.bestMode()));
        }
    }

    /**
     * The roster the engine scores: the guessed one, unless it draws a care finding and another roster that
     * clashes less in some kind draws fewer blockers (CA-03), then fewer penalties (CA-04).
     */
    private RosterFit roster(Candidate candidate, Job job, PairFeatures features) {
        RosterFit guess = features.bestRoster();
        RosterFit best = guess;
        List<Fired> bestFindings = new ArrayList<>(2);
        care(candidate, job, guess, bestFindings);
        if (bestFindings.isEmpty()) {
            return guess;
        }
        for (RosterFit other : features.rosters()) {
            if (other == guess || RosterFit.noBetterThan(other, guess)) {
                continue;
            }
            List<Fired> findings = new ArrayList<>(2);
            care(candidate, job, other, findings);
            if (CARE_COST.compare(findings, bestFindings) < 0) {
                best = other;
                bestFindings = findings;
            }
        }
        return best;
    }

    private static final Comparator<List<Fired>> CARE_COST = Comparator
            .comparingLong((List<Fired> f) -> f.stream().filter(x -> x.ruleId().equals("CA-03")).count())
            .thenComparingInt(List::size);

    private void care(Candidate candidate, Job job, RosterFit schedule, List<Fired> fired) {
        if (!Boolean.FALSE.equals(candidate.nightWork()) || schedule == null) {
            return;
        }
        int night = schedule.nightMinutes();
        boolean fixed = job.scheduleControl() == ScheduleControl.FIXED;
        if (schedule.muchNightWork() && fixed) {
            fired.add(fired("CA-03", night, nightStart, nightEnd, schedule.latestEnd()));
        }
        if (night > 0 && (!schedule.muchNightWork() || !fixed)) {
            fired.add(fired("CA-04", night, nightStart, nightEnd, schedule.latestEnd()));
        }
    }

    private void skill(List<RequirementFit> fits, SupportOffer supports, List<Fired> fired) {
        // the engine fires per rule, then per requirement: keep that order
        List<Fired> sk05 = new ArrayList<>(0);
        List<Fired> tr01 = new ArrayList<>(0);
        List<Fired> tr02 = new ArrayList<>(0);
        int offered = supports.trainingWeeks();
        for (RequirementFit r : fits) {
            if (!r.linked() || !r.requirement().essential() || !r.missing()
                    || r.category() != RequirementCategory.COMPETENCE && r.category() != RequirementCategory.DIGITAL) {
                continue;
            }
            boolean quicklyTrainable = r.quicklyTrainable();
            if (r.coreTask() && !r.reassignable() && !quicklyTrainable) {
                sk05.add(fired("SK-05", r.code(), r.requirement().minLevel(), r.candidateLevel(), r.taskName()));
            }
            if (r.timing() == TaskTiming.FROM_START && quicklyTrainable) {
                (r.requirement().trainingWeeks() <= offered ? tr01 : tr02).add(
                        fired(r.requirement().trainingWeeks() <= offered ? "TR-01" : "TR-02", r.code(), r.taskName(),
                                r.requirement().trainingWeeks(), offered));
            }
        }
        fired.addAll(sk05);
        fired.addAll(tr01);
        fired.addAll(tr02);
    }

    private void language(DutchFit d, List<Fired> fired) {
        // LA-03 and LA-04: the Dutch a core task's customer contact needs (LA-09 and LA-10, the rest, are not in the subset)
        if (!d.known() || !d.customerContact() || d.safetyOrSolo() || d.coreTaskGapLevels() <= 0) {
            return;
        }
        if (d.bridgedBy() == null) {
            fired.add(fired("LA-03", d.required(), LanguageReason.CUSTOMER_CONTACT, d.candidate()));
        } else {
            fired.add(fired("LA-04", d.required(), d.candidate(), d.bridgedBy()));
        }
    }

    private static Fired fired(String id, Object... args) {
        List<String> values = new ArrayList<>(args.length);
        for (Object arg : args) {
            values.add(arg instanceof Enum<?> e ? e.name() : String.valueOf(arg));
        }
        return new Fired(id, values);
    }
}
