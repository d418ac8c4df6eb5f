package org.threegaps.matcher.fairness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.threegaps.matcher.model.Candidate;
import org.threegaps.matcher.model.FunctionalNeed;

/**
 * Which group or groups each candidate belongs to, for a fairness audit only. Groups are held outside
 * the model: they are read from their own file and never reach the features or the rules, so they can
 * name what the model must not hold (gender, origin, age band) to check that outcomes do not differ by it.
 * A candidate may belong to several groups.
 *
 * @param membership candidate id to its groups
 */
public record Groups(Map<String, Set<String>> membership) {
    /** The group of candidates the groups file does not name. */
    public static final String UNASSIGNED = "(not in groups file)";
    /** The group of candidates who declared no functional need, in {@link #byFunctionalNeed}. */
    public static final String NO_DECLARED_NEED = "no declared functional need";

    /**
     * @param membership candidate id to its groups
     * @throws NullPointerException when {@code membership} is null
     */
    public Groups {
        Map<String, Set<String>> copy = new TreeMap<>();
        membership.forEach((id, groups) -> copy.put(id, Collections.unmodifiableSet(new TreeSet<>(groups))));
        membership = Collections.unmodifiableMap(copy);
    }

    /**
     * @param candidateId a candidate id
     * @return the groups of a candidate, {@link #UNASSIGNED} when none is known
     */
    public Set<String> of(String candidateId) {
        Set<String> groups = membership.get(candidateId);
        return groups == null || groups.isEmpty() ? Set.of(UNASSIGNED) : groups;
    }

    /**
     * Reads a groups file: one {@code candidateId,group} a line (a candidate on several lines belongs to
     * several groups); blank lines and lines starting with '#' are skipped, and a first line
     * {@code candidate,group} is taken as a header.
     *
     * @param file the groups file
     * @return the groups
     * @throws IllegalArgumentException naming the file and line when a line has no comma or an empty part
     * @throws java.io.UncheckedIOException when the file cannot be read
     */
    public static Groups read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read groups file " + file, e);
        }
        Map<String, Set<String>> membership = new TreeMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#") || i == 0 && line.equalsIgnoreCase("candidate,group")) {
                continue;
            }
            int comma = line.indexOf(',');
            String id = comma < 0 ? "" : line.substring(0, comma).strip();
            String group = comma < 0 ? "" : line.substring(comma + 1).strip();
            if (id.isEmpty() || group.isEmpty()) {
                throw new IllegalArgumentException(file + ":" + (i + 1) + ": expected \"candidateId,group\", was \""
                        + line + "\"");
            }
            membership.computeIfAbsent(id, k -> new TreeSet<>()).add(group);
        }
        return new Groups(membership);
    }

    /**
     * @param candidates the candidates
     * @return one group per declared functional need ("need:NO_HEAVY_LIFTING") and
     *         {@link #NO_DECLARED_NEED}: does the rule set treat people who declare a need worse than the rest,
     *         beyond what the need itself requires of the workplace?
     */
    public static Groups byFunctionalNeed(Collection<Candidate> candidates) {
        Map<String, Set<String>> membership = new TreeMap<>();
        for (Candidate c : candidates) {
            Set<String> groups = new TreeSet<>();
            for (FunctionalNeed need : c.functionalNeeds()) {
                groups.add("need:" + need.name());
            }
            membership.put(c.id(), groups.isEmpty() ? Set.of(NO_DECLARED_NEED) : groups);
        }
        return new Groups(membership);
    }
}
