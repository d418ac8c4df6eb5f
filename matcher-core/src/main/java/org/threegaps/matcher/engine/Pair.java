package org.threegaps.matcher.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.kie.api.runtime.rule.RuleContext;
import org.threegaps.matcher.features.Code;
import org.threegaps.matcher.features.Commute;
import org.threegaps.matcher.features.DutchFit;
import org.threegaps.matcher.features.HoursFit;
import org.threegaps.matcher.features.PairFeatures;
import org.threegaps.matcher.features.RequirementFit;
import org.threegaps.matcher.features.RosterFit;
import org.threegaps.matcher.model.Candidate;
import org.threegaps.matcher.model.Job;
import org.threegaps.matcher.result.Finding;

/**
 * The one fact a rule sees per candidate–job pair: the candidate, the job, the derived features, and
 * {@link #report} to add a finding. Rules read it as {@code Pair( commute.bestMinutes > … )}.
 */
public final class Pair {
    private final Candidate candidate;
    private final Job job;
    private final PairFeatures features;
    private final RuleCatalog catalog;
    private final List<Finding> findings = new ArrayList<>(8);

    Pair(Candidate candidate, Job job, PairFeatures features, RuleCatalog catalog) {
        this.candidate = candidate;
        this.job = job;
        this.features = features;
        this.catalog = catalog;
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

    /** @return the best fitting roster, or null when the job states none */
    public RosterFit getSchedule() {
        return features.bestRoster();
    }

    /** @return the fit of every roster of the job, best first */
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

    /**
     * Marks an ISO 639 language code as a message argument, so the text shows the language's name in
     * the reader's language ("Arabisch", "Arabic") rather than the code: {@code $p.report(kcontext,
     * Pair.language(code))}.
     *
     * @param code a competence, qualification or requirement code, such as "forklift"
     * @return the language, for {@link #report}
     */
    public static Locale language(String code) {
        return Locale.forLanguageTag(code);
    }

    /**
     * Adds the finding of the firing rule, with the points the parameters give it. Called from a rule's
     * then-part: {@code $p.report(kcontext, $c.bestMinutes(), $c.limitMinutes());}
     *
     * @param context the rule context ({@code kcontext} in DRL)
     * @param args    the message arguments; enum values are translated, languages ({@link #language})
     *                named, codes ({@link Code}, such as {@code $r.asCode()}) shown as their label, numbers
     *                printed in the reader's notation
     */
    public void report(RuleContext context, Object... args) {
        RuleInfo rule = catalog.byName(context.getRule().getName());
        findings.add(new Finding(rule.id(), rule.gap(), rule.area(), rule.kind(), rule.points(), rule.id(),
                text(args), rule.levers(), codes(args)));
    }

    /** @return the positions of the arguments that are codes */
    private static List<Integer> codes(Object[] args) {
        List<Integer> out = new ArrayList<>(1);
        for (int i = 0; i < args.length; i++) {
            if (args[i] instanceof Code) {
                out.add(i);
            }
        }
        return out;
    }

    private static List<String> text(Object[] args) {
        List<String> out = new ArrayList<>(args.length);
        for (Object arg : args) {
            if (arg instanceof Enum<?> e) {
                out.add("#" + e.name());
            } else if (arg instanceof Code code) {
                out.add(code.value());
            } else if (arg instanceof Locale language) {
                out.add("@" + language.getLanguage());
            } else if (arg instanceof Double d) {
                out.add(d == Math.rint(d) ? Long.toString(d.longValue()) : String.format(Locale.ROOT, "%.1f", d));
            } else {
                out.add(String.valueOf(arg));
            }
        }
        return out;
    }

    List<Finding> findings() {
        return findings;
    }
}
