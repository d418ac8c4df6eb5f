package org.threegaps.matcher.engine;

import org.threegaps.matcher.RuleSource;
import org.threegaps.matcher.RuleSetException;
import org.threegaps.matcher.RuleProblem;
import org.threegaps.matcher.RuleFailureException;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.drools.drl.ast.descr.PackageDescr;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.threegaps.matcher.features.FeatureDeriver;
import org.threegaps.matcher.features.GreatCircleCommuteEstimator;
import org.threegaps.matcher.json.Json;
import org.threegaps.matcher.json.JsonInputException;
import org.threegaps.matcher.model.Candidate;
import org.threegaps.matcher.model.Job;
import org.threegaps.matcher.i18n.Messages;
import org.threegaps.matcher.i18n.Vocabulary;
import org.threegaps.matcher.features.Policy;
import org.threegaps.matcher.policy.PolicyKeys;
import org.threegaps.matcher.RuleProblem.Text;
import org.threegaps.matcher.result.Gap;
import org.threegaps.matcher.result.Kind;
import org.threegaps.matcher.result.Lever;

/**
 * Compiles a {@link RuleSource} into a {@link RuleBase} with Drools' KnowledgeBuilder (no kmodule.xml,
 * no shared KieRepository state) and checks what Drools does not: rule metadata, parameters the rules
 * read, points, message texts and the vocabulary of codes. Either every check passes and a complete rule
 * base comes back, or a {@link RuleSetException} lists every located problem; nothing half-loaded ever
 * escapes.
 */
public final class RuleCompiler {
    private static final Logger LOG = LoggerFactory.getLogger(RuleCompiler.class);
    /** How rules read parameters: {@code policy.number("key")}, {@code policy.integer(..)}, {@code policy.cefr(..)}. */
    static final Pattern PARAMETER = Pattern.compile("policy\\s*\\.\\s*(?:number|integer|cefr)\\s*\\(\\s*\"([^\"]+)\"\\s*\\)");
    /** As {@link #PARAMETER}, with how the parameter is read as group 1 and its key as group 2. */
    private static final Pattern TYPED_PARAMETER = Pattern.compile("policy\\s*\\.\\s*(number|integer|cefr)\\s*\\(\\s*\"([^\"]+)\"\\s*\\)");
    private static final Pattern RULE = Pattern.compile("^\\s*rule\\s+\"([^\"]+)\"", Pattern.MULTILINE);
    private static final Pattern HALF_CONSTRAINT = Pattern.compile("(&&|\\|\\|)\\s*(<=|>=|<|>|==|!=)");

    private RuleCompiler() {
    }

    /**
     * Compiles a rule set.
     *
     * @param source the rule files
     * @return the compiled rule base; its {@link RuleBase#warnings()} list what loads but deserves a look
     * @throws RuleSetException when any error is found, listing all of them
     */
    public static RuleBase compile(RuleSource source) {
        List<RuleProblem> problems = new ArrayList<>();
        RuleBase base = build(source, problems);
        problems.sort(Comparator.comparing(RuleProblem::file).thenComparingInt(RuleProblem::line)
                .thenComparingInt(RuleProblem::column));
        if (base == null || problems.stream().anyMatch(RuleProblem::isError)) {
            throw new RuleSetException(source.origin(), problems);
        }
        return base.withWarnings(problems);
    }

    /**
     * @param source the rule files
     * @return every problem of a rule set, errors and warnings, without throwing
     */
    public static List<RuleProblem> verify(RuleSource source) {
        try {
            return compile(source).warnings();
        } catch (RuleSetException e) {
            return e.problems();
        }
    }

