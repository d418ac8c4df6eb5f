package org.threegaps.rules;

import org.threegaps.matcher.internal.MatcherInternals;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.threegaps.matcher.engine.RuleCompiler;
import org.threegaps.matcher.engine.RuleInfo;
import org.threegaps.matcher.RuleProblem;
import org.threegaps.matcher.RuleSource;
import org.threegaps.matcher.i18n.Vocabulary;
import org.threegaps.matcher.policy.PolicyKeys;
import org.threegaps.matcher.result.Kind;
import org.threegaps.matcher.result.Lever;

/**
 * The files of the default rule set hang together: the index lists exactly the files, every rule carries
 * its metadata, points and parameters exist and are used, and both languages have the same messages.
 */
class RuleSetFilesTest extends RuleTestSupport {
    private static final Path FOLDER = Path.of("src/main/resources", RuleSource.DEFAULT_FOLDER);
    private static final RuleSource SOURCE = RuleSource.defaults();

    /** @return the file names index.txt lists, in order */
    static List<String> indexed() throws IOException {
        return Files.readAllLines(FOLDER.resolve(RuleSource.INDEX), StandardCharsets.UTF_8).stream().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }

    private static List<RuleInfo> rules() {
        return MatcherInternals.ruleBase(MATCHER).catalog().rules();
    }

    private static Properties properties(String file) throws IOException {
        Properties p = new Properties();
        p.load(new StringReader(SOURCE.text(file)));
        return p;
    }

    @Test
    void indexListsExactlyTheRuleFilesOfTheFolder() throws IOException {
        Set<String> inFolder = new TreeSet<>();
        try (Stream<Path> files = Files.list(FOLDER)) {
            files.map(p -> p.getFileName().toString()).filter(n -> !n.equals(RuleSource.INDEX)).forEach(inFolder::add);
        }
        assertThat(indexed()).as("%s against the files in %s", RuleSource.INDEX, FOLDER)
                .doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(inFolder);
    }

    @Test
    void everyRuleCarriesItsMetadata() {
        assertThat(rules()).isNotEmpty().allSatisfy(rule -> {
            assertThat(rule.id()).as("id of \"%s\"", rule.name()).matches("[A-Z]{1,3}-\\d{2,3}");
            assertThat(rule.name()).as("name of %s", rule.id()).startsWith(rule.id() + " ");
            assertThat(rule.description()).as("policy sentence of %s", rule.id()).isNotBlank();
            assertThat(rule.gap()).as("@gap of %s", rule.id()).isNotNull();
            assertThat(rule.kind()).as("@kind of %s", rule.id()).isNotNull();
            assertThat(rule.source()).as("@source of %s", rule.id())
                    .matches("(\\d{3}:L\\d+.*|DESIGN\\.md: .+)");
            assertThat(rule.area() + ".drl").as("@area of %s names its file", rule.id()).isEqualTo(rule.file());
            if (rule.kind() == Kind.BLOCKER) {
                assertThat(rule.levers()).as("@levers of blocker %s", rule.id()).isNotEmpty();
            }
        });
    }

    @Test
    void anIdPrefixBelongsToOneFile() {
        assertThat(rules()).allSatisfy(rule -> assertThat(rules().stream()
                .filter(other -> prefix(other).equals(prefix(rule)))
                .map(RuleInfo::file).distinct()).as("files of the %s- rules", prefix(rule)).hasSize(1));
    }

    private static String prefix(RuleInfo rule) {
        return rule.id().substring(0, rule.id().indexOf('-'));
    }

    @Test
    void penaltiesBonusesAndBridgedGapsHavePointsOthersHaveNone() throws IOException {
        Properties policy = properties(RuleSource.PARAMETERS);
        for (RuleInfo rule : rules()) {
            String key = rule.id() + PolicyKeys.POINTS_SUFFIX;
            if (rule.kind() == Kind.PENALTY || rule.kind() == Kind.BONUS || rule.kind() == Kind.BRIDGED) {
                assertThat(policy).as("%s is a %s", rule.id(), rule.kind()).containsKey(key);
                assertThat(rule.points()).as("points of %s", rule.id()).isBetween(1, 100);
            } else {
                assertThat(policy).as("%s is a %s and scores no points", rule.id(), rule.kind()).doesNotContainKey(key);
            }
        }
    }

    @Test
    void everyEssentialRuleSaysWhyAndNamesALever() {
        for (RuleInfo rule : rules()) {
            if (rule.kind().essential()) {
                assertThat(rule.reason()).as("@reason of %s", rule.id()).isNotBlank();
                assertThat(rule.levers()).as("@levers of %s", rule.id()).isNotEmpty();
            }
        }
    }

