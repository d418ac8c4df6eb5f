package org.threegaps.matcher.engine;

import org.threegaps.matcher.RuleProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.compiler.compiler.DescrBuildError;
import org.drools.compiler.compiler.RuleBuildError;
import org.drools.drl.parser.ParserError;
import org.kie.internal.builder.KnowledgeBuilderResult;
import org.threegaps.matcher.RuleProblem.Text;

/**
 * Turns Drools builder results into located problems in analyst words. The only class that touches
 * Drools' implementation error types (see the Drools 10 notes, §2).
 */
final class DroolsErrors {
    private static final Pattern MISMATCHED = Pattern.compile("\\[ERR 10\\d\\] Line \\d+:\\d+ (.*?)(?: in rule \"?([^\"]*)\"?)?\\.?$");
    private static final Pattern UNKNOWN_FIELD = Pattern.compile("unable to resolve method using strict-mode: ([\\w.$]+)\\.(\\w+)\\(\\)");
    private static final Pattern UNKNOWN_TYPE = Pattern.compile("Unable to resolve ObjectType '([^']+)'");
    private static final Pattern ANALYSE = Pattern.compile("Unable to Analyse Expression (.*?):");

    private DroolsErrors() {
    }

    static List<RuleProblem> map(List<KnowledgeBuilderResult> results) {
        List<RuleProblem> problems = new ArrayList<>();
        List<String> unresolvedTypeRules = new ArrayList<>();
        for (KnowledgeBuilderResult r : results) {
            String message = r.getMessage() == null ? "" : r.getMessage().strip();
            if (message.startsWith("Parser returned a null Package")) {
                continue; // follow-on noise of a parser error
            }
            String file = r.getResource() == null || r.getResource().getSourcePath() == null
                    ? "?" : r.getResource().getSourcePath();
            int line = 0;
            int column = 0;
            Object text;
            if (r instanceof ParserError pe) {
                line = pe.getRow();
                column = pe.getCol() + 1;
                text = parserText(message);
            } else if (r instanceof RuleBuildError rbe) {
                line = rbe.getLine();
                String rule = rbe.getParentDescr() instanceof org.drools.drl.ast.descr.RuleDescr rd ? rd.getName() : "?";
                if (unresolvedTypeRules.contains(rule)) {
                    continue; // "$p cannot be resolved" after an unknown type: the type error says it all
                }
                text = Text.of("drools.then", rule, firstLine(message).replace("Rule Compilation error", "").strip());
            } else if (r instanceof DescrBuildError dbe) {
                line = dbe.getLine();
                column = dbe.getColumn() + 1;
                text = descrText(message);
                if (UNKNOWN_TYPE.matcher(message).find()) {
                    BaseDescrRule.owner(dbe).ifPresent(unresolvedTypeRules::add);
                }
            } else {
                int[] lines = r.getLines();
                line = lines != null && lines.length > 0 ? lines[0] : 0;
                text = firstLine(message);
            }
            Text said = text instanceof Text t ? t : Text.literal(String.valueOf(text));
            RuleProblem problem = r.getSeverity() == org.kie.internal.builder.ResultSeverity.ERROR
                    ? RuleProblem.error(file, Math.max(line, 0), Math.max(column, 0), said)
                    : RuleProblem.warning(file, Math.max(line, 0), Math.max(column, 0), said);
            if (!problems.contains(problem)) {
                problems.add(problem);
            }
        }
        return withoutEchoes(problems);
    }

    /**
     * Drools reports one unknown field up to three times on the same line: for the path, as "Unable to
     * analyze expression", and for the whole constraint. Keep the first problem that names the field.
     */
    private static List<RuleProblem> withoutEchoes(List<RuleProblem> problems) {
        List<RuleProblem> kept = new ArrayList<>();
        for (RuleProblem p : problems) {
            boolean echo = kept.stream().anyMatch(k -> k.file().equals(p.file()) && k.line() == p.line()
                    && k.message().startsWith("unknown field '") && (p.message().startsWith("Unable to analyze expression")
                    || p.message().startsWith(k.message().substring(0, k.message().indexOf(" in '") < 0
                    ? k.message().length() : k.message().indexOf(" in '")))));
            if (!echo) {
                kept.add(p);
            }
        }
        return kept;
    }

    private static Text parserText(String message) {
        Matcher m = MISMATCHED.matcher(message);
        String detail = m.find() ? m.group(1) : firstLine(message);
        Object rule = m.find(0) && m.group(2) != null ? Text.of("drools.inRule", m.group(2)) : "";
        if (detail.contains("mismatched input 'end'")) {
            return Text.of("drools.unexpectedEnd", rule);
        }
        if (detail.contains("mismatched input 'then'")) {
            return Text.of("drools.unexpectedThen", rule);
        }
        if (message.contains("Duplicate rule name")) {
            return Text.of("drools.duplicateRule", firstLine(message).replaceAll("\\[ERR \\d+\\] Line \\d+:\\d+ ", ""));
        }
        if (detail.contains("<EOF>") || message.contains("Line 0:-1")) {
            return Text.of("drools.eof");
        }
        return Text.of("drools.syntax", detail, rule);
    }

    private static Text descrText(String message) {
        Matcher field = UNKNOWN_FIELD.matcher(message);
        if (field.find()) {
            String type = field.group(1).substring(field.group(1).lastIndexOf('.') + 1);
            Matcher expression = ANALYSE.matcher(message);
            return Text.of("drools.unknownField", field.group(2), type,
                    expression.find() ? Text.of("drools.inExpression", expression.group(1).strip()) : "");
        }
        Matcher type = UNKNOWN_TYPE.matcher(message);
        if (type.find()) {
            return Text.of("drools.unknownType", type.group(1));
        }
        return Text.literal(firstLine(message));
    }

    private static String firstLine(String message) {
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline)).strip();
    }

    /** Finds the rule a descriptor error belongs to. */
    private static final class BaseDescrRule {
        static java.util.Optional<String> owner(DescrBuildError error) {
            if (error.getParentDescr() instanceof org.drools.drl.ast.descr.RuleDescr rd) {
                return java.util.Optional.of(rd.getName());
            }
            return java.util.Optional.empty();
        }
    }
}
