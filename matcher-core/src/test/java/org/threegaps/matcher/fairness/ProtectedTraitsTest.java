package org.threegaps.matcher.fairness;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.threegaps.matcher.features.PairFeatures;
import org.threegaps.matcher.model.Candidate;
import org.threegaps.matcher.model.Job;

/**
 * Fairness is structural: the model holds no protected trait, so no rule can read one. This test walks
 * every record reachable from Candidate, Job and PairFeatures and fails when a component or an enum
 * constant names age, gender, origin, nationality, religion, ethnicity or a diagnosis.
 */
class ProtectedTraitsTest {
    // a word of a camelCase or SNAKE_CASE name is protected when it is one of these or starts with a stem
    private static final Pattern PROTECTED = Pattern.compile(
            "(age|ages|aged|sex|race|racial)|(birth|born|gender|origin|national|citizen|religio|faith|ethnic|skin|"
                    + "migra|diagnos|disease|illness|autis|depress|anxiet|psychiatr|pregnan|married|orientation).*");

    @Test
    void noModelOrFeatureTypeHasAProtectedTrait() {
        Set<Class<?>> types = new LinkedHashSet<>();
        collect(Candidate.class, types);
        collect(Job.class, types);
        collect(PairFeatures.class, types);
        List<String> offending = new ArrayList<>();
        for (Class<?> type : types) {
            if (type.isRecord()) {
                for (RecordComponent c : type.getRecordComponents()) {
                    check(type.getSimpleName() + "." + c.getName(), c.getName(), offending);
                }
            }
            if (type.isEnum()) {
                for (Object constant : type.getEnumConstants()) {
                    check(type.getSimpleName() + "." + constant, ((Enum<?>) constant).name(), offending);
                }
            }
        }
        assertThat(types).hasSizeGreaterThan(20);
        assertThat(offending).as("fields or values naming a protected trait").isEmpty();
    }

    private static void check(String where, String name, List<String> offending) {
        String[] words = name.equals(name.toUpperCase(Locale.ROOT)) ? name.split("_") : name.split("(?=[A-Z])");
        for (String word : words) {
            String w = word.toLowerCase(Locale.ROOT);
            if (PROTECTED.matcher(w).matches()) {
                offending.add(where);
            }
        }
    }

    private static void collect(Type type, Set<Class<?>> seen) {
        if (type instanceof ParameterizedType p) {
            for (Type argument : p.getActualTypeArguments()) {
                collect(argument, seen);
            }
            collect(p.getRawType(), seen);
            return;
        }
        if (!(type instanceof Class<?> c) || !c.getName().startsWith("org.threegaps") || !seen.add(c)) {
            return;
        }
        if (c.isRecord()) {
            for (RecordComponent component : c.getRecordComponents()) {
                collect(component.getGenericType(), seen);
            }
        }
    }

    @Test
    void theCheckWouldCatchABirthDateField() {
        List<String> offending = new ArrayList<>();
        check("Candidate.birthDate", "birthDate", offending);
        check("Candidate.religion", "religion", offending);
        check("FunctionalNeed.AUTISM", "AUTISM", offending);
        check("Candidate.languages", "languages", offending);
        assertThat(offending).containsExactly("Candidate.birthDate", "Candidate.religion", "FunctionalNeed.AUTISM");
    }
}