    private static RuleBase build(RuleSource source, List<RuleProblem> problems) {
        Policy policy = policy(source, problems);
        Map<String, ResourceBundle> bundles = bundles(source, problems);
        Vocabulary vocabulary = vocabulary(source, problems);
        if (source.drlFiles().isEmpty()) {
            problems.add(RuleProblem.error(source.origin(), 0, 0, Text.of("set.noDrl")));
            return null;
        }
        // the fence first: a rule outside the rule language is not even compiled, let alone run on the samples
        List<RuleProblem> fenced = new ArrayList<>();
        for (String file : source.drlFiles()) {
            fenced.addAll(RuleFence.check(file, source.text(file)));
        }
        if (!fenced.isEmpty()) {
            problems.addAll(fenced);
            return null;
        }
        KnowledgeBuilder builder = newBuilder();
        for (String file : source.drlFiles()) {
            try {
                builder.add(ResourceFactory.newByteArrayResource(source.bytes(file)).setSourcePath(file), ResourceType.DRL);
            } catch (RuntimeException e) {
                problems.add(RuleProblem.error(file, 0, 0, Text.of("set.notCompiled", e.getMessage())));
            }
        }
        if (builder.hasErrors()) {
            problems.addAll(DroolsErrors.map(new ArrayList<>(builder.getErrors())));
            return null;
        }
        if (policy == null || bundles == null || problems.stream().anyMatch(RuleProblem::isError)) {
            return null;
        }
        KieBase kieBase = builder.newKieBase();
        Set<String> rosterRules = new HashSet<>();
        List<RuleInfo> rules = rules(source, kieBase, policy, problems, rosterRules);
        checkParameters(source, policy, rules, problems);
        checkAreas(rules, problems);
        Messages messages = new Messages(bundles, vocabulary);
        checkMessages(rules, messages, problems);
        lintSyntax(source, problems);
        if (problems.stream().anyMatch(RuleProblem::isError)) {
            return null;
        }
        RuleBase base = new RuleBase(source, kieBase, new RuleCatalog(rules, rosterRules), policy, messages, List.of(), Set.copyOf(rosterRules));
        trySamples(source, base, problems);
        if (problems.stream().anyMatch(RuleProblem::isError)) {
            return null;
        }
        LOG.debug("compiled rule set {} ({} rules, {})", source.origin(), rules.size(), source.fingerprint());
        return base;
    }

    /** One sample of {@link RuleSource#SAMPLES}. */
    record Sample(Candidate candidate, Job job) {
    }

    /**
     * Scores the rule set's sample pairs, one at a time, before the rule set can go into service: a rule whose
     * then-part or condition throws is refused here, with the rule and the pair, instead of failing every match
     * after a reload.
     */
    private static void trySamples(RuleSource source, RuleBase base, List<RuleProblem> problems) {
        String text = source.text(RuleSource.SAMPLES);
        if (text == null) {
            return;
        }
        Sample[] samples;
        try {
            samples = Json.read(RuleSource.SAMPLES, text, Sample[].class);
        } catch (JsonInputException e) {
            problems.add(RuleProblem.error(RuleSource.SAMPLES, e.line(), e.column(), e.getMessage()));
            return;
        }
        FeatureDeriver deriver = new FeatureDeriver(base.policy(), new GreatCircleCommuteEstimator(base.policy()));
        List<Candidate> candidates = new ArrayList<>();
        List<Job> jobs = new ArrayList<>();
        List<org.threegaps.matcher.features.PairFeatures> features = new ArrayList<>();
        for (Sample sample : samples) {
            candidates.add(sample.candidate());
            jobs.add(sample.job());
            features.add(deriver.derive(sample.candidate(), sample.job()));
        }
        try {
            // one session for all: the failure names the rule and the pair it failed on
            base.score(candidates, jobs, features);
        } catch (RuleFailureException e) {
            RuleInfo rule = base.catalog().byId(e.ruleId()).orElse(null);
            problems.add(RuleProblem.error(rule == null ? RuleSource.SAMPLES : rule.file(), rule == null ? 0 : rule.line(),
                    rule == null ? 0 : 1, Text.of(rule == null ? "samples.conditionFails" : "samples.ruleFails", e.ruleId(),
                            e.candidateId(), e.jobId(), RuleSource.SAMPLES, describe(e.getCause()))));
        }
    }