    /** Findings never blame the candidate alone: whatever costs points names what the employer could change. */
    @Test
    void everyBlockerAndPenaltyNamesAnEmployerSideLever() {
        assertThat(rules()).filteredOn(rule -> rule.kind() == Kind.BLOCKER || rule.kind() == Kind.PENALTY)
                .allSatisfy(rule -> assertThat(rule.levers())
                        .as("levers of %s (%s:%d)", rule.id(), rule.file(), rule.line())
                        .anyMatch(lever -> lever.side() == Lever.Side.EMPLOYER));
    }

    @Test
    void everyParameterARuleReadsExists() throws IOException {
        Properties policy = properties(RuleSource.PARAMETERS);
        assertThat(rules()).allSatisfy(rule -> assertThat(policy.stringPropertyNames())
                .as("parameters read by %s (%s:%d)", rule.id(), rule.file(), rule.line())
                .containsAll(rule.parameters()));
    }

    /** A threshold the features apply for a rule (a policy word such as careConflictOnMostDays) is still listed with it. */
    @Test
    void aRuleThatReadsAPolicyWordListsTheParametersBehindIt() {
        RuleInfo ca01 = MatcherInternals.ruleBase(MATCHER).catalog().byId("CA-01").orElseThrow();
        RuleInfo sk04 = MatcherInternals.ruleBase(MATCHER).catalog().byId("SK-04").orElseThrow();
        RuleInfo ca10 = MatcherInternals.ruleBase(MATCHER).catalog().byId("CA-10").orElseThrow();

        assertThat(ca01.parameters()).containsExactly("care.conflict.blocker.minDays", "care.conflict.blocker.minMinutes");
        assertThat(sk04.parameters()).containsExactly("trainability.onJob.maxWeeks");
        assertThat(ca10.parameters()).isEmpty();
    }

    @Test
    void everyParameterIsUsedByARuleOrTheMatcherOrTheAdvisor() throws IOException {
        Set<String> used = new TreeSet<>(PolicyKeys.ALL);
        rules().forEach(r -> {
            used.addAll(r.parameters());
            used.add(r.id() + PolicyKeys.POINTS_SUFFIX);
        });
        assertThat(properties(RuleSource.PARAMETERS).stringPropertyNames()).as("parameters nothing reads")
                .filteredOn(key -> !used.contains(key) && !key.startsWith(PolicyKeys.DEVELOPMENT_PREFIX)).isEmpty();
    }

    @Test
    void dutchAndEnglishMessagesHaveTheSameKeys() throws IOException {
        Set<String> nl = properties("messages_nl.properties").stringPropertyNames();
        Set<String> en = properties("messages_en.properties").stringPropertyNames();
        assertThat(nl).as("keys in messages_nl.properties but not in messages_en.properties")
                .filteredOn(k -> !en.contains(k)).isEmpty();
        assertThat(en).as("keys in messages_en.properties but not in messages_nl.properties")
                .filteredOn(k -> !nl.contains(k)).isEmpty();
    }

    @Test
    void messagesCoverEveryRuleAndNoOther() throws IOException {
        Set<String> ids = new TreeSet<>(rules().stream().map(RuleInfo::id).toList());
        for (String file : List.of("messages_nl.properties", "messages_en.properties")) {
            Set<String> ruleKeys = new TreeSet<>(properties(file).stringPropertyNames());
            ruleKeys.removeIf(k -> k.contains("."));
            assertThat(ruleKeys).as("rule messages in %s", file).isEqualTo(ids);
        }
    }

