package org.threegaps.matcher.advisor;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.threegaps.matcher.features.PairFeatures;
import org.threegaps.matcher.features.RequirementFit;
import org.threegaps.matcher.model.Candidate;
import org.threegaps.matcher.model.Cefr;
import org.threegaps.matcher.model.DigitalSkill;
import org.threegaps.matcher.model.Job;
import org.threegaps.matcher.model.RequirementCategory;
import org.threegaps.matcher.model.Task;
import org.threegaps.matcher.features.Policy;
import org.threegaps.matcher.result.Advice.DevelopmentStep;
import org.threegaps.matcher.result.Lever;

/**
 * Derives the development steps that could matter for a pair, only for candidate-side levers a firing
 * finding names, with their durations from the policy parameters.
 */
final class DevelopmentSteps {
    /** Prefix of the duration parameters: {@code development.DRIVING_LICENCE.weeks}. */
    static final String PREFIX = "development.";

    private final Policy policy;

    DevelopmentSteps(Policy policy) {
        this.policy = policy;
    }

    List<DevelopmentStep> of(Candidate c, Job j, PairFeatures features, Set<Lever> named) {
        List<DevelopmentStep> steps = new ArrayList<>();
        if (named.contains(Lever.DUTCH_COURSE) && c.dutch() != null) {
            Set<Cefr> targets = new TreeSet<>();
            if (j.dutch() != null) {
                targets.add(j.dutch().level());
            }
            j.tasks().stream().map(Task::dutchLevel).filter(l -> l != null).forEach(targets::add);
            Integer perLevel = weeks(Lever.DUTCH_COURSE, "weeksPerLevel");
            for (Cefr target : targets) {
                int levels = c.dutch().levelsBelow(target);
                if (levels > 0) {
                    steps.add(new DevelopmentStep("dutch-" + target, Lever.DUTCH_COURSE, null, target.name(),
                            perLevel == null ? null : perLevel * levels));
                }
            }
        }
        if (named.contains(Lever.DRIVING_LICENCE) && !Boolean.TRUE.equals(c.drivingLicence())) {
            steps.add(new DevelopmentStep("driving-licence", Lever.DRIVING_LICENCE, null, null, weeks(Lever.DRIVING_LICENCE, "weeks")));
        }
        Set<String> seen = new TreeSet<>();
        for (RequirementFit fit : features.requirements()) {
            RequirementCategory category = fit.requirement().category();
            String code = fit.requirement().code();
            if (named.contains(Lever.SHORT_COURSE) && fit.shortfall() > 0
                    && (category == RequirementCategory.COMPETENCE || category == RequirementCategory.EXPERIENCE)
                    && seen.add("course-" + code + "-" + fit.requirement().minLevel())) {
                steps.add(new DevelopmentStep("course-" + code + "-" + fit.requirement().minLevel(), Lever.SHORT_COURSE,
                        code, Integer.toString(fit.requirement().minLevel()), weeks(Lever.SHORT_COURSE, "weeks")));
            }
            if (named.contains(Lever.DIPLOMA_RECOGNITION) && category == RequirementCategory.QUALIFICATION
                    && fit.qualification() != null && !fit.qualification().usable() && seen.add("recognition-" + code)) {
                steps.add(new DevelopmentStep("recognition-" + code, Lever.DIPLOMA_RECOGNITION, code, null,
                        weeks(Lever.DIPLOMA_RECOGNITION, "weeks")));
            }
            if (named.contains(Lever.DIGITAL_SKILLS_COURSE) && category == RequirementCategory.DIGITAL
                    && fit.shortfall() > 0) {
                DigitalSkill target = DigitalSkill.values()[Math.min(fit.requirement().minLevel(), DigitalSkill.values().length - 1)];
                if (seen.add("digital-" + target)) {
                    steps.add(new DevelopmentStep("digital-" + target, Lever.DIGITAL_SKILLS_COURSE, null, target.name(),
                            weeks(Lever.DIGITAL_SKILLS_COURSE, "weeks")));
                }
            }
        }
        if (named.contains(Lever.CHILDCARE_ARRANGEMENT) && !c.careWindows().isEmpty()) {
            steps.add(new DevelopmentStep("childcare", Lever.CHILDCARE_ARRANGEMENT, null, null,
                    weeks(Lever.CHILDCARE_ARRANGEMENT, "weeks")));
        }
        if (named.contains(Lever.DOCUMENTS_RENEWAL) && j.contract() != null && c.documentsAllow() != null
                && !c.documentsAllow().contains(j.contract())) {
            steps.add(new DevelopmentStep("documents-" + j.contract(), Lever.DOCUMENTS_RENEWAL, null, j.contract().name(),
                    weeks(Lever.DOCUMENTS_RENEWAL, "weeks")));
        }
        return steps;
    }

    private Integer weeks(Lever lever, String suffix) {
        String key = PREFIX + lever.name() + "." + suffix;
        return policy.has(key) ? policy.integer(key) : null;
    }
}
