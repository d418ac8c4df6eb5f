package org.threegaps.matcher.features;

import org.threegaps.matcher.model.Support;

/**
 * What the job offers of the support some rules name, each as the one a finding names when the job offers
 * more than one; derived from the job alone, once per job. Null where the job offers none of them.
 *
 * <p>{@code interviewHelp}, {@code applicationRoute} and {@code capacityRoom} are a {@link Support} or the job's
 * {@code ApplicationMode} or {@code ScheduleControl}, whichever the job offers.
 *
 * @param contact          {@code Support.BUDDY}, else {@code Support.CONTACT_PERSON}: someone to turn to
 * @param heavyWorkAid     {@code Support.MEDICALLY_ADAPTED_ZONE}, else {@code Support.ERGONOMIC_AIDS}: what makes
 *                         physically heavy work lighter
 * @param firstLook        {@code Support.TRIAL_DAY}, else {@code Support.INTRO_CONVERSATION}: a way to get to
 *                         know the job before starting
 * @param interviewHelp    {@code Support.INTERVIEW_INTERPRETER}, else {@code ApplicationMode.VIA_COACH} when the
 *                         coach comes to the interview: someone who helps the candidate explain at the interview
 * @param applicationRoute a way to apply that does not hang on digital skills: {@code Support.APPLICATION_HELP}
 *                         when applying is online only and the employer helps, else the application mode when it
 *                         is not online only; null also when the mode is not stated
 * @param capacityRoom     how the job moves with a capacity that goes up and down: {@code
 *                         Support.FLEXIBLE_ABSENCE}, else {@code ScheduleControl.EMPLOYEE_CONTROLLED}, else {@code
 *                         ScheduleControl.NEGOTIABLE} when part-time work is possible
 */
public record OfferedSupport(Support contact, Support heavyWorkAid, Support firstLook, Enum<?> interviewHelp,
                             Enum<?> applicationRoute, Enum<?> capacityRoom) {
}