    private static Policy policy(RuleSource source, List<RuleProblem> problems) {
        String text = source.text(RuleSource.PARAMETERS);
        if (text == null) {
            problems.add(RuleProblem.error(RuleSource.PARAMETERS, 0, 0, Text.of("param.fileMissing")));
            return null;
        }
        Policy policy = Policy.parse(RuleSource.PARAMETERS, text);
        for (String key : PolicyKeys.RETIRED) {
            if (policy.has(key)) {
                problems.add(RuleProblem.error(RuleSource.PARAMETERS, keyLine(text, key), 1, Text.of("param.retired", key)));
            }
        }
        for (String key : PolicyKeys.ALL) {
            if (!policy.has(key)) {
                problems.add(missing(source, policy, key, Text.of("param.missing", key)));
            }
        }
        for (String key : PolicyKeys.ALL) {
            if (policy.has(key)) {
                String how = key.equals(PolicyKeys.OTHER_LANGUAGE_MIN) ? "cefr"
                        : PolicyKeys.WHOLE_NUMBERS.contains(key) ? "integer" : "number";
                checkType(policy, key, how, Text.of("param.theMatcher"), text, problems);
            }
        }
        return policy;
    }

    /**
     * A required parameter is not set: located at the near-miss key when the file has one (most likely the
     * same key mistyped), with "did you mean …?", else at the file.
     */
    private static RuleProblem missing(RuleSource source, Policy policy, String key, Text message) {
        return NearMiss.in(source, policy, key)
                .map(near -> RuleProblem.error(RuleSource.PARAMETERS, near.line(), near.line() > 0 ? 1 : 0, near.didYouMean(message)))
                .orElseGet(() -> RuleProblem.error(RuleSource.PARAMETERS, 0, 0, message));
    }

    private static Map<String, ResourceBundle> bundles(RuleSource source, List<RuleProblem> problems) {
        Map<String, ResourceBundle> bundles = new HashMap<>();
        for (Locale locale : Messages.LOCALES) {
            String file = "messages_" + locale.getLanguage() + ".properties";
            String text = source.text(file);
            if (text == null) {
                problems.add(RuleProblem.error(file, 0, 0, Text.of("messages.fileMissing")));
                continue;
            }
            try {
                bundles.put(locale.getLanguage(), new PropertyResourceBundle(new StringReader(text)));
            } catch (IOException | IllegalArgumentException e) {
                problems.add(RuleProblem.error(file, 0, 0, Text.of("messages.unreadable", e.getMessage())));
            }
        }
        return bundles.size() == Messages.LOCALES.size() ? bundles : null;
    }

    /**
     * @return the labels of the codes in the input data; empty when the rule set has no vocabulary file,
     *         so an older rule folder still loads and shows codes as they are
     */
    private static Vocabulary vocabulary(RuleSource source, List<RuleProblem> problems) {
        String text = source.text(RuleSource.VOCABULARY);
        if (text == null) {
            return Vocabulary.EMPTY;
        }
        List<Vocabulary.Problem> found = new ArrayList<>();
        Vocabulary vocabulary = Vocabulary.parse(text, found);
        found.forEach(p -> problems.add(RuleProblem.error(RuleSource.VOCABULARY, p.line(), 1, p.message())));
        return vocabulary;
    }

