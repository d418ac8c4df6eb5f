package org.threegaps.matcher.features;

import java.math.BigDecimal;

/**
 * The job's hourly wage against the minimum the candidate needs.
 *
 * @param offered the job's hourly wage, or null when not stated
 * @param needed  the candidate's minimum hourly wage, or null when not stated
 * @param missing the input field that is missing, the job's wage first; null when both are known
 */
public record WageFit(BigDecimal offered, BigDecimal needed, InputField missing) {
    /** @return true when both wages are known */
    public boolean known() {
        return missing == null;
    }

    /** @return true when both are known and the wage is below the candidate's minimum */
    public boolean below() {
        return known() && offered.compareTo(needed) < 0;
    }
}
