package org.threegaps.matcher.result;

import java.util.EnumSet;
import java.util.Set;
import org.threegaps.matcher.model.Job;
import org.threegaps.matcher.model.RedesignKind;
import org.threegaps.matcher.model.RedesignOption;
import org.threegaps.matcher.model.Support;

/**
 * What could lift a finding: an employer-side change or support, or a development step of the
 * candidate. Findings name their levers; the redesign advisor tries only declared options whose lever a
 * firing finding names.
 */
public enum Lever {
    /** Take a task out of the job. */
    REMOVE_TASK(Side.EMPLOYER),
    /** Give a task to a colleague. */
    REASSIGN_TASK(Side.EMPLOYER),
    /** Add a task only later. */
    DEFER_TASK(Side.EMPLOYER),
    /** Allow part-time work. */
    PART_TIME(Side.EMPLOYER),
    /** Offer an additional roster. */
    EXTRA_ROSTER(Side.EMPLOYER),
    /** Allow time to obtain a requirement after the start. */
    GRACE_PERIOD(Side.EMPLOYER),
    /** Appoint a buddy. */
    BUDDY(Side.EMPLOYER),
    /** Language coaching on the floor. */
    LANGUAGE_COACHING_ON_FLOOR(Side.EMPLOYER),
    /** A colleague who interprets. */
    INTERPRETER_COLLEAGUE(Side.EMPLOYER),
    /** Messages through a translation app. */
    TRANSLATION_APP(Side.EMPLOYER),
    /** Training on the job. */
    ON_THE_JOB_TRAINING(Side.EMPLOYER),
    /** Allow the job coach on the floor. */
    COACH_ON_FLOOR(Side.EMPLOYER),
    /** A fixed contact person. */
    CONTACT_PERSON(Side.EMPLOYER),
    /** Clear information for the first day. */
    FIRST_DAY_INFO(Side.EMPLOYER),
    /** A zone adapted for medical limitations. */
    MEDICALLY_ADAPTED_ZONE(Side.EMPLOYER),
    /** Ergonomic aids. */
    ERGONOMIC_AIDS(Side.EMPLOYER),
    /** A trial or shadow day. */
    TRIAL_DAY(Side.EMPLOYER),
    /** An introductory conversation. */
    INTRO_CONVERSATION(Side.EMPLOYER),
    /** An interpreter or trusted person at the interview. */
    INTERVIEW_INTERPRETER(Side.EMPLOYER),
    /** Help with the online application. */
    APPLICATION_HELP(Side.EMPLOYER),
    /** Apply in person or through the job coach (seed 004 L2486-2518). */
    APPLICATION_IN_PERSON(Side.EMPLOYER),
    /** Short prayer breaks. */
    PRAYER_BREAKS(Side.EMPLOYER),
    /** Flexible absence at short notice. */
    FLEXIBLE_ABSENCE(Side.EMPLOYER),
    /** Arrange transport to work. */
    TRANSPORT_ARRANGEMENT(Side.EMPLOYER),
    /** Work instructions in another language. */
    TRANSLATED_INSTRUCTIONS(Side.EMPLOYER),
    /** An inclusive uniform. */
    INCLUSIVE_UNIFORM(Side.EMPLOYER),
    /** Make the workplace accessible. */
    WORKPLACE_ACCESS(Side.EMPLOYER),
    /** A say in the hours. */
    SCHEDULE_CONTROL(Side.EMPLOYER),
    /** Review the wage. */
    WAGE(Side.EMPLOYER),
    /** A more stable contract or a path to permanent work. */
    CONTRACT(Side.EMPLOYER),
    /** Tie requirements to tasks (minimum requirements). */
    TASK_LINKED_REQUIREMENTS(Side.EMPLOYER),
    /** Learn more Dutch. */
    DUTCH_COURSE(Side.CANDIDATE),
    /** Get a driving licence. */
    DRIVING_LICENCE(Side.CANDIDATE),
    /** Take a short course. */
    SHORT_COURSE(Side.CANDIDATE),
    /** Complete the diploma recognition. */
    DIPLOMA_RECOGNITION(Side.CANDIDATE),
    /** Practise digital skills. */
    DIGITAL_SKILLS_COURSE(Side.CANDIDATE),
    /** Arrange childcare. */
    CHILDCARE_ARRANGEMENT(Side.CANDIDATE),
    /** Have residence documents adapted. */
    DOCUMENTS_RENEWAL(Side.CANDIDATE);

    /** Who acts on the lever. */
    public enum Side {
        /** The employer changes the job or how it is organised, or offers a support. */
        EMPLOYER,
        /** The candidate takes a development step. */
        CANDIDATE
    }

    private final Side side;

    Lever(Side side) {
        this.side = side;
    }

    /** @return who acts on this lever */
    public Side side() {
        return side;
    }

    /**
     * @param support the support
     * @return the lever a support belongs to
     */
    public static Lever of(Support support) {
        return valueOf(support.name());
    }

    /**
     * @param kind    what the redesign option changes
     * @param support the support, for ADD_SUPPORT; ignored otherwise
     * @return the lever a redesign option of this kind pulls; ADD_SUPPORT needs the support
     */
    public static Lever of(RedesignKind kind, Support support) {
        return kind == RedesignKind.ADD_SUPPORT ? of(support) : valueOf(kind.name());
    }

    /**
     * @param job the job
     * @return the levers the job's declared redesign options pull: a blocker one of them lifts makes the
     *         verdict "after redesign" rather than "not yet"
     */
    public static Set<Lever> declaredBy(Job job) {
        Set<Lever> levers = EnumSet.noneOf(Lever.class);
        for (RedesignOption option : job.redesignOptions()) {
            levers.add(of(option.kind(), option.support()));
        }
        return levers;
    }
}
