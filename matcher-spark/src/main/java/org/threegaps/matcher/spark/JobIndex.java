package org.threegaps.matcher.spark;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.threegaps.matcher.blocking.OutOfReach;
import org.threegaps.matcher.features.FeatureDeriver.CandidateProfile;
import org.threegaps.matcher.features.FeatureDeriver.JobProfile;
import org.threegaps.matcher.geo.GeoPoint;

/**
 * The jobs of one run, arranged so a candidate meets only the jobs that may be within reach: jobs that
 * can be out of reach sit in a grid of cells about 11 km square; a candidate looks only into the cells
 * around their home that their {@linkplain OutOfReach#reachKm reach} touches, and the few pairs there are
 * checked exactly. Every other job is counted as skipped, with the blocker that fires for it. Jobs that
 * are never out of reach (unknown location, transport arranged, a lifting redesign) meet every candidate.
 */
final class JobIndex {
    private static final double CELL_DEGREES = 0.1;
    // a degree of latitude is 111.2 km; dividing by less widens the search box, never narrows it
    private static final double KM_PER_DEGREE = 110.0;
    private static final double MARGIN_KM = 0.5;

    private final OutOfReach reach;
    private final List<JobProfile> alwaysMet = new ArrayList<>();
    private final Map<Cell, List<JobProfile>> cells = new HashMap<>();
    private final int gridded;
    private final int griddedOffPublicTransport;

    JobIndex(List<JobProfile> jobs, OutOfReach reach) {
        this.reach = reach;
        int offLine = 0;
        for (JobProfile job : jobs) {
            if (reach.canBeOutOfReach(job)) {
                cells.computeIfAbsent(new Cell(row(job.work().latitude()), column(job.work().longitude())),
                        k -> new ArrayList<>()).add(job);
                if (offPublicTransport(job)) {
                    offLine++;
                }
            } else {
                alwaysMet.add(job);
            }
        }
        this.gridded = jobs.size() - alwaysMet.size();
        this.griddedOffPublicTransport = offLine;
    }

    /** Hears of the pairs of one candidate that need not be scored. */
    interface Skips {
        /** A job near enough to check exactly, and found out of reach. */
        void skipped(String blocker, JobProfile job);

        /** Jobs beyond the candidate's reach, never looked at one by one. */
        void skippedBeyondReach(String blocker, long pairs);
    }

    /**
     * Passes every job that must be scored with this candidate to {@code score}, and reports the rest to
     * {@code skips}, by blocker.
     */
    void meet(CandidateProfile candidate, Consumer<JobProfile> score, Skips skips) {
        alwaysMet.forEach(score);
        double km = reach.reachKm(candidate);
        if (Double.isInfinite(km)) {
            cells.values().forEach(jobs -> jobs.forEach(score));
            return;
        }
        GeoPoint home = candidate.home();
        double radius = km + MARGIN_KM;
        double dLat = radius / KM_PER_DEGREE;
        double farLat = Math.min(89.0, Math.max(Math.abs(home.latitude() - dLat), Math.abs(home.latitude() + dLat)));
        double dLon = radius / (KM_PER_DEGREE * Math.cos(Math.toRadians(farLat)));
        if (farLat >= 89.0 || home.longitude() - dLon < -180 || home.longitude() + dLon > 180) {
            // near a pole or across the date line the box does not hold: check every job exactly
            cells.values().forEach(jobs -> jobs.forEach(job -> meetExactly(candidate, job, score, skips)));
            return;
        }
        long fromRow = row(home.latitude() - dLat);
        long toRow = row(home.latitude() + dLat);
        long fromColumn = column(home.longitude() - dLon);
        long toColumn = column(home.longitude() + dLon);
        List<List<JobProfile>> near = new ArrayList<>();
        if ((toRow - fromRow + 1) * (toColumn - fromColumn + 1) <= cells.size()) {
            for (long r = fromRow; r <= toRow; r++) {
                for (long c = fromColumn; c <= toColumn; c++) {
                    List<JobProfile> jobs = cells.get(new Cell(r, c));
                    if (jobs != null) {
                        near.add(jobs);
                    }
                }
            }
        } else {
            // a box wider than the map: walk the occupied cells instead
            cells.forEach((cell, jobs) -> {
                if (cell.row() >= fromRow && cell.row() <= toRow && cell.column() >= fromColumn && cell.column() <= toColumn) {
                    near.add(jobs);
                }
            });
        }
        int inside = 0;
        int insideOffLine = 0;
        for (List<JobProfile> jobs : near) {
            for (JobProfile job : jobs) {
                inside++;
                if (offPublicTransport(job)) {
                    insideOffLine++;
                }
                meetExactly(candidate, job, score, skips);
            }
        }
        // beyond the box every gridded job is farther than the candidate's reach
        long beyond = gridded - inside;
        long beyondOffLine = griddedOffPublicTransport - insideOffLine;
        long noMode = OutOfReach.blockerBeyondReach(candidate.candidate(), true).equals(OutOfReach.NO_MODE) ? beyondOffLine : 0;
        if (beyond - noMode > 0) {
            skips.skippedBeyondReach(OutOfReach.TOO_FAR, beyond - noMode);
        }
        if (noMode > 0) {
            skips.skippedBeyondReach(OutOfReach.NO_MODE, noMode);
        }
    }

    private void meetExactly(CandidateProfile candidate, JobProfile job, Consumer<JobProfile> score, Skips skips) {
        String blocker = reach.blocker(candidate, job);
        if (blocker == null) {
            score.accept(job);
        } else {
            skips.skipped(blocker, job);
        }
    }

    /** @return how many jobs the index holds */
    int size() {
        return gridded + alwaysMet.size();
    }

    private static boolean offPublicTransport(JobProfile job) {
        return Boolean.FALSE.equals(job.job().publicTransportReachable());
    }

    private static long row(double latitude) {
        return (long) Math.floor(latitude / CELL_DEGREES);
    }

    private static long column(double longitude) {
        return (long) Math.floor(longitude / (CELL_DEGREES * 1.5));
    }

    /** A grid cell: 0.1° of latitude by 0.15° of longitude, about 11 by 10.5 km in Flanders. */
    private record Cell(long row, long column) {
    }
}
