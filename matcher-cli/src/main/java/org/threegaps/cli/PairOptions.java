package org.threegaps.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The inputs of the commands that take one candidate or job and, maybe, a pool of the other side:
 * {@code --candidate}, {@code --job}, {@code --candidates}, {@code --jobs}. Pools are a folder of JSON files,
 * a file with a JSON array, or one document.
 */
final class PairOptions {
    @Option(names = "--candidate", paramLabel = "<file>", description = "a candidate's JSON file")
    Path candidateFile;

    @Option(names = "--job", paramLabel = "<file>", description = "a job's JSON file")
    Path jobFile;

    @Option(names = "--candidates", paramLabel = "<folder|file>", description = "a pool of candidates")
    Path candidatesPath;

    @Option(names = "--jobs", paramLabel = "<folder|file>", description = "a pool of jobs")
    Path jobsPath;

    /** @return true when exactly --candidate and --job are given */
    boolean onePair() {
        return candidateFile != null && jobFile != null && candidatesPath == null && jobsPath == null;
    }

    /** @return true when exactly --candidate and --jobs are given */
    boolean jobsForCandidate() {
        return candidateFile != null && jobsPath != null && jobFile == null && candidatesPath == null;
    }

    /** @return true when exactly --job and --candidates are given */
    boolean candidatesForJob() {
        return jobFile != null && candidatesPath != null && candidateFile == null && jobsPath == null;
    }
}
