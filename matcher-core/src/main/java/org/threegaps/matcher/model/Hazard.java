package org.threegaps.matcher.model;

/** Work hazards a job involves and a candidate may be restricted from for safety reasons. */
public enum Hazard {
    /** Work on ladders, scaffolds or roofs. */
    WORK_AT_HEIGHT,
    /** Work near moving machines. */
    MOVING_MACHINERY,
    /** Driving a vehicle or a forklift. */
    DRIVING_VEHICLES,
    /** Handling chemicals. */
    CHEMICALS,
    /** Working alone at night. */
    NIGHT_LONE_WORK
}
