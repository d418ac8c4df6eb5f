package org.threegaps.matcher.features;

/**
 * An input field a finding can name as missing, such as "candidate.home": in DRL
 * {@code $p.report(kcontext, InputField.CANDIDATE_AVAILABILITY)}. A text shows it by its name in the reader's
 * language ({@code unknown.candidate.availability}), the JSON result by its {@link #path()}.
 */
public enum InputField {
    CANDIDATE_HOME("candidate.home"),
    JOB_LOCATION("job.location"),
    CANDIDATE_AVAILABILITY("candidate.availability"),
    CANDIDATE_LANGUAGES_NL("candidate.languages.nl"),
    CANDIDATE_DIGITAL_SKILL("candidate.digitalSkill"),
    CANDIDATE_COMPETENCES("candidate.competences"),
    JOB_HOURLY_WAGE("job.hourlyWage"),
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
