package org.threegaps.matcher.engine;

import org.threegaps.matcher.RuleProblem;
import org.threegaps.matcher.features.Pair;
import org.threegaps.matcher.features.RosterFit;
import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.Position;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.Statement;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.drools.drl.ast.descr.AndDescr;
import org.drools.drl.ast.descr.AtomicExprDescr;
import org.drools.drl.ast.descr.AttributeDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.BindingDescr;
import org.drools.drl.ast.descr.ConstraintConnectiveDescr;
import org.drools.drl.ast.descr.ExistsDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.FromDescr;
import org.drools.drl.ast.descr.GlobalDescr;
import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.NotDescr;
import org.drools.drl.ast.descr.OrDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RelationalExprDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlExprParser;
import org.drools.drl.parser.DrlExprParserFactory;
import org.kie.internal.builder.conf.LanguageLevelOption;
import org.threegaps.matcher.RuleProblem.Text;
import org.threegaps.matcher.features.Policy;

/**
 * The fence of the rule language: an allow-list checked on the parsed rules, before Drools compiles a line
 * of them, so that a rule file can only judge a pair and never act.
 *
 * <p>A when-part may hold patterns over the pair and the facts reachable from it (the model and the
 * derived features), their fields, the side-effect-free {@link #QUERIES}, comparisons, arithmetic,
 * literals, enum values, {@code policy.integer/number/cefr("key")}, not / exists / and / or, and
 * {@code from} over a bound collection. A then-part is one call {@code $p.report(kcontext, …)} whose
 * arguments are bound variables, one accessor of a bound variable, literals, enum values or policy
 * parameters. Everything else (eval, functions, queries, declarations, attributes such as salience,
 * insert/modify/delete, other uses of kcontext, other classes, other statements) is refused with its
 * file:line:column.
 *
 * <p>Drools' own parser gives the rule descriptors; conditions are split by Drools' expression parser,
 * and every expression and then-part is parsed as Java by JavaParser, never matched as text.
 */
final class RuleFence {
    /** Methods with arguments a condition may call: they only answer a question about a fact. */
    static final Set<String> QUERIES = Set.of("offers", "atLeast", "candidateBelow", "levelsBelow",
            "competenceLevel", "contains", "isEmpty", "size");
    /** What rules may use of the policy global: its parameter readers. */
    static final Set<String> POLICY_READERS = Set.of("integer", "number", "cefr");
    /** Relational operators of DRL that only compare. */
    private static final Set<String> OPERATORS = Set.of("==", "!=", "<", ">", "<=", ">=", "contains", "memberOf");
    private static final String PACKAGE_MODEL = "org.threegaps.matcher.model";
    private static final String PACKAGE_FEATURES = "org.threegaps.matcher.features";
    /** The types rules may match, name and read: the pair and what is reachable from it. */
    private static final Map<String, Class<?>> FACT_TYPES = factTypes();
    /** The accessors of {@link #FACT_TYPES}: public, no arguments, declared by the fact type. */
    private static final Set<String> ACCESSORS = accessors();
    /** Classes rule files named before version 0.9.0, and where they are now: said, rather than "not allowed". */
    private static final Map<String, String> MOVED = Map.of("org.threegaps.matcher.engine.Pair", Pair.class.getName(),
            "org.threegaps.matcher.policy.Policy", Policy.class.getName());

    /** Why a condition or a reported value is outside the language, and the text where it stands. */
    private record Why(Text text, String at) {
    }

