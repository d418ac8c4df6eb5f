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
    REMOVE_TASK(Side.EMPLOYER),
    REASSIGN_TASK(Side.EMPLOYER),
    DEFER_TASK(Side.EMPLOYER),
    PART_TIME(Side.EMPLOYER),
    EXTRA_ROSTER(Side.EMPLOYER),
    GRACE_PERIOD(Side.EMPLOYER),
    BUDDY(Side.EMPLOYER),
    LANGUAGE_COACHING_ON_FLOOR(Side.EMPLOYER),
    INTERPRETER_COLLEAGUE(Side.EMPLOYER),
    TRANSLATION_APP(Side.EMPLOYER),
    ON_THE_JOB_TRAINING(Side.EMPLOYER),
    COACH_ON_FLOOR(Side.EMPLOYER),
    CONTACT_PERSON(Side.EMPLOYER),
    FIRST_DAY_INFO(Side.EMPLOYER),
    MEDICALLY_ADAPTED_ZONE(Side.EMPLOYER),
    ERGONOMIC_AIDS(Side.EMPLOYER),
    TRIAL_DAY(Side.EMPLOYER),
    INTRO_CONVERSATION(Side.EMPLOYER),
    INTERVIEW_INTERPRETER(Side.EMPLOYER),
    APPLICATION_HELP(Side.EMPLOYER),
    /** Another way to apply than online only: in person or through the job coach (seed 004 L2486-2518). */
    APPLICATION_IN_PERSON(Side.EMPLOYER),
    PRAYER_BREAKS(Side.EMPLOYER),
    FLEXIBLE_ABSENCE(Side.EMPLOYER),
    TRANSPORT_ARRANGEMENT(Side.EMPLOYER),
    TRANSLATED_INSTRUCTIONS(Side.EMPLOYER),
    INCLUSIVE_UNIFORM(Side.EMPLOYER),
    WORKPLACE_ACCESS(Side.EMPLOYER),
    SCHEDULE_CONTROL(Side.EMPLOYER),
    WAGE(Side.EMPLOYER),
    CONTRACT(Side.EMPLOYER),
    TASK_LINKED_REQUIREMENTS(Side.EMPLOYER),
    DUTCH_COURSE(Side.CANDIDATE),
    DRIVING_LICENCE(Side.CANDIDATE),
    SHORT_COURSE(Side.CANDIDATE),
    DIPLOMA_RECOGNITION(Side.CANDIDATE),
    DIGITAL_SKILLS_COURSE(Side.CANDIDATE),
    CHILDCARE_ARRANGEMENT(Side.CANDIDATE),
    DOCUMENTS_RENEWAL(Side.CANDIDATE);

    /** Who acts on the lever. */
    public enum Side { EMPLOYER, CANDIDATE }

    private final Side side;

    Lever(Side side) {
        this.side = side;
    }

    /** @return who acts on this lever */
    public Side side() {
        return side;
    }

    /** @return the lever a support belongs to */
    public static Lever of(Support support) {
        return valueOf(support.name());
    }

    /** @return the lever a redesign option of this kind pulls; ADD_SUPPORT needs the support */
    public static Lever of(RedesignKind kind, Support support) {
        return kind == RedesignKind.ADD_SUPPORT ? of(support) : valueOf(kind.name());
    }

    /**
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