    @Test
    void messagePlaceholdersAreTheSameInBothLanguages() throws IOException {
        Properties nl = properties("messages_nl.properties");
        Properties en = properties("messages_en.properties");
        for (String key : nl.stringPropertyNames()) {
            assertThat(placeholders(en.getProperty(key, ""))).as("placeholders of %s in en vs nl", key)
                    .isEqualTo(placeholders(nl.getProperty(key)));
        }
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{\\d+}").matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    private static final java.util.regex.Pattern RULE_TEXT = java.util.regex.Pattern.compile("^([A-Z]{1,3}-\\d{2,3})=(.*)$");
    private static final java.util.regex.Pattern INDEX = java.util.regex.Pattern.compile("\\{(\\d+)(\\|[^{}]*)?}");

    /**
     * An analyst editing a text must know what {0}, {1} … are: the comment line above every rule text names
     * exactly the values the rule's {@code $p.report(kcontext, …)} passes, and the text uses no other.
     */
    @Test
    void theCommentAboveEveryRuleTextNamesTheValuesTheRulePasses() {
        Map<String, Integer> passed = new TreeMap<>();
        rules().forEach(rule -> passed.put(rule.id(), reportArguments(rule)));
        for (String file : List.of("messages_nl.properties", "messages_en.properties")) {
            List<String> lines = SOURCE.text(file).lines().toList();
            for (int i = 0; i < lines.size(); i++) {
                java.util.regex.Matcher text = RULE_TEXT.matcher(lines.get(i));
                if (!text.matches()) {
                    continue;
                }
                String id = text.group(1);
                int values = passed.get(id);
                String comment = i == 0 ? "" : lines.get(i - 1);
                assertThat(comment).as("%s line %d: the comment above %s", file, i, id).startsWith("# ");
                assertThat(indices(comment)).as("%s line %d: the values the comment above %s names; %s passes %d",
                        file, i, id, id, values).isEqualTo(java.util.stream.IntStream.range(0, values).boxed().toList());
                assertThat(indices(text.group(2))).as("%s line %d: the values the text of %s shows", file, i + 1, id)
                        .allMatch(index -> index < values);
            }
        }
    }

    /** @return how many message arguments the rule's then-part passes: the arguments of report after kcontext */
    private static int reportArguments(RuleInfo rule) {
        String call = rule.consequence();
        assertThat(call).as("then-part of %s", rule.id()).startsWith("$p.report(kcontext").endsWith(");");
        String args = call.substring("$p.report(kcontext".length(), call.length() - 2);
        int count = 0;
        int depth = 0;
        for (char c : args.toCharArray()) {
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            count += c == ',' && depth == 0 ? 1 : 0;
        }
        return count;
    }

    /** @return the distinct placeholder indices in {@code text}, {0} and {0|week|weeks} alike, ascending */
    private static List<Integer> indices(String text) {
        TreeSet<Integer> found = new TreeSet<>();
        java.util.regex.Matcher m = INDEX.matcher(text);
        while (m.find()) {
            found.add(Integer.parseInt(m.group(1)));
        }
        return List.copyOf(found);
    }

    /** A code in the bundled data without a label would show as itself, as in "vraagt 'bike-repair'". */
    @Test
    void everyCodeInTheBundledDataAndScenariosHasALabel() throws IOException {
        java.util.regex.Pattern code = java.util.regex.Pattern.compile("(?<![A-Za-z])\"?code\"?\\s*:\\s*\"?([A-Za-z0-9_.-]+)");
        Set<String> codes = new TreeSet<>();
        for (Path folder : List.of(Path.of("../examples/src/main/resources/data"), Path.of("src/test/resources/scenarios"))) {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.filter(f -> f.toString().matches(".*\\.(json|yaml)")).toList()) {
                    java.util.regex.Matcher m = code.matcher(Files.readString(file));
                    while (m.find()) {
                        codes.add(m.group(1));
                    }
                }
            }
        }
        Vocabulary vocabulary = MatcherInternals.ruleBase(MATCHER).messages().vocabulary();
        assertThat(codes).as("codes in the example data and scenarios").hasSizeGreaterThan(50)
                .filteredOn(c -> vocabulary.entry(c).isEmpty()).as("codes without a label in %s", RuleSource.VOCABULARY)
                .isEmpty();
    }

    @Test
    void verifyReportsNoProblems() {
        List<RuleProblem> problems = RuleCompiler.verify(SOURCE);
        assertThat(problems).as("matcher verify on the default rule set").isEmpty();
    }

    @Test
    void theClasspathRuleSetIsTheFolder() {
        assertThat(RuleSource.directory(FOLDER).fingerprint()).as("index.txt lists every rule file of %s", FOLDER)
                .isEqualTo(SOURCE.fingerprint());
    }

    @Test
    void verifyWouldReportAnUnusedAndAnUnknownParameter() {
        // the checks above lean on verify; this shows it is not blind
        RuleSource changed = SOURCE.with(RuleSource.PARAMETERS, SOURCE.text(RuleSource.PARAMETERS) + "\nnobody.reads.this = 1\n");
        assertThat(RuleCompiler.verify(changed)).extracting(p -> p.message().toLowerCase(Locale.ROOT))
                .anyMatch(m -> m.contains("nobody.reads.this") && m.contains("read by no rule"));
        String drl = SOURCE.drlFiles().get(0);
        RuleSource unknown = SOURCE.with(drl, SOURCE.text(drl).replaceFirst("policy\\.(number|integer)\\(\"([^\"]+)\"\\)",
                "policy.$1(\"$2.misspelt\")"));
        assertThat(RuleCompiler.verify(unknown)).extracting(RuleProblem::message)
                .anyMatch(m -> m.startsWith("unknown parameter") && m.contains(".misspelt"));
    }
}
