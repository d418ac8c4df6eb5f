package org.threegaps.matcher.engine;

import org.threegaps.matcher.RuleSource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.drools.drl.ast.descr.AndDescr;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.EvalDescr;
import org.drools.drl.ast.descr.ExistsDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.ForallDescr;
import org.drools.drl.ast.descr.FromDescr;
import org.drools.drl.ast.descr.NotDescr;
import org.drools.drl.ast.descr.OrDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;

/**
 * The DRL files of a rule set as Drools' own parser reads them ({@link DrlParser} → {@link PackageDescr}): what a
 * rule's conditions, attributes and consequence are, without reading the text by hand, and the packages cut down to
 * the rules a predicate keeps (the {@link Screen} is compiled from those).
 */
final class ParsedRules {
    /**
     * A rule's parts as the parser gives them; see {@link RuleInfo}.
     *
     * @param readsRoster true when its conditions match a roster ({@code RosterFit}) of the pair's session: what it
     *                    finds holds for that roster
     */
    record Parts(String attributes, String conditions, String consequence, boolean readsRoster) {
        static final Parts NONE = new Parts("", "", "", true);
    }

    /**
     * The names by which a condition would read what differs between a pair's rosters through the pair rather than
     * through a {@code RosterFit} fact: the roster the candidate is guessed to work (the features' {@code bestRoster},
     * once the pair's {@code schedule}) and the unknown facts, some of which are derived with that roster. The fence
     * refuses them: each roster is a fact of its own.
     */
    static final Set<String> GUESSED_ROSTER = Set.of("schedule", "getSchedule", "bestRoster", "getBestRoster",
            "unknowns", "getUnknowns");

    private final Map<String, Parts> byName = new HashMap<>();

    private ParsedRules() {
    }

    /** @return the parts of every rule of {@code source} that parses; a file that does not parse adds none */
    static ParsedRules of(RuleSource source) {
        ParsedRules parsed = new ParsedRules();
        for (String file : source.drlFiles()) {
            PackageDescr pkg = parse(source, file);
            if (pkg == null) {
                continue;
            }
            for (RuleDescr rule : pkg.getRules()) {
                parsed.byName.put(rule.getName(), new Parts(attributes(rule), conditions(rule.getLhs()),
                        rule.getConsequence() == null ? "" : rule.getConsequence().toString().strip(),
                        rule.getLhs() != null && readsRoster(rule.getLhs())));
            }
        }
        return parsed;
    }

    /** @return the parts of the rule with this DRL name, or empty parts when the parser did not find it */
    Parts of(String ruleName) {
        return byName.getOrDefault(ruleName, Parts.NONE);
    }

    /**
     * @return every DRL file's package with only the rules {@code keep} accepts, everything else of the file
     *         (imports, globals, functions, declared types) as written
     * @throws IllegalStateException when a file does not parse
     */
    static List<PackageDescr> packages(RuleSource source, Predicate<RuleDescr> keep) {
        List<PackageDescr> out = new ArrayList<>();
        for (String file : source.drlFiles()) {
            PackageDescr pkg = parse(source, file);
            if (pkg == null) {
                throw new IllegalStateException(file + " does not parse");
            }
            pkg.getRules().removeIf(keep.negate());
            out.add(pkg);
        }
        return out;
    }

    /** Whether conditions match a roster of the session, at any depth (under not, exists, or, and). */
    private static boolean readsRoster(BaseDescr descr) {
        if (descr instanceof PatternDescr pattern) {
            String type = pattern.getObjectType() == null ? "" : pattern.getObjectType();
            return pattern.getSource() == null && (type.equals(ROSTER_FACT) || type.endsWith("." + ROSTER_FACT));
        }
        if (descr instanceof ConditionalElementDescr element) {
            for (BaseDescr inner : element.getDescrs()) {
                if (readsRoster(inner)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static final String ROSTER_FACT = org.threegaps.matcher.features.RosterFit.class.getSimpleName();

    /** @return the value of a rule's metadata {@code @name("value")}, without quotes; null when absent */
    static String metadata(RuleDescr rule, String name) {
        AnnotationDescr annotation = rule.getAnnotation(name);
        if (annotation == null || annotation.getSingleValueAsString() == null) {
            return null;
        }
        String value = annotation.getSingleValueAsString().strip();
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            value = value.substring(1, value.length() - 1);
        }
        return value;
    }

    private static PackageDescr parse(RuleSource source, String file) {
        return parse(source.text(file));
    }

    /** @return one DRL file as Drools' parser reads it, or null when it does not parse (compiling reports why) */
    static PackageDescr parse(String text) {
        DrlParser parser = new DrlParser();
        try {
            PackageDescr pkg = parser.parse(false, text);
            return parser.hasErrors() || pkg == null ? null : pkg;
        } catch (DroolsParserException | RuntimeException e) {
            return null;
        }
    }

    private static String attributes(RuleDescr rule) {
        List<String> out = new ArrayList<>();
        if (rule.getParentName() != null) {
            out.add("extends \"" + rule.getParentName() + "\"");
        }
        rule.getAttributes().values().forEach(a -> out.add(a.getName() + " " + a.getValue()));
        return String.join(" ", out);
    }

    /** The conditions as the parser read them: patterns with their constraints, comments and layout left out. */
    static String conditions(BaseDescr descr) {
        if (descr == null) {
            return "";
        }
        if (descr instanceof PatternDescr pattern) {
            String constraints = pattern.getDescrs().stream().map(ParsedRules::conditions)
                    .collect(Collectors.joining(", "));
            String bound = pattern.getIdentifier() == null ? "" : pattern.getIdentifier() + " : ";
            String from = pattern.getSource() instanceof FromDescr source ? " from " + source.getExpression()
                    : pattern.getSource() != null ? " from " + pattern.getSource() : "";
            return bound + pattern.getObjectType() + "(" + constraints + ")" + from;
        }
        if (descr instanceof ExprConstraintDescr expr) {
            return expr.getExpression();
        }
        if (descr instanceof EvalDescr eval) {
            return "eval(" + eval.getContent() + ")";
        }
        if (descr instanceof ConditionalElementDescr element) {
            String inner = element.getDescrs().stream().map(ParsedRules::conditions)
                    .collect(Collectors.joining(descr instanceof OrDescr ? " or " : "; "));
            if (descr instanceof AndDescr) {
                return inner;
            }
            String word = descr instanceof NotDescr ? "not" : descr instanceof ExistsDescr ? "exists"
                    : descr instanceof ForallDescr ? "forall" : descr instanceof OrDescr ? "" : descr.getClass().getSimpleName();
            return word + "(" + inner + ")";
        }
        return descr.getText() != null ? descr.getText() : descr.toString();
    }
}
