package org.threegaps.matcher.audit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Properties;
import org.threegaps.matcher.json.Json;
import org.threegaps.matcher.model.Candidate;
import org.threegaps.matcher.model.Job;
import org.threegaps.matcher.result.MatchResult;

/**
 * What a decision was made from: a digest of its inputs, the fingerprint of the rule set and the
 * library version. Two results with equal audits were computed from the same candidate, job, rules,
 * parameters, messages and code, so they must be identical; {@link Replay} checks that they are.
 *
 * @param inputDigest        "sha256:" and the SHA-256 of the canonical JSON of candidate and job
 * @param ruleSetFingerprint the fingerprint of the rule files, parameters and messages
 * @param libraryVersion     the version of matcher-core that scored it
 */
public record Audit(String inputDigest, String ruleSetFingerprint, String libraryVersion) {
    private static final String VERSION = readVersion();
    // a copy of Json's mapper, kept: the canonical JSON is written with the same settings as every document
    private static final com.fasterxml.jackson.databind.ObjectMapper CANONICAL = Json.mapper();

    /**
     * @param inputDigest        "sha256:" and the SHA-256 of the canonical JSON of candidate and job
     * @param ruleSetFingerprint the fingerprint of the rule files, parameters and messages
     * @param libraryVersion     the version of matcher-core that scored it
     * @throws NullPointerException naming the field that is null
     */
    public Audit {
        Objects.requireNonNull(inputDigest, "audit.inputDigest");
        Objects.requireNonNull(ruleSetFingerprint, "audit.ruleSetFingerprint");
        Objects.requireNonNull(libraryVersion, "audit.libraryVersion");
    }

    /**
     * @param result a result
     * @return what {@code result} was computed from: a digest of its candidate and job, the rule-set fingerprint
     *         and the library version (it serialises both inputs)
     * @throws NullPointerException when {@code result} is null
     */
    public static Audit of(MatchResult result) {
        return of(result.candidate(), result.job(), result.fingerprint());
    }

    /**
     * @param candidate          the candidate as scored
     * @param job                the job as scored
     * @param ruleSetFingerprint the fingerprint of the rule set that scored them
     * @return the audit of a pair scored now with the rule set of {@code ruleSetFingerprint}
     * @throws NullPointerException when an argument is null
     */
    public static Audit of(Candidate candidate, Job job, String ruleSetFingerprint) {
        Objects.requireNonNull(ruleSetFingerprint, "ruleSetFingerprint");
        return new Audit(inputDigest(candidate, job), ruleSetFingerprint, currentLibraryVersion());
    }

    /**
     * The digest covers every field of both inputs, names and notes included: it identifies the inputs,
     * it does not say what mattered. The JSON is canonical because the model is: sets are sorted,
     * language maps are sorted, record fields come in declaration order.
     *
     * @param candidate the candidate
     * @param job       the job
     * @return "sha256:" and 64 hex digits
     * @throws NullPointerException when an argument is null
     */
    public static String inputDigest(Candidate candidate, Job job) {
        byte[] canonical = canonicalJson(candidate, job).getBytes(StandardCharsets.UTF_8);
        try {
            return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM has no SHA-256", e);
        }
    }

    /**
     * @param candidate the candidate
     * @param job       the job
     * @return the compact JSON the digest is taken over: {@code {"candidate":…,"job":…}}
     * @throws NullPointerException when an argument is null
     */
    public static String canonicalJson(Candidate candidate, Job job) {
        Objects.requireNonNull(candidate, "candidate");
        Objects.requireNonNull(job, "job");
        try {
            return CANONICAL.writeValueAsString(new Inputs(candidate, job));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write candidate " + candidate.id() + " and job " + job.id(), e);
        }
    }

    /** @return the version of matcher-core on the class path, such as "0.9.0" */
    public static String currentLibraryVersion() {
        return VERSION;
    }

    private record Inputs(Candidate candidate, Job job) {
    }

    private static String readVersion() {
        try (InputStream in = Audit.class.getResourceAsStream("/org/threegaps/matcher/version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read org/threegaps/matcher/version.properties", e);
        }
    }
}
