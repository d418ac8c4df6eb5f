package org.threegaps.matcher.model;

/** Work hazards a job involves and a candidate may be restricted from for safety reasons. */
public enum Hazard { WORK_AT_HEIGHT, MOVING_MACHINERY, DRIVING_VEHICLES, CHEMICALS, NIGHT_LONE_WORK }
