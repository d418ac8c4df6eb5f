package org.threegaps.matcher.engine;

import java.util.regex.Pattern;

/**
 * A constraint of a DRL pattern, as Drools' parser gives it, read as a Java expression so that JavaParser can parse
 * it: DRL's binding at its head and its relational words are the only syntax Java lacks.
 */
final class DrlConstraint {
    /** A binding at the head of a constraint, {@code $fits : requirements}. */
    private static final Pattern BINDING = Pattern.compile("^\\s*[$\\w]+\\s*:(?![:=])");
    /** DRL's relational words, read as one Java comparison. */
    private static final Pattern RELATION = Pattern.compile("\\s(?:not\\s+)?(?:contains|memberOf)\\s");

    private DrlConstraint() {
    }

    /** @return the constraint as Java: a binding at its head left out, {@code contains} and the like read as {@code ==} */
    static String asJava(String constraint) {
        return relationsAsJava(BINDING.matcher(constraint).replaceFirst(" "));
    }

    /** @return the constraint with {@code contains} and the like read as {@code ==}, a binding at its head kept */
    static String relationsAsJava(String constraint) {
        return RELATION.matcher(constraint).replaceAll(" == ");
    }
}
