package org.threegaps.matcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.threegaps.matcher.i18n.Vocabulary;

/**
 * The files of one rule set: DRL files, {@value #PARAMETERS}, {@code messages_nl/en.properties} and, if
 * present, {@value #VOCABULARY} (the labels of the codes in the input data). Read once into memory, so a
 * rule base is compiled from exactly the bytes its fingerprint covers.
 */
public final class RuleSource {
    /** The policy parameters file name. */
    public static final String PARAMETERS = "policy.properties";
    /** The labels of competence, qualification and requirement codes; optional. */
    public static final String VOCABULARY = Vocabulary.FILE;
    /** The classpath folder of the default rule set, shipped in matcher-rules. */
    public static final String DEFAULT_FOLDER = "threegaps/rules";
    /** The file in a classpath folder that lists the rule set's files (a jar cannot be listed). */
    public static final String INDEX = "index.txt";
    /**
     * Sample pairs a rule set is tried on before it goes into service, so that a rule that throws is refused
     * when it loads rather than on every match after a reload: a JSON array of {@code {"candidate": …, "job": …}}.
     * Optional; the default rule set ships pairs on which every rule fires.
     */
    public static final String SAMPLES = "samples.json";

    private final String origin;
    private final Map<String, byte[]> files;

    private RuleSource(String origin, Map<String, byte[]> files) {
        this.origin = origin;
        this.files = Collections.unmodifiableMap(new TreeMap<>(files));
    }

    /**
     * Reads the rule files of a directory (not its subdirectories).
     *
     * @param directory the directory
     * @return the rule files of the directory
     * @throws IllegalArgumentException when the directory does not exist
     * @throws UncheckedIOException when the directory cannot be read
     */
    public static RuleSource directory(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw new IllegalArgumentException("rules directory " + directory + " does not exist");
        }
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> list = Files.list(directory)) {
            for (Path path : list.sorted().toList()) {
                String name = path.getFileName().toString();
                if (Files.isRegularFile(path) && isRuleFile(name)) {
                    files.put(name, Files.readAllBytes(path));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read rules directory " + directory, e);
        }
        return new RuleSource(directory.toString(), files);
    }

    /**
     * Reads the rule files listed in {@code folder/index.txt} on the classpath.
     *
     * @param folder the classpath folder, such as "threegaps/rules"
     * @return the rule files the index lists
     * @throws IllegalStateException when the index or a listed file is missing
     */
    public static RuleSource classpath(String folder) {
        ClassLoader loader = RuleSource.class.getClassLoader();
        byte[] index = read(loader, folder + "/" + INDEX);
        if (index == null) {
            throw new IllegalStateException("no rule set on the classpath at " + folder + "/" + INDEX
                    + "; add the matcher-rules artifact or build the matcher from a rules directory");
        }
        Map<String, byte[]> files = new TreeMap<>();
        for (String line : new String(index, StandardCharsets.UTF_8).split("\\R")) {
            String name = line.strip();
            if (name.isEmpty() || name.startsWith("#")) {
                continue;
            }
            byte[] content = read(loader, folder + "/" + name);
            if (content == null) {
                throw new IllegalStateException(folder + "/" + INDEX + " lists " + name + " but it is not on the classpath");
            }
            files.put(name, content);
        }
        return new RuleSource("classpath:" + folder, files);
    }

    /** @return the default rule set shipped in matcher-rules */
    public static RuleSource defaults() {
        return classpath(DEFAULT_FOLDER);
    }

    /**
     * @param origin where the files come from, for messages and the fingerprint
     * @param files file name to content
     * @return a rule set from in-memory files, for tests and tools
     */
    public static RuleSource of(String origin, Map<String, String> files) {
        Map<String, byte[]> bytes = new TreeMap<>();
        files.forEach((name, text) -> bytes.put(name, text.getBytes(StandardCharsets.UTF_8)));
        return new RuleSource(origin, bytes);
    }

    /**
     * @param origin where the files come from, for messages and the fingerprint
     * @param files file name to content
     * @return a rule set from in-memory bytes, e.g. the files a Spark driver broadcast; the same bytes give
     *         the same fingerprint as where they were read
     */
    public static RuleSource fromBytes(String origin, Map<String, byte[]> files) {
        Map<String, byte[]> copy = new TreeMap<>();
        files.forEach((name, content) -> copy.put(name, content.clone()));
        return new RuleSource(origin, copy);
    }

    /**
     * @param name the file name, such as "care.drl"
     * @param content the file's content
     * @return a copy with one file replaced or added
     */
    public RuleSource with(String name, String content) {
        Map<String, byte[]> copy = new TreeMap<>(files);
        copy.put(name, content.getBytes(StandardCharsets.UTF_8));
        return new RuleSource(origin, copy);
    }

    private static byte[] read(ClassLoader loader, String resource) {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /**
     * @param name the file name, such as "care.drl"
     * @return true for the file names that belong to a rule set
     */
    public static boolean isRuleFile(String name) {
        return name.endsWith(".drl") || name.equals(PARAMETERS) || name.equals(VOCABULARY) || name.equals(SAMPLES)
                || name.matches("messages_[a-z]{2}\\.properties");
    }

    /** @return where the files came from: a directory path or "classpath:folder" */
    public String origin() {
        return origin;
    }

    /** @return the file names, sorted */
    public List<String> names() {
        return List.copyOf(files.keySet());
    }

    /** @return the DRL file names, sorted */
    public List<String> drlFiles() {
        return files.keySet().stream().filter(n -> n.endsWith(".drl")).toList();
    }

    /**
     * @param name the file name, such as "care.drl"
     * @return a file's content as UTF-8 text, or null when the rule set has no such file
     */
    public String text(String name) {
        byte[] content = files.get(name);
        return content == null ? null : new String(content, StandardCharsets.UTF_8);
    }

    /**
     * @param name the file name, such as "care.drl"
     * @return a file's bytes, or null
     */
    public byte[] bytes(String name) {
        return files.get(name);
    }

    /**
     * @return "sha256:" and the first 16 hex digits of a SHA-256 over every file name and content: the
     *         same files give the same fingerprint wherever they are read from
     * @throws IllegalStateException when the JVM has no SHA-256 (every Java SE runtime has it)
     */
    public String fingerprint() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            files.forEach((name, content) -> {
                digest.update(name.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(content);
                digest.update((byte) 0);
            });
            return "sha256:" + HexFormat.of().formatHex(digest.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
