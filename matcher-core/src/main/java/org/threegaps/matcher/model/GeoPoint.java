package org.threegaps.matcher.model;

/**
 * A point on the earth in WGS84 degrees.
 *
 * @param latitude  degrees north, -90..90
 * @param longitude degrees east, -180..180
 */
public record GeoPoint(double latitude, double longitude) {
    private static final double EARTH_RADIUS_KM = 6371.0088;

    /**
     * @param latitude  degrees north, -90..90
     * @param longitude degrees east, -180..180
     * @throws IllegalArgumentException when a coordinate is out of range
     */
    public GeoPoint {
        if (!(latitude >= -90 && latitude <= 90)) {
            throw new IllegalArgumentException("latitude must be between -90 and 90, was " + latitude);
        }
        if (!(longitude >= -180 && longitude <= 180)) {
            throw new IllegalArgumentException("longitude must be between -180 and 180, was " + longitude);
        }
    }

    /**
     * @param other another point
     * @return the great-circle (haversine) distance to {@code other} in kilometres
     */
    public double distanceKm(GeoPoint other) {
        double dLat = Math.toRadians(other.latitude - latitude);
        double dLon = Math.toRadians(other.longitude - longitude);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(Math.toRadians(latitude)) * Math.cos(Math.toRadians(other.latitude))
                * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
    }
}
