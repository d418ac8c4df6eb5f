package org.threegaps.matcher.features;

import java.util.List;

/**
 * Everything derived in Java for one candidate–job pair before the rules run, so rules compare
 * numbers instead of computing them.
 *
 * @param commute             the commute estimate
 * @param rosters             the fit of every roster of the job
 * @param bestRoster          the roster with the fewest conflicts, or null when the job states none
 * @param requirements        every requirement against the candidate
 * @param dutch               the Dutch requirement against the candidate's languages
 * @param hours               weekly hours
 * @param intensiveOnboarding true when the candidate is likely to need intensive onboarding
 * @param unknowns            input fields that were not filled in and matter for this pair, sorted
 * @param offered             what the job offers of the support rules name
 * @param wage                the job's hourly wage against the candidate's minimum
 */
public record PairFeatures(Commute commute, List<RosterFit> rosters, RosterFit bestRoster,
                           List<RequirementFit> requirements, DutchFit dutch, HoursFit hours,
                           boolean intensiveOnboarding, List<String> unknowns, OfferedSupport offered, WageFit wage) {
}
