package org.threegaps.matcher.geo;

import org.threegaps.matcher.model.GeoPoint;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The embedded postcode gazetteer: all Limburg municipalities and the larger Flemish cities, so a
 * document can say {@code "postcode": "3600"} instead of giving coordinates.
 */
public final class Gazetteer {
    /** A known place. */
    public record Place(String postcode, String name, GeoPoint point) {
    }

    private static final Map<String, Place> PLACES = load();

    private Gazetteer() {
    }

    /**
     * @param postcode a four-digit Flemish postcode
     * @return the place for a four-digit postcode, if the gazetteer knows it
     */
    public static Optional<Place> find(String postcode) {
        return Optional.ofNullable(PLACES.get(postcode));
    }

    /** @return every known place, ordered by postcode */
    public static Map<String, Place> places() {
        return PLACES;
    }

    private static Map<String, Place> load() {
        String resource = "postcodes.csv";
        try (InputStream in = Gazetteer.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("gazetteer resource " + resource + " is missing from the classpath");
            }
            Map<String, Place> places = new TreeMap<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split(";");
                if (cells.length != 4) {
                    throw new IllegalStateException(resource + ":" + number + ": expected postcode;name;lat;lon");
                }
                places.put(cells[0], new Place(cells[0], cells[1],
                        new GeoPoint(Double.parseDouble(cells[2]), Double.parseDouble(cells[3]))));
            }
            return Collections.unmodifiableMap(places);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gazetteer " + resource, e);
        }
    }
}