    private final String file;
    private final String text;
    private final List<RuleProblem> problems = new ArrayList<>();
    private final JavaParser javaParser = new JavaParser(new ParserConfiguration()
            .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17));

    private RuleFence(String file, String text) {
        this.file = file;
        this.text = text;
    }

    /**
     * Checks one DRL file.
     *
     * @return every construct outside the rule language, located; empty when the file stays inside it or
     *         when Drools cannot parse it (Drools' compile step reports that)
     */
    static List<RuleProblem> check(String file, String text) {
        PackageDescr pkg = ParsedRules.parse(text);
        if (pkg == null) {
            return List.of();
        }
        RuleFence fence = new RuleFence(file, text);
        fence.checkPackage(pkg);
        // constraints of one pattern are located at the pattern: the same word in three of them is one problem
        return fence.problems.stream().distinct().toList();
    }

    private void checkPackage(PackageDescr pkg) {
        for (ImportDescr imported : pkg.getImports()) {
            if (MOVED.containsKey(imported.getTarget())) {
                refuse(imported, Text.of("fence.moved", imported.getTarget(), MOVED.get(imported.getTarget())));
            } else if (!allowedImport(imported.getTarget())) {
                refuse(imported, Text.of("fence.import", imported.getTarget()));
            }
        }
        pkg.getFunctionImports().forEach(f -> refuse(f, Text.of("fence.importFunction", f.getTarget())));
        pkg.getAccumulateImports().forEach(a -> refuse(a, Text.of("fence.importAccumulate")));
        for (GlobalDescr global : pkg.getGlobals()) {
            if (!global.getIdentifier().equals("policy") || !(global.getType().equals(Policy.class.getName())
                    || global.getType().equals("Policy"))) {
                refuse(global, MOVED.containsKey(global.getType())
                        ? Text.of("fence.moved", global.getType(), MOVED.get(global.getType()))
                        : Text.of("fence.global", global.getType(), global.getIdentifier(), Policy.class.getName()));
            }
        }
        pkg.getFunctions().forEach(f -> refuse(f, Text.of("fence.function", f.getName())));
        pkg.getTypeDeclarations().forEach(d -> refuse(d, Text.of("fence.declare", d.getTypeName())));
        pkg.getEnumDeclarations().forEach(d -> refuse(d, Text.of("fence.declare", "enum " + d.getTypeName())));
        pkg.getEntryPointDeclarations().forEach(d -> refuse(d, Text.of("fence.declare", "entry-point")));
        pkg.getWindowDeclarations().forEach(d -> refuse(d, Text.of("fence.declare", "window")));
        pkg.getAttributes().forEach(a -> refuse(a, Text.of("fence.fileAttribute", a.getName(), attributeReason(a.getName()))));
        for (RuleDescr rule : pkg.getRules()) {
            checkRule(rule);
        }
    }

    private void checkRule(RuleDescr rule) {
        String name = rule.getName();
        if (rule.isQuery()) {
            refuse(rule, Text.of("fence.query", name));
            return;
        }
        for (AttributeDescr attribute : rule.getAttributes().values()) {
            refuse(attribute, Text.of("fence.attribute", name, attribute.getName(), attributeReason(attribute.getName())));
        }
        if (!rule.getNamedConsequences().isEmpty()) {
            refuse(rule, Text.of("fence.namedConsequence", name));
        }
        Map<String, String> bindings = new HashMap<>(); // variable -> pattern type, "" when not a pattern
        collectBindings(rule.getLhs(), bindings);
        checkConditions(rule, rule.getLhs(), bindings);
        checkOnePair(rule, rule.getLhs());
        checkOneRoster(rule, rule.getLhs());
        checkConsequence(rule, bindings);
    }

    private static Text attributeReason(String attribute) {
        return Text.of(switch (attribute) {
            case "salience", "agenda-group", "activation-group", "ruleflow-group", "auto-focus", "lock-on-active" ->
                    "fence.attribute.order";
            case "no-loop" -> "fence.attribute.loop";
            case "timer", "calendars", "duration", "date-effective", "date-expires", "enabled" -> "fence.attribute.time";
            case "dialect" -> "fence.attribute.dialect";
            default -> "fence.attribute.other";
        });
    }

    // --- when ---------------------------------------------------------------------------------------------

    private void collectBindings(BaseDescr descr, Map<String, String> bindings) {
        if (descr instanceof PatternDescr pattern) {
            if (pattern.getIdentifier() != null) {
                bindings.put(pattern.getIdentifier(), pattern.getObjectType());
            }
            ownPair(pattern).ifPresent(variable -> bindings.put(variable, Pair.class.getSimpleName()));
            for (BaseDescr constraint : pattern.getDescrs()) {
                if (constraint instanceof ExprConstraintDescr expr) {
                    ConstraintConnectiveDescr parsed = parseConstraint(expr.getExpression());
                    if (parsed != null) {
                        collectBindings(parsed, bindings);
                    }
                }
            }
        } else if (descr instanceof BindingDescr binding) {
            bindings.putIfAbsent(binding.getVariable(), "");
        } else if (descr instanceof ConstraintConnectiveDescr connective) {
            connective.getDescrs().forEach(d -> collectBindings(d, bindings));
        } else if (descr instanceof RelationalExprDescr relation) {
            collectBindings(relation.getLeft(), bindings);
            collectBindings(relation.getRight(), bindings);
        } else if (descr instanceof AndDescr || descr instanceof OrDescr || descr instanceof NotDescr
                || descr instanceof ExistsDescr) {
            ((org.drools.drl.ast.descr.ConditionalElementDescr) descr).getDescrs()
                    .forEach(d -> collectBindings((BaseDescr) d, bindings));
        }
    }

    private void checkConditions(RuleDescr rule, BaseDescr descr, Map<String, String> bindings) {
        if (descr instanceof AndDescr || descr instanceof OrDescr || descr instanceof NotDescr
                || descr instanceof ExistsDescr) {
            for (Object child : ((org.drools.drl.ast.descr.ConditionalElementDescr) descr).getDescrs()) {
                checkConditions(rule, (BaseDescr) child, bindings);
            }
        } else if (descr instanceof PatternDescr pattern) {
            checkPattern(rule, pattern, bindings);
        } else {
            refuse(descr, Text.of("fence.conditionElement", rule.getName(), conditionName(descr)));
        }
    }

    private static Object conditionName(BaseDescr descr) {
        String simple = descr.getClass().getSimpleName().replace("Descr", "");
        return switch (simple) {
            case "Eval" -> Text.of("fence.eval");
            case "ConditionalBranch" -> "if … do[…]";
            case "NamedConsequence" -> "do[…]";
            default -> simple.toLowerCase(java.util.Locale.ROOT);
        };
    }

    private void checkPattern(RuleDescr rule, PatternDescr pattern, Map<String, String> bindings) {
        String type = pattern.getObjectType();
        if (!FACT_TYPES.containsKey(simpleName(type))) {
            refuse(pattern, Policy.closest(simpleName(type), FACT_TYPES.keySet())
                    .map(near -> Text.of("fence.patternType.near", rule.getName(), type, near))
                    .orElseGet(() -> Text.of("fence.patternType", rule.getName(), type)));
        }
        if (pattern.getSource() != null) {
            if (pattern.getSource() instanceof FromDescr from) {
                String source = from.getDataSource().getText();
                checkFrom(rule, source, pattern, bindings);
            } else {
                refuse(pattern, Text.of("fence.source", rule.getName(), conditionName(pattern.getSource())));
            }
        } else if (FACT_TYPES.containsKey(simpleName(type))) {
            checkInSession(rule, pattern, simpleName(type), bindings);
        }
        for (BaseDescr constraint : pattern.getDescrs()) {
            if (!(constraint instanceof ExprConstraintDescr expr)) {
                refuse(constraint, Text.of("fence.constraint", rule.getName(), constraint.getText()));
                continue;
            }
            ConstraintConnectiveDescr parsed = parseConstraint(expr.getExpression());
            if (parsed == null) {
                refuseAt(expr, pattern, null, Text.of("fence.unreadable", rule.getName(), expr.getExpression().strip()));
                continue;
            }
            checkConstraint(rule, parsed, expr, pattern, bindings);
            checkWhole(rule, expr, pattern, bindings);
        }
    }

    /**
     * A pattern without {@code from} matches the facts of the session: the pairs of a chunk (a few hundred) and
     * their requirement fits. A fit must join on its own pair, or it would meet the fits of every other pair.
     */
    private void checkInSession(RuleDescr rule, PatternDescr pattern, String type, Map<String, String> bindings) {
        if (type.equals(Pair.class.getSimpleName())) {
            return;
        }
        if (!RulePair.SESSION_FACTS.contains(type)) {
            refuse(pattern, Text.of("fence.notInSession", rule.getName(), type));
            return;
        }
        if (!joined(pattern, bindings) && ownPair(pattern).isEmpty()) {
            refuse(pattern, Text.of("fence.join", rule.getName(), type));
        }
    }

    /** @return true when the pattern joins on a bound pair: {@code pair == $p} */
    private static boolean joined(PatternDescr pattern, Map<String, String> bindings) {
        return joins(pattern).stream()
                .anyMatch(variable -> Pair.class.getSimpleName().equals(simpleName(bindings.getOrDefault(variable, ""))));
    }

    /** @return the variables the pattern joins on with {@code pair == $x} */
    private static List<String> joins(PatternDescr pattern) {
        return variablesIn(pattern, JOIN);
    }

    /** @return the variable of each constraint of the pattern that is wholly of {@code shape}, in order */
    private static List<String> variablesIn(PatternDescr pattern, java.util.regex.Pattern shape) {
        return pattern.getDescrs().stream()
                .filter(ExprConstraintDescr.class::isInstance)
                .map(d -> shape.matcher(((ExprConstraintDescr) d).getExpression()))
                .filter(java.util.regex.Matcher::matches)
                .map(m -> m.group(1))
                .toList();
    }

    /**
     * @return the variable a session fact's pattern binds its own pair to ({@code $p : pair}), if it does: such a
     *         rule needs no Pair pattern and no join, so Drools runs it in its alpha network alone
     */
    private static Optional<String> ownPair(PatternDescr pattern) {
        if (pattern.getSource() != null || !RulePair.SESSION_FACTS.contains(simpleName(pattern.getObjectType()))) {
            return Optional.empty();
        }
        return variablesIn(pattern, OWN_PAIR).stream().findFirst();
    }

    /**
     * Every pattern of a rule must belong to one pair: a rule may hold one Pair pattern or one session fact that
     * binds its own pair, and every other session fact joins on that pair. Two of them would meet every other
     * pair of the session.
     */
    private void checkOnePair(RuleDescr rule, BaseDescr lhs) {
        List<PatternDescr> roots = new ArrayList<>();
        if (atMost(lhs, RuleFence::isRoot, true, roots) > 1) {
            refuse(roots.get(1), Text.of("fence.onePair", rule.getName()));
        }
    }

    /** @return true for a pattern that stands for its pair: {@code Pair( … )}, or a session fact binding its own pair */
    private static boolean isRoot(PatternDescr pattern) {
        boolean pair = pattern.getSource() == null && Pair.class.getSimpleName().equals(simpleName(pattern.getObjectType()));
        return pair || ownPair(pattern).isPresent() && joins(pattern).isEmpty();
    }

    /**
     * What a rule finds on a roster holds for that roster: a rule that matched two rosters at once would find
     * something that belongs to neither. {@code not} and {@code exists} over rosters put no roster in the match.
     */
    private void checkOneRoster(RuleDescr rule, BaseDescr lhs) {
        List<PatternDescr> rosters = new ArrayList<>();
        if (atMost(lhs, RuleFence::isRoster, false, rosters) > 1) {
            refuse(rosters.get(1), Text.of("fence.oneRoster", rule.getName()));
        }
    }

    private static boolean isRoster(PatternDescr pattern) {
        return pattern.getSource() == null && RosterFit.class.getSimpleName().equals(simpleName(pattern.getObjectType()));
    }

    /**
     * @param which   the patterns to count
     * @param negated true to count them under not and exists too
     * @param found   filled with the patterns counted, in order
     * @return how many of them one match of {@code descr} holds at most: the branches of an or are alternatives, so an
     *         or holds the most of one branch
     */
    private static int atMost(BaseDescr descr, java.util.function.Predicate<PatternDescr> which, boolean negated,
                              List<PatternDescr> found) {
        if (descr instanceof PatternDescr pattern) {
            if (which.test(pattern)) {
                found.add(pattern);
                return 1;
            }
            return 0;
        }
        if (!negated && (descr instanceof NotDescr || descr instanceof ExistsDescr)) {
            return 0;
        }
        int count = 0;
        if (descr instanceof org.drools.drl.ast.descr.ConditionalElementDescr element) {
            for (Object child : element.getDescrs()) {
                int inner = atMost((BaseDescr) child, which, negated, found);
                count = descr instanceof OrDescr ? Math.max(count, inner) : count + inner;
            }
        }
        return count;
    }

    /** The join of a session fact on its pair: {@code pair == $p}. */
    private static final java.util.regex.Pattern JOIN = java.util.regex.Pattern.compile("\\s*pair\\s*==\\s*(\\$[\\w$]*)\\s*");
    /** A session fact's own pair, bound: {@code $p : pair}. */
    private static final java.util.regex.Pattern OWN_PAIR = java.util.regex.Pattern.compile("\\s*(\\$[\\w$]*)\\s*:\\s*pair\\s*");

    /**
     * Drools' expression parser can drop what it does not understand (a {@code ? :} after a comparison),
     * while the compiler later reads the whole text: so the whole constraint is parsed as Java too, and
     * every node of it must be inside the language.
     */
    private void checkWhole(RuleDescr rule, ExprConstraintDescr expr, PatternDescr pattern, Map<String, String> bindings) {
        String whole = DrlConstraint.asJava(expr.getExpression());
        ParseResult<Expression> parsed = javaParser.parseExpression(whole);
        if (!parsed.isSuccessful() || parsed.getResult().isEmpty()) {
            refuseAt(expr, pattern, null, Text.of("fence.unreadable", rule.getName(), expr.getExpression().strip()));
            return;
        }
        condition(parsed.getResult().get(), bindings).ifPresent(why -> {
            Text text = Text.of("fence.inRule", rule.getName(), why.text());
            if (problems.stream().noneMatch(p -> p.text().equals(text))) {
                refuseAt(expr, pattern, why.at(), text);
            }
        });
    }

    private void checkConstraint(RuleDescr rule, BaseDescr descr, ExprConstraintDescr expr, PatternDescr pattern,
                                 Map<String, String> bindings) {
        if (descr instanceof ConstraintConnectiveDescr connective) {
            connective.getDescrs().forEach(d -> checkConstraint(rule, d, expr, pattern, bindings));
        } else if (descr instanceof RelationalExprDescr relation) {
            if (!OPERATORS.contains(relation.getOperator())) {
                refuseAt(expr, pattern, relation.getOperator(), Text.of("fence.operator", rule.getName(), relation.getOperator()));
            }
            checkConstraint(rule, relation.getLeft(), expr, pattern, bindings);
            checkConstraint(rule, relation.getRight(), expr, pattern, bindings);
        } else if (descr instanceof BindingDescr binding) {
            checkExpressionIn(rule, binding.getExpression(), expr, pattern, bindings);
        } else if (descr instanceof AtomicExprDescr atomic) {
            checkExpressionIn(rule, atomic.getExpression(), expr, pattern, bindings);
        } else {
            refuseAt(expr, pattern, null, Text.of("fence.unreadable", rule.getName(), expr.getExpression().strip()));
        }
    }

    private void checkExpressionIn(RuleDescr rule, String expression, ExprConstraintDescr expr, PatternDescr pattern,
                                   Map<String, String> bindings) {
        if (expression == null || expression.isBlank()) {
            return;
        }
        ParseResult<Expression> parsed = javaParser.parseExpression(expression);
        if (!parsed.isSuccessful() || parsed.getResult().isEmpty()) {
            refuseAt(expr, pattern, expression, Text.of("fence.unreadable", rule.getName(), expression.strip()));
            return;
        }
        condition(parsed.getResult().get(), bindings)
                .ifPresent(why -> refuseAt(expr, pattern, why.at(), Text.of("fence.inRule", rule.getName(), why.text())));
    }

    /** A {@code from} source: a bound collection, or a field chain on one. */
    private void checkFrom(RuleDescr rule, String source, PatternDescr pattern, Map<String, String> bindings) {
        ParseResult<Expression> parsed = javaParser.parseExpression(source);
        if (!parsed.isSuccessful() || parsed.getResult().isEmpty()) {
            refuse(pattern, Text.of("fence.from", rule.getName(), source.strip()));
            return;
        }
        Expression e = parsed.getResult().get();
        boolean plain = e.isNameExpr() ? bindings.containsKey(e.asNameExpr().getNameAsString())
                : e.isFieldAccessExpr() && condition(e, bindings).isEmpty();
        if (!plain) {
            refuse(pattern, Text.of("fence.from", rule.getName(), source.strip()));
        }
    }

    /** @return why a condition's expression is outside the language, or empty when it is inside */
    private Optional<Why> condition(Expression e, Map<String, String> bindings) {
        if (e instanceof LiteralExpr || e instanceof ThisExpr self && self.getTypeName().isEmpty()) {
            return Optional.empty(); // "this" is the fact the pattern matches
        }
        if (e instanceof EnclosedExpr enclosed) {
            return condition(enclosed.getInner(), bindings);
        }
        if (e instanceof UnaryExpr unary) {
            if (unary.getOperator() == UnaryExpr.Operator.LOGICAL_COMPLEMENT || unary.getOperator() == UnaryExpr.Operator.MINUS
                    || unary.getOperator() == UnaryExpr.Operator.PLUS) {
                return condition(unary.getExpression(), bindings);
            }
            return why(unary, "fence.changes", unary.getOperator().asString());
        }
        if (e instanceof BinaryExpr binary) {
            return condition(binary.getLeft(), bindings).or(() -> condition(binary.getRight(), bindings));
        }
        if (e instanceof NameExpr name) {
            String n = name.getNameAsString();
            if (ParsedRules.GUESSED_ROSTER.contains(n)) {
                return why(name, "fence.guessedRoster", n);
            }
            if (bindings.containsKey(n) || n.equals("policy") || Character.isLowerCase(n.charAt(0)) && !n.equals("kcontext")
                    && !n.equals("drools")) {
                return Optional.empty(); // a variable, or a field of the pattern's type
            }
            return why(name, "fence.name", n);
        }
        if (e instanceof FieldAccessExpr field) {
            if (field.getScope() instanceof NameExpr scope && isEnum(scope.getNameAsString())) {
                return Optional.empty(); // an enum value such as Support.LANGUAGE_COACHING
            }
            String n = field.getNameAsString();
            if (ParsedRules.GUESSED_ROSTER.contains(n)) {
                return why(field, "fence.guessedRoster", n);
            }
            if (!Character.isLowerCase(n.charAt(0)) && !n.startsWith("$")) {
                return why(field, "fence.outside", field.toString());
            }
            return condition(field.getScope(), bindings);
        }
        if (e instanceof MethodCallExpr call) {
            return call(call, bindings);
        }
        return why(e, "fence.inCondition", describe(e), e.toString());
    }

    private Optional<Why> call(MethodCallExpr call, Map<String, String> bindings) {
        String method = call.getNameAsString();
        if (ParsedRules.GUESSED_ROSTER.contains(method)) {
            return why(call, "fence.guessedRoster", method);
        }
        if (call.getScope().isEmpty()) {
            // a question to the pattern's own fact, such as missing() on a RequirementFit
            boolean ownQuestion = call.getArguments().isEmpty() ? ACCESSORS.contains(method) : QUERIES.contains(method);
            if (!ownQuestion) {
                return why(call, "fence.function.call", method, String.join(", ", new java.util.TreeSet<>(QUERIES)));
            }
            return call.getArguments().stream().map(a -> condition(a, bindings)).flatMap(Optional::stream).findFirst();
        }
        Expression scope = call.getScope().get();
        if (scope instanceof NameExpr n && n.getNameAsString().equals("policy")) {
            if (POLICY_READERS.contains(method) && call.getArguments().size() == 1
                    && call.getArgument(0) instanceof StringLiteralExpr) {
                return Optional.empty();
            }
            return why(call, "fence.policy", call.toString());
        }
        if (scope instanceof NameExpr n && !bindings.containsKey(n.getNameAsString())
                && !Character.isLowerCase(n.getNameAsString().charAt(0))) {
            return why(call, "fence.static", scope + "." + method);
        }
        Optional<Why> inScope = condition(scope, bindings);
        if (inScope.isPresent()) {
            return inScope;
        }
        boolean accessor = call.getArguments().isEmpty() && ACCESSORS.contains(method);
        if (!accessor && !QUERIES.contains(method)) {
            return why(call, "fence.question", method, String.join(", ", new java.util.TreeSet<>(QUERIES)));
        }
        for (Expression argument : call.getArguments()) {
            Optional<Why> wrong = condition(argument, bindings);
            if (wrong.isPresent()) {
                return wrong;
            }
        }
        return Optional.empty();
    }

    // --- then ---------------------------------------------------------------------------------------------

    private void checkConsequence(RuleDescr rule, Map<String, String> bindings) {
        String name = rule.getName();
        String consequence = rule.getConsequence() == null ? "" : rule.getConsequence().toString();
        ParseResult<BlockStmt> parsed = javaParser.parseBlock("{" + consequence + "\n}");
        if (!parsed.isSuccessful() || parsed.getResult().isEmpty()) {
            refuseThen(rule, consequence, null, Text.of("fence.then.unreadable", name));
            return;
        }
        List<Statement> statements = parsed.getResult().get().getStatements();
        if (statements.size() != 1) {
            Node at = statements.size() > 1 ? statements.get(1) : null;
            refuseThen(rule, consequence, at, Text.of("fence.then.statements", name, statements.size()));
            return;
        }
        Statement only = statements.get(0);
        if (!(only instanceof ExpressionStmt stmt) || !(stmt.getExpression() instanceof MethodCallExpr call)
                || !call.getNameAsString().equals("report") || call.getScope().isEmpty()
                || !(call.getScope().get() instanceof NameExpr target)) {
            refuseThen(rule, consequence, only, Text.of("fence.then.statement", name, only.toString().strip()));
            return;
        }
        String targetType = simpleName(bindings.getOrDefault(target.getNameAsString(), ""));
        // a pattern over an unknown type is refused already: no second error for the same mistake
        boolean reported = !targetType.isEmpty() && !FACT_TYPES.containsKey(targetType);
        if (!"Pair".equals(targetType) && !reported) {
            refuseThen(rule, consequence, target, Text.of("fence.then.target", name, target.toString()));
        }
        if (call.getArguments().isEmpty() || !(call.getArgument(0) instanceof NameExpr context)
                || !context.getNameAsString().equals("kcontext")) {
            refuseThen(rule, consequence, call, Text.of("fence.then.context", name));
            return;
        }
        for (Expression argument : call.getArguments().subList(1, call.getArguments().size())) {
            argument(argument, bindings).ifPresent(why -> refuseThen(rule, consequence, argument,
                    Text.of("fence.inRule", name, why.text())));
        }
    }

    /** @return why a reported value is outside the language, or empty when it is inside */
    private Optional<Why> argument(Expression e, Map<String, String> bindings) {
        if (e instanceof StringLiteralExpr s) {
            String v = s.getValue();
            return v.startsWith("#") || v.startsWith("@")
                    ? why(s, "fence.marker", v)
                    : Optional.empty();
        }
        if (e instanceof LiteralExpr) {
            return Optional.empty();
        }
        if (e instanceof UnaryExpr unary && unary.getOperator() == UnaryExpr.Operator.MINUS
                && unary.getExpression() instanceof LiteralExpr) {
            return Optional.empty();
        }
        if (e instanceof NameExpr n) {
            return bindings.containsKey(n.getNameAsString()) ? Optional.empty()
                    : why(n, "fence.unbound", n.toString());
        }
        if (e instanceof FieldAccessExpr f && f.getScope() instanceof NameExpr scope && isEnum(scope.getNameAsString())) {
            return Optional.empty();
        }
        if (e instanceof MethodCallExpr call && call.getScope().isPresent() && call.getScope().get() instanceof NameExpr scope) {
            String s = scope.getNameAsString();
            if (s.equals("policy")) {
                return POLICY_READERS.contains(call.getNameAsString()) && call.getArguments().size() == 1
                        && call.getArgument(0) instanceof StringLiteralExpr ? Optional.empty()
                        : why(call, "fence.policy", call.toString());
            }
            if (bindings.containsKey(s) && call.getArguments().isEmpty() && ACCESSORS.contains(call.getNameAsString())) {
                return Optional.empty();
            }
        }
        return why(e, "fence.inReport", describe(e), e.toString());
    }

    private static Text describe(Expression e) {
        String kind = e.isConditionalExpr() ? "choice" : e.isCastExpr() ? "cast"
                : e.isObjectCreationExpr() || e.isArrayCreationExpr() ? "new"
                : e.isLambdaExpr() || e.isMethodReferenceExpr() ? "lambda" : e.isAssignExpr() ? "assignment"
                : e.isMethodCallExpr() ? e.asMethodCallExpr().getScope().filter(Expression::isMethodCallExpr).isPresent()
                        ? "chain" : "call"
                : e.isClassExpr() ? "class" : e.isInstanceOfExpr() ? "instanceof" : "other";
        return Text.of("fence.kind." + kind, e.isMethodCallExpr() ? e.asMethodCallExpr().getNameAsString() : "");
    }

    private static Optional<Why> why(Node at, String key, Object... args) {
        return Optional.of(new Why(Text.of(key, args), at.toString()));
    }

    // --- types --------------------------------------------------------------------------------------------

    private static boolean allowedImport(String target) {
        String t = target.endsWith(".*") ? target.substring(0, target.length() - 2) : target;
        return t.equals(PACKAGE_MODEL) || t.equals(PACKAGE_FEATURES) || t.equals(Pair.class.getName())
                || t.equals(Policy.class.getName()) || FACT_TYPES.containsValue(classNamed(t));
    }

    private static Class<?> classNamed(String name) {
        try {
            return Class.forName(name, false, RuleFence.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            return null;
        }
    }

    private static boolean isEnum(String simpleName) {
        Class<?> type = FACT_TYPES.get(simpleName);
        return type != null && type.isEnum();
    }

    private static String simpleName(String type) {
        return type == null ? "" : type.substring(type.lastIndexOf('.') + 1);
    }

    /** Walks the public, argument-free methods from {@link Pair} into the model and features packages. */
    private static Map<String, Class<?>> factTypes() {
        Map<String, Class<?>> found = new HashMap<>();
        Deque<Class<?>> todo = new ArrayDeque<>(List.of(Pair.class));
        while (!todo.isEmpty()) {
            Class<?> type = todo.pop();
            if (found.containsKey(type.getSimpleName())) {
                continue;
            }
            if (!type.isRecord() && !type.isEnum() && type != Pair.class) {
                continue; // builders and helpers are not facts: they can change things
            }
            found.put(type.getSimpleName(), type);
            for (Method method : type.getDeclaredMethods()) {
                if (!Modifier.isPublic(method.getModifiers())) {
                    continue;
                }
                List<Type> reached = new ArrayList<>(List.of(method.getGenericReturnType()));
                reached.addAll(List.of(method.getGenericParameterTypes()));
                for (Type t : reached) {
                    for (Class<?> c : classesIn(t)) {
                        if (isFactPackage(c) && !found.containsKey(c.getSimpleName())) {
                            todo.push(c);
                        }
                    }
                }
            }
            for (Class<?> nested : type.getDeclaredClasses()) {
                if (isFactPackage(nested) && Modifier.isPublic(nested.getModifiers())) {
                    todo.push(nested);
                }
            }
        }
        return Collections.unmodifiableMap(found);
    }

    private static boolean isFactPackage(Class<?> c) {
        String p = c.getPackageName();
        return p.equals(PACKAGE_MODEL) || p.equals(PACKAGE_FEATURES) || c == Pair.class;
    }

    private static List<Class<?>> classesIn(Type t) {
        List<Class<?>> out = new ArrayList<>();
        if (t instanceof Class<?> c) {
            out.add(c.isArray() ? c.getComponentType() : c);
        } else if (t instanceof ParameterizedType p) {
            out.addAll(classesIn(p.getRawType()));
            for (Type argument : p.getActualTypeArguments()) {
                out.addAll(classesIn(argument));
            }
        }
        return out;
    }

    private static Set<String> accessors() {
        Set<String> names = new LinkedHashSet<>();
        for (Class<?> type : FACT_TYPES.values()) {
            for (Method method : type.getDeclaredMethods()) {
                if (Modifier.isPublic(method.getModifiers()) && !Modifier.isStatic(method.getModifiers())
                        && method.getParameterCount() == 0 && method.getReturnType() != void.class) {
                    names.add(method.getName());
                }
            }
        }
        names.removeAll(Set.of("hashCode", "toString", "getClass", "clone", "iterator", "stream"));
        return Collections.unmodifiableSet(names);
    }

    // --- locations ----------------------------------------------------------------------------------------

    private ConstraintConnectiveDescr parseConstraint(String expression) {
        DrlExprParser parser = DrlExprParserFactory.getDrlExprParser(LanguageLevelOption.DRL6);
        try {
            ConstraintConnectiveDescr result = parser.parse(expression);
            return parser.hasErrors() ? null : result;
        } catch (RuntimeException e) {
            return null;
        }
    }

    private void refuse(BaseDescr descr, Text message) {
        int line = Math.max(descr.getLine(), 0);
        int column = descr.getColumn() >= 0 ? descr.getColumn() + 1 : 0;
        if (descr.getStartCharacter() >= 0 && descr.getStartCharacter() < text.length()) {
            line = RuleCompiler.lineOf(text, descr.getStartCharacter());
            column = RuleCompiler.columnOf(text, descr.getStartCharacter());
        }
        problems.add(RuleProblem.error(file, line, line > 0 ? Math.max(column, 1) : 0, message));
    }

    /** Locates {@code what} inside a constraint of a pattern, else the pattern itself. */
    private void refuseAt(ExprConstraintDescr expr, PatternDescr pattern, String what, Text message) {
        int from = Math.max(pattern.getStartCharacter(), 0);
        int at = -1;
        if (what != null) {
            at = text.indexOf(what.strip(), from);
        }
        if (at < 0) {
            String first = expr.getExpression().strip();
            at = text.indexOf(first.substring(0, Math.min(first.length(), 20)), from);
        }
        if (at < 0) {
            refuse(pattern, message);
            return;
        }
        problems.add(RuleProblem.error(file, RuleCompiler.lineOf(text, at), RuleCompiler.columnOf(text, at), message));
    }

    /** Locates a node of a then-part: the then-part starts after the rule's "then". */
    private void refuseThen(RuleDescr rule, String consequence, Node node, Text message) {
        int start = thenStart(rule, consequence);
        if (start < 0) {
            refuse(rule, message);
            return;
        }
        int at = start;
        if (node != null && node.getBegin().isPresent()) {
            Position p = node.getBegin().get();
            // line 1 of the parsed block is "{" + the first line of the consequence
            int offset = offsetOf(consequence, p.line, p.line == 1 ? p.column - 1 : p.column);
            at = start + Math.max(offset, 0);
        } else {
            while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
                at++;
            }
        }
        problems.add(RuleProblem.error(file, RuleCompiler.lineOf(text, at), RuleCompiler.columnOf(text, at), message));
    }

    private int thenStart(RuleDescr rule, String consequence) {
        int from = Math.max(rule.getStartCharacter(), 0);
        int at = consequence.isBlank() ? -1 : text.indexOf(consequence, from);
        return at;
    }

    private static int offsetOf(String text, int line, int column) {
        int offset = 0;
        for (int l = 1; l < line && offset >= 0; l++) {
            offset = text.indexOf('\n', offset) + 1;
            if (offset == 0) {
                return -1;
            }
        }
        return offset + column - 1;
    }
}
