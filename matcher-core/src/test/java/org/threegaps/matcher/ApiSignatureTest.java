package org.threegaps.matcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The public API, checked in: every public type and member of the packages module-info exports, one line each,
 * in {@code api/matcher-core.api}. A change to the API fails this test until the file is rewritten with it
 * ({@code mvn -pl matcher-core test -Dtest=ApiSignatureTest -Dapi.update=true}), so an API change is always a
 * reviewed change of that file, as Kotlin's binary-compatibility-validator does it.
 */
class ApiSignatureTest {
    private static final Path FILE = Path.of("api/matcher-core.api");
    private static final Path CLASSES = Path.of("target/classes");

    @Test
    void theApiIsTheCheckedInOne() throws IOException {
        String now = String.join("\n", signature()) + "\n";
        if (Boolean.getBoolean("api.update")) {
            Files.createDirectories(FILE.getParent());
            Files.writeString(FILE, now);
        }
        assertThat(Files.exists(FILE)).as(FILE + " exists; create it with -Dapi.update=true").isTrue();
        assertThat(now).as("the public API changed: review the change, then rewrite " + FILE
                + " with: mvn -pl matcher-core test -Dtest=ApiSignatureTest -Dapi.update=true").isEqualTo(Files.readString(FILE));
    }

    @Test
    void besidesTheModelAndTheDerivedFactsTheApiHasAtMostTwentyTopLevelTypes() throws IOException {
        List<String> others = exportedTypes().stream().filter(c -> c.getEnclosingClass() == null)
                .filter(c -> !c.getPackageName().endsWith(".model") && !c.getPackageName().endsWith(".features"))
                .map(Class::getName).sorted().toList();
        assertThat(others).hasSizeLessThanOrEqualTo(20);
    }

    static List<String> signature() throws IOException {
        List<String> lines = new ArrayList<>();
        for (Class<?> type : exportedTypes()) {
            lines.add(header(type));
            Set<String> members = new TreeSet<>();
            for (Constructor<?> c : type.getDeclaredConstructors()) {
                if (Modifier.isPublic(c.getModifiers()) || Modifier.isProtected(c.getModifiers())) {
                    members.add("  new(" + Arrays.stream(c.getGenericParameterTypes()).map(t -> t.getTypeName())
                            .collect(Collectors.joining(", ")) + ")");
                }
            }
            for (Method m : type.getDeclaredMethods()) {
                if ((Modifier.isPublic(m.getModifiers()) || Modifier.isProtected(m.getModifiers())) && !m.isSynthetic()) {
                    members.add("  " + (Modifier.isStatic(m.getModifiers()) ? "static " : "") + m.getName() + "("
                            + Arrays.stream(m.getGenericParameterTypes()).map(t -> t.getTypeName())
                            .collect(Collectors.joining(", ")) + "): " + m.getGenericReturnType().getTypeName());
                }
            }
            for (Field f : type.getDeclaredFields()) {
                if (Modifier.isPublic(f.getModifiers()) && !f.isSynthetic()) {
                    members.add("  " + (Modifier.isStatic(f.getModifiers()) ? "static " : "") + f.getName() + ": "
                            + f.getGenericType().getTypeName());
                }
            }
            lines.addAll(members);
        }
        return lines;
    }

    private static String header(Class<?> type) {
        String kind = type.isAnnotation() ? "@interface" : type.isEnum() ? "enum" : type.isRecord() ? "record"
                : type.isInterface() ? "interface" : Modifier.isAbstract(type.getModifiers()) ? "abstract class" : "class";
        String parent = type.getSuperclass() == null || type.isEnum() || type.isRecord()
                || type.getSuperclass() == Object.class ? "" : " extends " + type.getGenericSuperclass().getTypeName();
        String interfaces = type.getGenericInterfaces().length == 0 ? "" : " implements " + Arrays.stream(
                type.getGenericInterfaces()).map(t -> t.getTypeName()).sorted().collect(Collectors.joining(", "));
        return (Modifier.isFinal(type.getModifiers()) && !type.isEnum() && !type.isRecord() ? "final " : "") + kind + " "
                + type.getName() + parent + interfaces;
    }

    /** @return the public types, top-level and nested, of the packages module-info exports, by name */
    static List<Class<?>> exportedTypes() throws IOException {
        ModuleDescriptor module;
        try (var in = Files.newInputStream(CLASSES.resolve("module-info.class"))) {
            module = ModuleDescriptor.read(in);
        }
        Set<String> exported = module.exports().stream().filter(e -> !e.isQualified())
                .map(ModuleDescriptor.Exports::source).collect(Collectors.toSet());
        List<Class<?>> types = new ArrayList<>();
        try (Stream<Path> files = Files.walk(CLASSES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
                String name = CLASSES.relativize(file).toString().replace('/', '.').replace('\\', '.');
                name = name.substring(0, name.length() - ".class".length());
                if (name.equals("module-info") || !exported.contains(name.substring(0, Math.max(name.lastIndexOf('.'), 0)))) {
                    continue;
                }
                try {
                    Class<?> type = Class.forName(name, false, ApiSignatureTest.class.getClassLoader());
                    if (isApi(type)) {
                        types.add(type);
                    }
                } catch (ClassNotFoundException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        types.sort((a, b) -> a.getName().compareTo(b.getName()));
        return types;
    }

    private static boolean isApi(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getEnclosingClass()) {
            if (!Modifier.isPublic(c.getModifiers()) || c.isAnonymousClass() || c.isLocalClass() || c.isSynthetic()) {
                return false;
            }
        }
        return true;
    }
}
