package org.threegaps.matcher.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.kie.api.runtime.rule.RuleContext;
import org.threegaps.matcher.features.Code;
import org.threegaps.matcher.features.Commute;
import org.threegaps.matcher.features.DutchFit;
import org.threegaps.matcher.features.HoursFit;
import org.threegaps.matcher.features.InputField;
import org.threegaps.matcher.features.OfferedSupport;
import org.threegaps.matcher.features.PairFeatures;
import org.threegaps.matcher.features.RequirementFit;
import org.threegaps.matcher.features.RosterFit;
import org.threegaps.matcher.features.WageFit;
import org.threegaps.matcher.model.Candidate;
import org.threegaps.matcher.model.Job;
import org.threegaps.matcher.result.Finding;
import org.threegaps.matcher.result.Finding.Argument;

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
    public void report(RuleContext context, Object... args) {
        RuleInfo rule = catalog.byName(context.getRule().getName());
        List<Argument> typed = new ArrayList<>(args.length);
        for (int i = 0; i < args.length; i++) {
            typed.add(argument(rule, i, args[i]));
        }
        findings.add(new Finding(rule.id(), rule.gap(), rule.area(), rule.kind(), rule.points(), rule.id(), typed,
                rule.levers()));
    }

    private static Argument argument(RuleInfo rule, int position, Object arg) {
        if (arg == null) {
            throw new IllegalArgumentException("rule " + rule.id() + " reports null as argument " + position
                    + ": a finding's text cannot show it");
        }
        if (arg instanceof InputField field) {
            return Argument.field(field.path());
        } else if (arg instanceof Enum<?> e) {
            return Argument.value(e);
        } else if (arg instanceof Code code) {
            return Argument.code(code.value());
        } else if (arg instanceof Locale language) {
            return Argument.language(language.getLanguage());
        } else if (arg instanceof Double || arg instanceof Float) {
            double d = ((Number) arg).doubleValue();
            return Argument.number(d == Math.rint(d) ? Long.toString((long) d) : String.format(Locale.ROOT, "%.1f", d));
        } else if (arg instanceof BigDecimal decimal) {
            return Argument.number(decimal.toPlainString());
        } else if (arg instanceof Number number) {
            return Argument.number(number.toString());
        } else if (arg instanceof CharSequence text) {
            return Argument.text(text.toString());
        }
        throw new IllegalArgumentException("rule " + rule.id() + " reports a " + arg.getClass().getName()
                + " as argument " + position + ": a finding's text shows numbers, text, enum constants, languages"
                + " (Locale), input fields and codes");
    }

    List<Finding> findings() {
        return findings;
    }
}
