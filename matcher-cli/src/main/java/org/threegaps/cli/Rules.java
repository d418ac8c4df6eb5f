package org.threegaps.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.threegaps.matcher.Matcher;
import org.threegaps.matcher.engine.RuleBase;
import org.threegaps.matcher.engine.RuleCompiler;
import org.threegaps.matcher.RuleProblem;
import org.threegaps.matcher.RuleSetException;
import org.threegaps.matcher.RuleSource;

/** Reads and compiles rule sets for the commands, and writes their problems as located lines. */
final class Rules {
    private static final String CLASSPATH = "classpath:";

    private Rules() {
    }

    /**
     * @return the rule files of a directory
     * @throws UserError when it is not a directory or has no rule files
     */
    static RuleSource read(Path directory, Texts texts) {
        if (!Files.isDirectory(directory)) {
            throw new UserError(texts.get("rules.notADirectory", directory));
        }
        RuleSource source = RuleSource.directory(directory);
        if (source.names().isEmpty()) {
            throw new UserError(texts.get("rules.empty", directory));
        }
        return source;
    }

    /**
     * @return a matcher on the rule set, explaining in the texts' language
     * @throws UserError with one located line per problem when the rule set does not compile
     */
    static Matcher matcher(RuleSource source, Texts texts) {
        try {
            return Matcher.withRules(source).locale(texts.locale()).build();
        } catch (RuleSetException e) {
            throw refused(source, e, texts);
        }
    }

    /**
     * @return the compiled rule set
     * @throws UserError with one located line per problem when it does not compile
     */
    static RuleBase compile(RuleSource source, Texts texts) {
        try {
            return RuleCompiler.compile(source);
        } catch (RuleSetException e) {
            throw refused(source, e, texts);
        }
    }

    /** @return the problems of a refused rule set as a user error: located lines, then a summary */
    static UserError refused(RuleSource source, RuleSetException e, Texts texts) {
        List<String> lines = new ArrayList<>();
        e.problems().stream().filter(RuleProblem::isError).forEach(p -> lines.add(line(source, p, texts)));
        lines.add(texts.get("rules.refused", describe(source, texts), e.problems().stream().filter(RuleProblem::isError).count()));
        return new UserError(lines);
    }

    /**
     * @return {@code dir/file:line:column: error: message}, leaving out a line or column that is not known,
     *         so an editor or CI log viewer can jump to it
     */
    static String line(RuleSource source, RuleProblem problem, Texts texts) {
        StringBuilder out = new StringBuilder(where(source, problem.file()));
        if (problem.line() > 0) {
            out.append(':').append(problem.line());
            if (problem.column() > 0) {
                out.append(':').append(problem.column());
            }
        }
        return out.append(": ").append(texts.get(problem.isError() ? "problem.error" : "problem.warning")).append(": ")
                .append(problem.message(texts.locale())).toString();
    }

    private static String where(RuleSource source, String file) {
        String origin = source.origin();
        if (file == null || file.equals("?") || file.equals(origin)) {
            return origin;
        }
        if (origin.startsWith(CLASSPATH)) {
            return origin + "/" + file;
        }
        return Path.of(origin).resolve(file).toString();
    }

    /** @return where a rule set comes from, for the reader: its directory or "the bundled rule set" */
    static String describe(RuleSource source, Texts texts) {
        return source.origin().equals(CLASSPATH + RuleSource.DEFAULT_FOLDER) ? texts.get("rules.bundled") : source.origin();
    }
}