    /** @param rosterRules filled with the ids of the rules whose conditions match a roster ({@code RosterFit}) */
    private static List<RuleInfo> rules(RuleSource source, KieBase kieBase, Policy policy, List<RuleProblem> problems,
                                        Set<String> rosterRules) {
        Map<String, int[]> where = new HashMap<>(); // rule name -> {file index, line}
        List<String> files = source.drlFiles();
        for (int f = 0; f < files.size(); f++) {
            Matcher m = RULE.matcher(source.text(files.get(f)));
            while (m.find()) {
                where.put(m.group(1), new int[] {f, lineOf(source.text(files.get(f)), m.start(1))});
            }
        }
        List<RuleInfo> rules = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        ParsedRules parsed = ParsedRules.of(source);
        for (KiePackage pkg : kieBase.getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                int[] at = where.getOrDefault(rule.getName(), new int[] {-1, 0});
                String file = at[0] < 0 ? "?" : files.get(at[0]);
                RuleInfo info = info(rule, file, at[1], at[0] < 0 ? "" : ruleText(source.text(file), at[1]),
                        parsed.of(rule.getName()), source, policy, problems);
                if (info != null) {
                    if (parsed.of(rule.getName()).readsRoster()) {
                        rosterRules.add(info.id());
                    }
                    if (!ids.add(info.id())) {
                        problems.add(RuleProblem.error(file, at[1], 1, Text.of("rule.duplicateId", info.id())));
                    }
                    rules.add(info);
                }
            }
        }
        return rules;
    }

    private static RuleInfo info(Rule rule, String file, int line, String text, ParsedRules.Parts parts,
                                 RuleSource ruleSet, Policy policy, List<RuleProblem> problems) {
        Map<String, Object> meta = rule.getMetaData();
        String name = rule.getName();
        int before = problems.size();
        String id = meta(meta, "id");
        String area = meta(meta, "area");
        String source = meta(meta, "source");
        Gap gap = parse(Gap.class, meta(meta, "gap"), "@gap", name, file, line, problems);
        Kind kind = parse(Kind.class, meta(meta, "kind"), "@kind", name, file, line, problems);
        if (id == null) {
            problems.add(RuleProblem.error(file, line, 1, Text.of("rule.noId", name)));
        } else if (!name.startsWith(id + " ")) {
            problems.add(RuleProblem.error(file, line, 1, Text.of("rule.nameStart", name, id)));
        }
        if (area == null) {
            problems.add(RuleProblem.error(file, line, 1, Text.of("rule.noTag", name, "@area")));
        }
        if (source == null) {
            problems.add(RuleProblem.error(file, line, 1, Text.of("rule.noSource", name)));
        }
        List<Lever> levers = new ArrayList<>();
        String leverText = meta(meta, "levers");
        if (leverText != null) {
            for (String token : leverText.split("[,\\s]+")) {
                if (!token.isEmpty()) {
                    Lever lever = parse(Lever.class, token, "@levers", name, file, line, problems);
                    if (lever != null) {
                        levers.add(lever);
                    }
                }
            }
        }
        if (kind != null && kind.essential() && levers.isEmpty()) {
            problems.add(RuleProblem.error(file, line, 1, Text.of("rule.noLevers", name, kind)));
        }
        String reason = meta(meta, "reason");
        if (kind != null && kind.essential() && reason == null) {
            problems.add(RuleProblem.error(file, line, 1, Text.of("rule.noReason", name, kind)));
        }
        List<String> needs = new ArrayList<>();
        String needsText = meta(meta, "needs");
        if (needsText != null) {
            for (String token : needsText.split("[,\\s]+")) {
                if (token.isEmpty()) {
                    continue;
                }
                if (!FeatureDeriver.UNKNOWN_FIELDS.contains(token)) {
                    problems.add(RuleProblem.error(file, line, 1, Text.of("rule.needs", name, token, FeatureDeriver.UNKNOWN_FIELDS)));
                } else {
                    needs.add(token);
                }
            }
        }
        int points = 0;
        if (id != null && (kind == Kind.PENALTY || kind == Kind.BONUS || kind == Kind.BRIDGED)) {
            String key = id + PolicyKeys.POINTS_SUFFIX;
            if (!policy.has(key)) {
                problems.add(missing(ruleSet, policy, key, Text.of("param.points", key, id, Text.of("kind." + kind.name()))));
            } else {
                try {
                    points = points(policy, key);
                } catch (IllegalArgumentException e) {
                    problems.add(RuleProblem.error(RuleSource.PARAMETERS, 0, 0, e.getMessage()));
                }
            }
        }
        if (problems.size() > before) {
            return null;
        }
        Set<String> parameters = new TreeSet<>();
        Matcher m = PARAMETER.matcher(text);
        while (m.find()) {
            parameters.add(m.group(1));
        }
        // a policy word the conditions read stands for the parameters the features derive it from
        PolicyKeys.WORDS.forEach((word, keys) -> {
            if (Pattern.compile("\\b" + word + "\\b").matcher(parts.conditions()).find()) {
                parameters.addAll(keys);
            }
        });
        return new RuleInfo(id, name, gap, area, kind, points, source, List.copyOf(levers), reason == null ? "" : reason,
                List.copyOf(needs), file, line, List.copyOf(parameters), parts.attributes(), parts.conditions(),
                parts.consequence());
    }

    private static String meta(Map<String, Object> meta, String key) {
        Object value = meta.get(key);
        if (value == null) {
            return null;
        }
        String text = value.toString().strip();
        if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) {
            text = text.substring(1, text.length() - 1);
        }
        return text.isEmpty() ? null : text;
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String tag, String rule, String file,
                                               int line, List<RuleProblem> problems) {
        if (value == null) {
            problems.add(RuleProblem.error(file, line, 1, Text.of("rule.noTag", rule, tag)));
            return null;
        }
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(RuleProblem.error(file, line, 1, Text.of("rule.tagValue", rule, tag, value, Arrays.toString(type.getEnumConstants()))));
            return null;
        }
    }

    private static void checkParameters(RuleSource source, Policy policy, List<RuleInfo> rules, List<RuleProblem> problems) {
        Set<String> used = new LinkedHashSet<>(PolicyKeys.ALL);
        rules.forEach(r -> used.add(r.id() + PolicyKeys.POINTS_SUFFIX));
        String parameters = source.text(RuleSource.PARAMETERS);
        Set<String> typeChecked = new HashSet<>();
        for (String file : source.drlFiles()) {
            String text = source.text(file);
            Matcher m = TYPED_PARAMETER.matcher(text);
            while (m.find()) {
                String key = m.group(2);
                used.add(key);
                if (!policy.has(key)) {
                    int line = lineOf(text, m.start(2));
                    Text unknown = Text.of("param.unknown", key, RuleSource.PARAMETERS);
                    problems.add(RuleProblem.error(file, line, columnOf(text, m.start(2)),
                            NearMiss.in(source, policy, key).map(near -> near.didYouMean(unknown)).orElse(unknown)));
                } else if (typeChecked.add(key + " " + m.group(1))) {
                    checkType(policy, key, m.group(1), file + ":" + lineOf(text, m.start()), parameters, problems);
                }
            }
        }
        List<String> readButNotSet = used.stream().filter(k -> !policy.has(k)).toList();
        for (String key : policy.values().keySet()) {
            if (key.startsWith(PolicyKeys.DEVELOPMENT_PREFIX)) {
                checkDuration(policy, key, parameters, problems);
            } else if (!used.contains(key) && !PolicyKeys.RETIRED.contains(key)
                    && Policy.closest(key, readButNotSet).isEmpty()) {
                // a near miss of a key that is read but not set is named by that error already
                problems.add(RuleProblem.error(RuleSource.PARAMETERS, keyLine(parameters, key), 1,
                        Text.of("param.unused", key)));
            }
        }
    }

    /**
     * One DRL file per area: the first rule of a file names the file's area, and every other rule of it must
     * say the same, so the catalogue, the area filters and the screen read a file as one policy area.
     */
    private static void checkAreas(List<RuleInfo> rules, List<RuleProblem> problems) {
        Map<String, RuleInfo> first = new HashMap<>();
        rules.stream().sorted(Comparator.comparing(RuleInfo::file).thenComparingInt(RuleInfo::line)).forEach(rule -> {
            RuleInfo head = first.putIfAbsent(rule.file(), rule);
            if (head != null && !head.area().equals(rule.area())) {
                problems.add(RuleProblem.error(rule.file(), rule.line(), 1, Text.of("rule.area", rule.name(), rule.area(),
                        rule.file(), head.area(), head.id(), head.line())));
            }
        });
    }

    /** A parameter a rule reads must parse the way the rule reads it, or the rule would fail on every pair. */
    private static void checkType(Policy policy, String key, String how, Object readAt, String parameters,
                                  List<RuleProblem> problems) {
        try {
            switch (how) {
                case "integer" -> policy.integer(key);
                case "cefr" -> policy.cefr(key);
                default -> policy.number(key);
            }
        } catch (IllegalArgumentException e) {
            problems.add(RuleProblem.error(RuleSource.PARAMETERS, keyLine(parameters, key), 1, Text.of("param.type", key,
                    Text.of("param.type." + how), policy.values().get(key), readAt, how)));
        }
    }

    /** Development-step durations are read by the redesign advisor: whole weeks, 0–520. */
    private static void checkDuration(Policy policy, String key, String parameters, List<RuleProblem> problems) {
        String raw = policy.values().get(key);
        boolean ok = raw.matches("\\d{1,3}") && Integer.parseInt(raw) <= 520;
        if (!ok) {
            problems.add(RuleProblem.error(RuleSource.PARAMETERS, keyLine(parameters, key), 1,
                    Text.of("param.weeks", key, raw)));
        }
    }

    private static void checkMessages(List<RuleInfo> rules, Messages messages, List<RuleProblem> problems) {
        Set<String> ids = new HashSet<>();
        for (RuleInfo rule : rules) {
            ids.add(rule.id());
            for (Locale locale : Messages.LOCALES) {
                if (!messages.has(rule.id(), locale)) {
                    problems.add(RuleProblem.error("messages_" + locale.getLanguage() + ".properties", 0, 0,
                            Text.of("messages.noText", rule.id())));
                }
            }
            for (Lever lever : rule.levers()) {
                for (Locale locale : Messages.LOCALES) {
                    if (!messages.has("lever." + lever.name(), locale)) {
                        problems.add(RuleProblem.error("messages_" + locale.getLanguage() + ".properties", 0, 0,
                                Text.of("messages.noLever", lever.name(), rule.id())));
                    }
                }
            }
        }
        for (Locale locale : Messages.LOCALES) {
            for (String key : messages.ruleKeys(locale)) {
                if (!key.contains(".") && !ids.contains(key)) {
                    problems.add(RuleProblem.warning("messages_" + locale.getLanguage() + ".properties", 0, 0,
                            Text.of("messages.orphan", key)));
                }
            }
        }
    }

    private static void lintSyntax(RuleSource source, List<RuleProblem> problems) {
        for (String file : source.drlFiles()) {
            String text = source.text(file);
            Matcher m = HALF_CONSTRAINT.matcher(text);
            while (m.find()) {
                problems.add(RuleProblem.warning(file, lineOf(text, m.start()), columnOf(text, m.start()),
                        Text.of("lint.halfConstraint", m.group())));
            }
        }
    }

    private static String ruleText(String text, int line) {
        String[] lines = text.split("\\R", -1);
        StringBuilder out = new StringBuilder();
        for (int i = line - 1; i < lines.length; i++) {
            out.append(lines[i]).append('\n');
            if (lines[i].replaceFirst("//.*$", "").strip().equals("end")) {
                break;
            }
        }
        return out.toString();
    }

    static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    static int columnOf(String text, int offset) {
        int start = text.lastIndexOf('\n', offset - 1);
        return offset - start;
    }

    static int keyLine(String text, String key) {
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.startsWith(key) && line.substring(key.length()).strip().matches("^[=:].*")) {
                return i + 1;
            }
        }
        return 0;
    }

    private static int points(Policy policy, String key) {
        int points = policy.integer(key);
        if (points < 0 || points > 100) {
            throw new IllegalArgumentException("parameter " + key + " must be between 0 and 100, was " + points);
        }
        return points;
    }

    /** @return the innermost cause in one line: its type and message */
    private static String describe(Throwable cause) {
        Throwable root = cause;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
    }

    /**
     * A knowledge builder without property reactivity: a session is stateless and no rule modifies a fact, so
     * nothing is re-evaluated on a change, and a condition that reads another pattern's binding (SK-08's
     * {@code $supports.offers(Support.TRIAL_DAY) || quicklyTrainable} in a RequirementFit pattern) need not log
     * Drools' warning about "class reactivity" at every load.
     */
    /**
     * Compiles some rules of a rule set on their own, as parsed and cut down by {@link ParsedRules#packages}.
     *
     * @param what what they are, for the error
     * @throws IllegalStateException when they do not compile on their own
     */
    static KieBase compile(List<PackageDescr> packages, String what) {
        KnowledgeBuilder builder = newBuilder();
        for (PackageDescr pkg : packages) {
            ((org.drools.compiler.builder.impl.KnowledgeBuilderImpl) builder).addPackage(pkg);
        }
        if (builder.hasErrors()) {
            throw new IllegalStateException(what + " do not compile on their own: " + builder.getErrors());
        }
        return builder.newKieBase();
    }

    static KnowledgeBuilder newBuilder() {
        org.kie.internal.builder.KnowledgeBuilderConfiguration configuration = KnowledgeBuilderFactory.newKnowledgeBuilderConfiguration();
        configuration.setOption(org.kie.internal.builder.conf.PropertySpecificOption.ALLOWED);
        return KnowledgeBuilderFactory.newKnowledgeBuilder(configuration);
    }
}
