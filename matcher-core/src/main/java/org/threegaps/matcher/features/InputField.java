package org.threegaps.matcher.features;

/**
 * An input field a finding can name as missing, such as "candidate.home": in DRL
 * {@code $p.report(kcontext, InputField.CANDIDATE_AVAILABILITY)}. A text shows it by its name in the reader's
 * language ({@code unknown.candidate.availability}), the JSON result by its {@link #path()}.
 */
public enum InputField {
    /** The candidate's home. */
    CANDIDATE_HOME("candidate.home"),
    /** The job's workplace. */
    JOB_LOCATION("job.location"),
    /** The hours the candidate can work. */
    CANDIDATE_AVAILABILITY("candidate.availability"),
    /** The candidate's level of Dutch. */
    CANDIDATE_LANGUAGES_NL("candidate.languages.nl"),
    /** The candidate's digital skills. */
    CANDIDATE_DIGITAL_SKILL("candidate.digitalSkill"),
    /** The candidate's competences. */
    CANDIDATE_COMPETENCES("candidate.competences"),
    /** The job's hourly wage. */
    JOB_HOURLY_WAGE("job.hourlyWage"),
    /** The lowest hourly wage the candidate can take. */
    CANDIDATE_MIN_HOURLY_WAGE("candidate.minHourlyWage");

    private final String path;

    InputField(String path) {
        this.path = path;
    }

    /** @return the field's path in the input documents, such as "candidate.home" */
    public String path() {
        return path;
    }
}
