package org.threegaps.matcher.engine;

import org.threegaps.matcher.RuleSetException;
import org.threegaps.matcher.RuleProblem;
import org.threegaps.matcher.features.Policy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.threegaps.matcher.support.TestRules;

/**
 * The rule language can only judge: everything outside its allow-list is refused on the parsed rule, with
 * file:line:column, before Drools compiles or runs a line of it.
 */
class RuleFenceTest {
    private static final String HEAD = """
            package org.threegaps.rules.test;

            import org.threegaps.matcher.features.Pair;
            import org.threegaps.matcher.model.*;

            global org.threegaps.matcher.features.Policy policy;

            """;

    /** A rule of the test rule set, with the given when- and then-part. */
    private static String rule(String when, String then) {
        return HEAD + """
                rule "T-01 the wage is below what the candidate needs"
                    @id("T-01") @gap("ORGANISATION") @area("test") @kind("PENALTY")
                    @source("test")
                    @levers("WAGE")
                when
                %s
                then
                %s
                end
                """.formatted(when, then);
    }

    private static final String WHEN = "    $p : Pair( job.hourlyWage != null, $wage : job.hourlyWage )";
    private static final String THEN = "    $p.report(kcontext, $wage);";

    private static List<RuleProblem> fence(String drl) {
        return RuleFence.check("core.drl", drl);
    }

