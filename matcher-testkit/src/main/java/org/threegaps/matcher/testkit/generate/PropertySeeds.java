package org.threegaps.matcher.testkit.generate;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.Optional;
import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropagationMode;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * A jqwik hook that makes property runs repeatable by default and random on request, because jqwik 1.9
 * has no configuration key for a default seed. Chosen by the system property {@value #PROPERTY}
 * (Maven passes {@code -D} on to the tests):
 * <ul>
 *   <li>not set: each property gets its own fixed seed, derived from {@link #BASE} and its class and method
 *       name, so the build checks the same samples on every machine;</li>
 *   <li>{@code random}: jqwik picks a seed per property, as it does without this hook, for exploration; a
 *       failure report names it ({@code seed = …});</li>
 *   <li>a number: every property runs with that seed, to reproduce a failure reported by either mode.</li>
 * </ul>
 * A seed written on the property itself ({@code @Property(seed = "…")}) always wins. Register it for a
 * module's tests in {@code src/test/resources/META-INF/services/net.jqwik.api.lifecycle.LifecycleHook}.
 */
public final class PropertySeeds implements AroundPropertyHook {
    /** The system property that chooses the seeds. */
    public static final String PROPERTY = "threegaps.seed";
    /** The value of {@value #PROPERTY} that leaves the seed to jqwik. */
    public static final String RANDOM = "random";
    /** The base of the fixed seeds. */
    public static final long BASE = 20_261_125L;

    @Override
    public PropagationMode propagateTo() {
        return PropagationMode.ALL_DESCENDANTS;
    }

    @Override
    public boolean appliesTo(Optional<AnnotatedElement> element) {
        return element.map(Method.class::isInstance).orElse(false);
    }

    @Override
    public int aroundPropertyProximity() {
        return -100; // outermost: the seed must be set before the property starts generating
    }

    @Override
    public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
        if (context.attributes().seed().isEmpty()) {
            seedFor(System.getProperty(PROPERTY), context.targetMethod())
                    .ifPresent(seed -> context.attributes().setSeed(seed));
        }
        return property.execute();
    }

    /**
     * @param setting the value of {@value #PROPERTY}: null or blank, {@code random}, or a number
     * @param method the property method
     * @return the seed the property runs with, or empty to let jqwik choose one at random
     * @throws IllegalArgumentException when the setting is neither of these
     */
    public static Optional<String> seedFor(String setting, Method method) {
        if (setting == null || setting.isBlank()) {
            String name = method.getDeclaringClass().getName() + "#" + method.getName();
            return Optional.of(Long.toString(BASE * 31 + name.hashCode())); // String.hashCode is the same on every JVM
        }
        String value = setting.strip();
        if (value.equalsIgnoreCase(RANDOM)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.toString(Long.parseLong(value)));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("system property " + PROPERTY + " must be empty (fixed seeds), '"
                    + RANDOM + "' or a whole number (a seed to reproduce), was '" + setting + "'", e);
        }
    }
}
