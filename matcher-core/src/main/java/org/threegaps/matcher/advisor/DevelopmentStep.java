package org.threegaps.matcher.advisor;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.threegaps.matcher.model.Candidate;
import org.threegaps.matcher.model.Cefr;
import org.threegaps.matcher.model.Competence;
import org.threegaps.matcher.model.ContractType;
import org.threegaps.matcher.model.DigitalSkill;
import org.threegaps.matcher.model.Effort;
import org.threegaps.matcher.model.Evidence;
import org.threegaps.matcher.model.Job;
import org.threegaps.matcher.model.Qualification;
import org.threegaps.matcher.model.Recognition;
import org.threegaps.matcher.result.Lever;

/**
 * A development step of the candidate, such as reaching a Dutch level or obtaining a driving licence.
 * Its duration comes from the policy parameters ({@code development.<LEVER>.weeks}, and
 * {@code development.DUTCH_COURSE.weeksPerLevel} per CEFR level).
 *
 * @param id     stable id such as {@code dutch-B1}, {@code course-forklift-2}, {@code driving-licence}
 * @param lever  a candidate-side lever
 * @param code   the competence or qualification code, or null
 * @param target the level or value reached: a CEFR level, a competence level, a digital skill, a contract
 *               type; null when the step has none
 * @param weeks  the typical duration from the policy parameters, or null when they do not state it
 */
public record DevelopmentStep(String id, Lever lever, String code, String target, Integer weeks) implements Change {
    /**
     * @param id     stable id such as {@code dutch-B1}, {@code course-forklift-2}, {@code driving-licence}
     * @param lever  a candidate-side lever
     * @param code   the competence or qualification code, or null
     * @param target the level or value reached: a CEFR level, a competence level, a digital skill, a contract type;
     *               null when the step has none
     * @param weeks  the typical duration from the policy parameters, or null when they do not state it
     * @throws IllegalArgumentException when the lever is not a candidate-side lever
     * @throws NullPointerException when {@code id} or {@code lever} is null
     */
    public DevelopmentStep {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(lever, "lever");
        if (lever.side() != Lever.Side.CANDIDATE) {
            throw new IllegalArgumentException("a development step needs a candidate-side lever, was " + lever);
        }
    }

    @Override
    public Effort effort() {
        return null;
    }

    @Override
    public String group() {
        return code == null ? lever.name() : lever.name() + ":" + code;
    }

    @Override
    public Job applyTo(Job job) {
        return job;
    }

    @Override
    public Candidate applyTo(Candidate c) {
        Candidate.Builder b = c.toBuilder();
        switch (lever) {
            case DUTCH_COURSE -> b.language("nl", Cefr.valueOf(target));
            case DRIVING_LICENCE -> b.drivingLicence(true);
            case SHORT_COURSE -> {
                List<Competence> competences = new ArrayList<>(c.competences());
                competences.removeIf(k -> k.code().equals(code));
                competences.add(new Competence(code, Integer.parseInt(target), Evidence.CERTIFICATE));
                b.competences(competences);
            }
            case DIPLOMA_RECOGNITION -> {
                List<Qualification> qualifications = new ArrayList<>(c.qualifications());
                qualifications.replaceAll(q -> q.code().equals(code) ? new Qualification(code, Recognition.RECOGNISED) : q);
                b.qualifications(qualifications);
            }
            case DIGITAL_SKILLS_COURSE -> b.digitalSkill(DigitalSkill.valueOf(target));
            case CHILDCARE_ARRANGEMENT -> b.careWindows(List.of());
            case DOCUMENTS_RENEWAL -> {
                Set<ContractType> allowed = c.documentsAllow() == null || c.documentsAllow().isEmpty()
                        ? EnumSet.noneOf(ContractType.class) : EnumSet.copyOf(c.documentsAllow());
                allowed.add(ContractType.valueOf(target));
                b.documentsAllow(allowed);
            }
            default -> throw new IllegalStateException("no development step for lever " + lever);
        }
        return b.build();
    }

    @Override
    public String describe(Job job, Locale locale) {
        Texts t = Texts.of(locale);
        return switch (lever) {
            case DIGITAL_SKILLS_COURSE, DOCUMENTS_RENEWAL -> t.format("step." + lever, t.value(target));
            default -> t.format("step." + lever, code == null ? target : code, target);
        };
    }
}
