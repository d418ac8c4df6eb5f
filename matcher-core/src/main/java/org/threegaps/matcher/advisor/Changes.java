package org.threegaps.matcher.advisor;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.threegaps.matcher.model.Candidate;
import org.threegaps.matcher.model.Cefr;
import org.threegaps.matcher.model.Competence;
import org.threegaps.matcher.model.ContractType;
import org.threegaps.matcher.model.DigitalSkill;
import org.threegaps.matcher.model.Evidence;
import org.threegaps.matcher.model.Job;
import org.threegaps.matcher.model.Qualification;
import org.threegaps.matcher.model.RedesignOption;
import org.threegaps.matcher.model.Recognition;
import org.threegaps.matcher.result.Advice;

/**
 * What the search does with a change: apply it to the job or the candidate, and which changes exclude each
 * other. Applying a change never touches anything the change is not about.
 */
final class Changes {
    private Changes() {
    }

    /** @return changes of one group exclude each other in a set (removing and deferring one task; two Dutch targets) */
    static String group(Advice.Change change) {
        if (change instanceof Advice.JobChange jobChange) {
            RedesignOption option = jobChange.option();
            return option.taskId() != null ? "task:" + option.taskId() : "option:" + option.id();
        }
        Advice.DevelopmentStep step = (Advice.DevelopmentStep) change;
        return step.code() == null ? step.lever().name() : step.lever().name() + ":" + step.code();
    }

    /**
     * Applies an employer's option by its id, so it also applies to a job another option already changed.
     *
     * @return the job with the change applied; the job itself for a development step
     */
    static Job apply(Advice.Change change, Job job) {
        if (!(change instanceof Advice.JobChange jobChange)) {
            return job;
        }
        String id = jobChange.option().id();
        RedesignOption declared = job.redesignOption(id).orElseThrow(() -> new IllegalArgumentException(
                "redesign option " + id + " is not declared for job " + job.id()));
        return job.apply(declared);
    }

    /** @return the candidate with the change applied; the candidate itself for a job change */
    static Candidate apply(Advice.Change change, Candidate c) {
        if (!(change instanceof Advice.DevelopmentStep step)) {
            return c;
        }
        Candidate.Builder b = c.toBuilder();
        String code = step.code();
        String target = step.target();
        switch (step.lever()) {
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
            default -> throw new IllegalStateException("no development step for lever " + step.lever());
        }
        return b.build();
    }
}