    /** The fence refuses {@code drl} once, on the line of {@code at}, saying {@code message}. */
    private static void refusedOnceAt(String drl, String at, String message) {
        assertThat(fence(drl)).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(RuleCompiler.lineOf(drl, drl.indexOf(at)));
            assertThat(p.message()).contains(message);
        });
    }

    @Test
    void theBundledFormPasses() {
        assertThat(fence(rule("""
                    $p : Pair( job.supports.offers(Support.BUDDY), !dutch.known(), $wage : job.hourlyWage,
                               commute.bestMinutes > policy.integer("test.commute.longMinutes") * 2,
                               candidate.functionalNeeds not contains FunctionalNeed.NEEDS_REST_BREAKS,
                               $fits : requirements )
                    $r : RequirementFit( missing(), requirement.essential ) from $fits
                    not ( RequirementFit( this != $r ) from $fits )
                """, "    $p.report(kcontext, $wage, $r.code(), Support.BUDDY, policy.integer(\"x\"), 3, \"text\");")))
                .isEmpty();
    }

    @Test
    void aRequirementFitJoinedOnItsPairPasses() {
        assertThat(fence(rule("""
                    $p : Pair( $offered : job.supports.trainingWeeks )
                    $r : RequirementFit( pair == $p, missing(), requirement.trainingWeeks > $offered )
                    not RequirementFit( pair == $p, this != $r, known )
                """, "    $p.report(kcontext, $r.asCode());"))).isEmpty();
    }

    /** A fit that binds its own pair needs no Pair pattern: Drools then runs the rule in its alpha network alone. */
    @Test
    void aRequirementFitThatBindsItsOwnPairPasses() {
        assertThat(fence(rule("""
                    $r : RequirementFit( $p : pair, missing(), $offered : pair.job.supports.trainingWeeks,
                                         requirement.trainingWeeks > $offered )
                    not RequirementFit( pair == $p, this != $r, known )
                """, "    $p.report(kcontext, $r.asCode(), $offered);"))).isEmpty();
    }

    /** Every pattern of a rule reads the same pair; two pairs would meet every other pair of the session. */
    @ParameterizedTest
    @ValueSource(strings = {
            "    $r : RequirementFit( $q : pair, missing() )",
            "    $q : Pair( )",
            "    $r : RequirementFit( $q : pair, missing(), pair != $p )",
    })
    void aRuleOverTwoPairsIsRefused(String second) {
        String drl = rule(WHEN + "\n" + second, THEN);

        refusedOnceAt(drl, second.strip(), "the rule matches two pairs");
    }

    /**
     * A session holds a few hundred pairs: a fit that does not join on its pair would meet every pair's fits. Each
     * requirement and each roster is such a fact.
     */
    @ParameterizedTest
    @ValueSource(strings = {
            "    $r : RequirementFit( missing() )",
            "    $r : RequirementFit( missing(), pair != $p )",
            "    $r : RequirementFit( missing() || pair == $p )",
            "    $r : RequirementFit( pair == $wage )",
            "    exists RequirementFit( missing() )",
            "    $s : RosterFit( nightMinutes > 0 )",
            "    not RosterFit( nightMinutes > 0 )",
    })
    void aSessionFactThatDoesNotJoinOnItsPairIsRefused(String fit) {
        String drl = rule(WHEN + "\n" + fit, THEN);
        String type = fit.contains("RosterFit") ? "RosterFit" : "RequirementFit";

        refusedOnceAt(drl, type, "a pattern over " + type + " must belong to its own pair: bind it with $p : pair");
    }

    /** A rule written for the pair's one guessed roster, as the care rules were until rosters became facts: told once. */
    @Test
    void aRuleThatReadsTheGuessedRosterThriceIsToldOnce() {
        String drl = rule("    $p : Pair( schedule != null, schedule.nightMinutes > 0, $wage : job.hourlyWage, $s : schedule )", THEN);

        refusedOnceAt(drl, "$p : Pair( schedule", "read each roster as $s : RosterFit( $p : pair, … )");
    }

    /** The branches of an or are alternatives: each may stand for the pair on its own. */
    @Test
    void eachBranchOfAnOrMayStandForThePair() {
        String drl = rule("""
                    ( RosterFit( $p : pair, nightMinutes == 0, $wage : pair.job.hourlyWage )
                      or $p : Pair( rosters.isEmpty(), $wage : job.hourlyWage ) )""", THEN);

        assertThat(fence(drl)).isEmpty();
    }

    /** A rule judges one roster at a time: two rosters in one match are refused, a roster under not is not in it. */
    @Test
    void aRuleOverTwoRostersIsRefusedButNotOverOneBesideNoOther() {
        String two = rule(WHEN + "\n    $s : RosterFit( pair == $p, nightMinutes > 0 )\n    $t : RosterFit( pair == $p, weekendMinutes > 0 )", THEN);
        String beside = rule(WHEN + "\n    $s : RosterFit( pair == $p, nightMinutes > 0 )\n    not RosterFit( pair == $p, weekendMinutes > 0 )", THEN);
        String either = rule(WHEN + "\n    ( RosterFit( pair == $p, nightMinutes > 0 ) or RosterFit( pair == $p, weekendMinutes > 0 ) )", THEN);

        refusedOnceAt(two, "$t : RosterFit", "matches two rosters of the pair at once");
        assertThat(fence(beside)).isEmpty();
        assertThat(fence(either)).isEmpty();
    }

    /**
     * The roster the pair is guessed to work, or what was unknown on it, read through the pair would judge every
     * roster by the guess: refused, with the way to read each roster.
     */
    @ParameterizedTest
    @ValueSource(strings = {"features.bestRoster != null", "features.bestRoster.nightMinutes > 0", "schedule != null",
            "features.unknowns.isEmpty()", "features.bestRoster().nightMinutes() > 0"})
    void readingTheGuessedRosterThroughThePairIsRefused(String condition) {
        String drl = rule("    $p : Pair( job.hourlyWage != null, $wage : job.hourlyWage, " + condition + " )", THEN);

        refusedOnceAt(drl, condition.startsWith("schedule") ? "schedule" : condition.substring("features.".length()),
                "read each roster as $s : RosterFit( $p : pair, … )");
    }

    /** Only the pairs and their fits are inserted: a pattern over any other fact without from would never match. */
    @ParameterizedTest
    @ValueSource(strings = {"HoursFit( known )", "Candidate( )", "FunctionalNeed( this == FunctionalNeed.NEEDS_REST_BREAKS )"})
    void aPatternOverAFactTheSessionDoesNotHoldIsRefused(String pattern) {
        String drl = rule(WHEN + "\n    " + pattern, THEN);

        refusedOnceAt(drl, pattern, "without from matches nothing");
    }

    /** The statements of the issue that verify accepted and the CLI then ran. */
    @ParameterizedTest
    @ValueSource(strings = {
            "System.exit(3);",
            "java/**/.nio.file.Files.writeString(java.nio.file.Path.of(\"/tmp/x\"), \"owned\");",
            "new ProcessBuilder(\"sh\").start();",
            "Runtime.getRuntime().exec(\"sh\");",
            "Class.forName(\"java.lang.Runtime\");",
            "Thread.sleep(600000);",
            "while ($p != null) { }",
            "kcontext.getKieRuntime().halt();",
            "delete($p);",
            "insert(new Object());",
            "modify($p) { };",
            "$p.report(kcontext, $wage); System.exit(3);",
            "$p.report(kcontext, System.getenv(\"HOME\"));",
            "$p.report(kcontext, $p.getJob().hourlyWage());",
            "$p.report(kcontext, $wage == null ? (Object) \"#NONE\" : $wage);",
            "$p.report(kcontext, Pair.language(\"ar\"));",
            "$p.report(kcontext, \"#CARE_WINDOWS\");",
            "$p.report(kcontext.getRule(), $wage);",
            "$p.getFeatures();",
    })
    void aThenPartOtherThanOneReportIsRefused(String then) {
        String drl = rule(WHEN, "    " + then);

        List<RuleProblem> problems = fence(drl);

        assertThat(problems).isNotEmpty().allSatisfy(p -> {
            assertThat(p.isError()).isTrue();
            assertThat(p.file()).isEqualTo("core.drl");
            assertThat(p.line()).isEqualTo(RuleCompiler.lineOf(drl, drl.indexOf("then\n")) + 1);
            assertThat(p.column()).isPositive();
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "    $p : Pair( job.hourlyWage != null )\n    eval( System.getenv(\"HOME\") != null )",
            "    $p : Pair( java.lang.System.getenv(\"HOME\") != null )",
            "    $p : Pair( job.title == java.nio.file.Files.readString(java.nio.file.Path.of(\"/etc/hostname\")) )",
            "    $p : Pair( job.title == System.getProperty(\"user.name\") )",
            "    $p : Pair( job.title.length() > new java.util.Random().nextInt() )",
            "    $p : Pair( (job.hourlyWage == null ? 1 : 2) > 0 )",
            "    $p : Pair( )\n    $o : Object( ) from java.lang.Runtime.getRuntime()",
            "    $p : Pair( )\n    forall( Pair( ) )",
            "    $p : Pair( policy.values().isEmpty() )",
            "    $p : Pair( job.title matches \".*\" )",
    })
    void aWhenPartOutsideTheLanguageIsRefused(String when) {
        String drl = rule(when, "    $p.report(kcontext);");

        List<RuleProblem> problems = fence(drl);

        assertThat(problems).isNotEmpty().allSatisfy(p -> {
            assertThat(p.isError()).isTrue();
            assertThat(p.line()).isBetween(RuleCompiler.lineOf(drl, drl.indexOf("when\n")) + 1,
                    RuleCompiler.lineOf(drl, drl.indexOf("then\n")) - 1);
        });
    }

    @Test
    void anEvalIsNamedAtItsLineAndColumn() {
        String drl = rule("    $p : Pair( )\n    eval( System.getenv(\"HOME\") != null )", "    $p.report(kcontext);");

        assertThat(fence(drl)).extracting(RuleProblem::toString).singleElement().asString()
                .startsWith("core.drl:" + RuleCompiler.lineOf(drl, drl.indexOf("eval")) + ":5: error: rule \"T-01")
                .contains("eval(…), which runs any Java, is not allowed");
    }

    @Test
    void aStaticCallInAConditionIsNamedWhereItStands() {
        String drl = rule("    $p : Pair( job.title == System.getProperty(\"user.name\") )", "    $p.report(kcontext);");
        int at = drl.indexOf("System.getProperty");

        assertThat(fence(drl)).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(RuleCompiler.lineOf(drl, at));
            assertThat(p.column()).isEqualTo(RuleCompiler.columnOf(drl, at));
            assertThat(p.message()).contains("System.getProperty(…) is not allowed: rules call no static methods");
        });
    }

    @Test
    void aChainInAReportIsNamedWhereItStands() {
        String drl = rule(WHEN, "    $p.report(kcontext,\n            $p.getJob().hourlyWage());");
        int at = drl.indexOf("$p.getJob()");

        assertThat(fence(drl)).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(RuleCompiler.lineOf(drl, at));
            assertThat(p.column()).isEqualTo(RuleCompiler.columnOf(drl, at));
            assertThat(p.message()).contains("a chain of calls \"$p.getJob().hourlyWage()\" is not allowed in a report");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"salience 10", "no-loop true", "agenda-group \"x\"", "timer (int: 1s)", "dialect \"mvel\"",
            "lock-on-active true", "enabled false"})
    void attributesAreRefused(String attribute) {
        String drl = rule(WHEN, THEN).replace("    @levers(\"WAGE\")\n", "    @levers(\"WAGE\")\n    " + attribute + "\n");

        refusedOnceAt(drl, attribute, "the attribute " + attribute.split(" ")[0] + " is not allowed");
    }

    @Test
    void functionsQueriesDeclarationsAndOtherGlobalsAreRefused() {
        String drl = HEAD.replace("global org.threegaps.matcher.features.Policy policy;",
                "global org.threegaps.matcher.features.Policy policy;\nglobal java.util.List out;") + """
                import java.io.File;
                function int twice(int x) { return 2 * x; }
                declare Extra
                    name : String
                end
                query "all pairs"
                    $p : Pair( )
                end
                """;

        assertThat(fence(drl)).extracting(RuleProblem::message).anySatisfy(m -> assertThat(m).startsWith("global java.util.List out"))
                .anySatisfy(m -> assertThat(m).startsWith("import java.io.File is not allowed"))
                .anySatisfy(m -> assertThat(m).startsWith("function twice is not allowed"))
                .anySatisfy(m -> assertThat(m).startsWith("declare Extra is not allowed"))
                .anySatisfy(m -> assertThat(m).startsWith("query \"all pairs\" is not allowed"));
    }

    /** The fence runs before Drools compiles and before the sample pairs are scored: nothing hostile ever runs. */
    @Test
    void aHostileRuleSetIsRefusedBeforeAnythingRuns(@TempDir Path dir) {
        Path written = dir.resolve("owned.txt");
        String core = TestRules.source().text("core.drl");
        String hostile = core.replace("then\n    $p.report(kcontext);",
                "then\n    java.nio.file.Files.writeString(java.nio.file.Path.of(\"" + written.toString().replace("\\", "/")
                        + "\"), \"owned\"); System.exit(3);");
        assertThat(hostile).isNotEqualTo(core);

        assertThatThrownBy(() -> RuleCompiler.compile(TestRules.source().with("core.drl", hostile)))
                .isInstanceOf(RuleSetException.class)
                .hasMessageContaining("core.drl:" + RuleCompiler.lineOf(hostile, hostile.indexOf("java.nio.file.Files")) + ":");
        assertThat(Files.exists(written)).isFalse();
    }

    @Test
    void aRefusalReadsInDutchToo() {
        String drl = rule(WHEN, "    System.exit(3);");

        assertThat(fence(drl)).singleElement().satisfies(p -> assertThat(p.message(java.util.Locale.forLanguageTag("nl")))
                .isEqualTo("regel \"T-01 the wage is below what the candidate needs\": \"System.exit(3);\" mag niet: een then-deel "
                        + "is één oproep $p.report(kcontext, …) met als argumenten gebonden variabelen, één veld van een "
                        + "gebonden variabele ($x.naam()), letterlijke waarden, enumwaarden of beleidsparameters"));
    }

    /** Every problem text exists in both languages, with the same arguments. */
    @Test
    void everyProblemTextHasADutchTextWithTheSameArguments() throws java.io.IOException {
        java.util.Properties en = new java.util.Properties();
        java.util.Properties nl = new java.util.Properties();
        try (var a = RuleProblem.class.getResourceAsStream("/org/threegaps/matcher/engine/problems.properties");
             var b = new java.io.InputStreamReader(RuleProblem.class.getResourceAsStream("/org/threegaps/matcher/engine/problems_nl.properties"),
                     java.nio.charset.StandardCharsets.UTF_8)) {
            en.load(new java.io.InputStreamReader(a, java.nio.charset.StandardCharsets.UTF_8));
            nl.load(b);
        }
        assertThat(nl.keySet()).isEqualTo(en.keySet());
        java.util.regex.Pattern placeholder = java.util.regex.Pattern.compile("\\{\\d+");
        en.forEach((key, text) -> assertThat(placeholder.matcher(nl.getProperty((String) key)).results().map(r -> r.group())
                .sorted().toList()).as(key.toString())
                .isEqualTo(placeholder.matcher((String) text).results().map(r -> r.group()).sorted().toList()));
    }

    @Test
    void aRuleFileOfBeforeTheMoveIsToldWhereThePairAndThePolicyAreNow() {
        String drl = rule(WHEN, THEN).replace("import org.threegaps.matcher.features.Pair;", "import org.threegaps.matcher.engine.Pair;")
                .replace("global org.threegaps.matcher.features.Policy policy;", "global org.threegaps.matcher.policy.Policy policy;");

        assertThat(fence(drl)).extracting(RuleProblem::message).containsExactly(
                "org.threegaps.matcher.engine.Pair has moved to org.threegaps.matcher.features.Pair (version 0.9.0): change "
                        + "the import or global line to org.threegaps.matcher.features.Pair",
                "org.threegaps.matcher.policy.Policy has moved to org.threegaps.matcher.features.Policy (version 0.9.0): change "
                        + "the import or global line to org.threegaps.matcher.features.Policy");
    }
}
