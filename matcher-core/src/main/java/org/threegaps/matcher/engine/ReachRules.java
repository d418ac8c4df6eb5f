package org.threegaps.matcher.engine;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import java.util.Set;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.AndDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.threegaps.matcher.features.Pair;

/**
 * Which rules an out-of-reach pair's job alone decides: rules whose only condition on the candidate's side is the
 * derived fact {@code commute.outOfReach}. Such a rule fires for every pair of a job whose commute is out of reach,
 * or for none of them, so one pair per job tells what it does for all of them ({@link Screen#farBound}).
 *
 * <p>Read from the parsed rule, never from its text: the rule is one {@code Pair( … )} pattern without {@code from},
 * and every name its conditions read is the job ({@code job.…}), what the job offers ({@code offered.…}), the
 * policy's parameters, an enum value, a literal, or exactly {@code commute.outOfReach}. A binding of the job, what it
 * offers or the commute that nothing else in the conditions reads ({@code $c : commute}, for the report) decides
 * nothing. Anything else, or anything this reading does not know, leaves the rule out: the answer may say "no" too
 * often, never "yes" wrongly.
 */
final class ReachRules {
    /** What a condition may read of the pair besides {@code commute.outOfReach}: the job's side only. */
    private static final Set<String> JOB_SIDE = Set.of("job", "offered");
    /**
     * A constraint that only binds a name chain of the job, what it offers or the commute, {@code $c : commute}: the
     * facts an out-of-reach bound is found with ({@code FeatureDeriver.reachOnly}), so the report can read them.
     */
    private static final Pattern PURE_BINDING = Pattern.compile("\\s*\\$[\\w$]*\\s*:\\s*(?:job|offered|commute)(?:\\.\\w+)*\\s*");

    private final JavaParser javaParser = new JavaParser(new ParserConfiguration()
            .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17));

    private ReachRules() {
    }

    /**
     * @param rule a parsed rule
     * @return true when the rule's conditions read, of the candidate's side, only {@code commute.outOfReach}, and
     *         read it
     */
    static boolean decidedByJobAndReach(RuleDescr rule) {
        return new ReachRules().decides(rule);
    }

    private boolean decides(RuleDescr rule) {
        AndDescr and = rule.getLhs();
        if (and == null || and.getDescrs().size() != 1
                || !(and.getDescrs().get(0) instanceof PatternDescr pattern) || pattern.getSource() != null
                || !Pair.class.getSimpleName().equals(simpleName(pattern.getObjectType()))) {
            return false;
        }
        boolean readsReach = false;
        for (BaseDescr constraint : pattern.getDescrs()) {
            if (!(constraint instanceof ExprConstraintDescr expr)) {
                return false;
            }
            String text = expr.getExpression();
            if (PURE_BINDING.matcher(text).matches()) {
                continue; // binds for the report; a later condition reading it is refused below ($ names)
            }
            ParseResult<Expression> parsed = javaParser.parseExpression(DrlConstraint.relationsAsJava(text));
            if (!parsed.isSuccessful() || parsed.getResult().isEmpty()) {
                return false;
            }
            Read read = read(parsed.getResult().get());
            if (read == Read.OTHER) {
                return false;
            }
            readsReach |= read == Read.REACH;
        }
        return readsReach;
    }

    /** What an expression reads of the pair. */
    private enum Read {
        NOTHING, JOB, REACH, OTHER;

        Read and(Read other) {
            return this == OTHER || other == OTHER ? OTHER : this == REACH || other == REACH ? REACH
                    : this == JOB || other == JOB ? JOB : NOTHING;
        }
    }

    private Read read(Expression e) {
        if (e instanceof LiteralExpr) {
            return Read.NOTHING;
        }
        if (e instanceof EnclosedExpr enclosed) {
            return read(enclosed.getInner());
        }
        if (e instanceof UnaryExpr unary) {
            return read(unary.getExpression());
        }
        if (e instanceof BinaryExpr binary) {
            return read(binary.getLeft()).and(read(binary.getRight()));
        }
        if (e instanceof NameExpr name) {
            return JOB_SIDE.contains(name.getNameAsString()) ? Read.JOB : Read.OTHER;
        }
        if (e instanceof FieldAccessExpr field) {
            if (field.getScope() instanceof NameExpr scope) {
                String root = scope.getNameAsString();
                if (root.equals("commute") && field.getNameAsString().equals("outOfReach")) {
                    return Read.REACH;
                }
                if (!root.isEmpty() && Character.isUpperCase(root.charAt(0)) && !root.startsWith("$")) {
                    return Read.NOTHING; // an enum value such as Support.TRANSPORT_ARRANGEMENT
                }
            }
            return read(field.getScope());
        }
        if (e instanceof MethodCallExpr call) {
            if (call.getScope().isEmpty()) {
                return Read.OTHER; // a question to the pair itself, such as reachable()
            }
            Expression scope = call.getScope().get();
            Read result = scope instanceof NameExpr n && n.getNameAsString().equals("policy") ? Read.NOTHING : read(scope);
            for (Expression argument : call.getArguments()) {
                result = result.and(read(argument));
            }
            return result;
        }
        return Read.OTHER;
    }

    private static String simpleName(String type) {
        return type.substring(type.lastIndexOf('.') + 1);
    }
}
