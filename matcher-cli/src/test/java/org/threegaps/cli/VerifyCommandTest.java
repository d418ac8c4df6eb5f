package org.threegaps.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VerifyCommandTest {
    @TempDir
    Path temp;

    private static final String HEADER = """
            rule "MO-99 broken on purpose"
                @id("MO-99") @gap("ORGANISATION") @area("mobility") @kind("INFORMATION") @source("test")
            """;

    @Test
    void bundledRuleSetVerifiesCleanly() {
        Run run = Run.of("verify", "--lang", "en");

        assertThat(run.code()).as(run.toString()).isZero();
        assertThat(run.out()).contains("OK: the bundled rule set,").contains("Fingerprint sha256:");
    }

    @Test
    void copiedRuleFolderVerifiesCleanlyInDutch() {
        RuleFolder rules = RuleFolder.copyOfDefaults(temp);

        Run run = Run.of("verify", rules.arg());

        assertThat(run.code()).as(run.toString()).isZero();
        assertThat(run.out()).contains("OK: " + rules.arg()).contains("regels in");
    }

    @Test
    void aMalformedVocabularyLineIsLocatedAndRefused() {
        RuleFolder rules = RuleFolder.copyOfDefaults(temp);
        int line = rules.append("vocabulary.properties", "forklift.fr = cariste\n");

        Run run = Run.of("verify", rules.arg(), "--lang", "en");

        assertThat(run.code()).as(run.toString()).isEqualTo(1);
        assertThat(run.out()).contains(rules.path().resolve("vocabulary.properties") + ":" + line + ":1: error: "
                + "key \"forklift.fr\" must end in .nl, .en or .esco, such as forklift.nl = label");
    }

    @Test
    void aRuleFolderWithoutAVocabularyVerifiesCleanly() throws Exception {
        RuleFolder rules = RuleFolder.copyOfDefaults(temp);
        Files.delete(rules.path().resolve("vocabulary.properties"));

        Run run = Run.of("verify", rules.arg(), "--lang", "en");

        assertThat(run.code()).as(run.toString()).isZero();
        assertThat(run.out()).contains("OK: " + rules.arg());
    }

    @Test
    void aChangedMobilityBlockerVerifiesWithoutANoteBecauseTheScreenIsItsOwnRules() {
        RuleFolder rules = RuleFolder.copyOfDefaults(temp);
        rules.replace("mobility.drl", "    $p : Pair( commute.known, commute.bestMode == null,",
                "    $p : Pair( commute.known, commute.bestMode == null, job.sector != \"care\",");

        Run run = Run.of("verify", rules.arg(), "--lang", "en");

        assertThat(run.code()).as(run.toString()).isZero();
        assertThat(run.out()).contains("OK: ").doesNotContain("Note:");
        assertThat(Run.of("verify", "--lang", "en").out()).doesNotContain("Note:");
    }

    /**
     * A rule of degree that extends an essential rule cannot be compiled with the rules of degree alone: verify says
     * that pairs the screen lets through will run every rule again (same results, slower), not that anything is wrong.
     */
    @Test
    void aRuleOfDegreeThatExtendsAnEssentialRuleGetsANote() {
        RuleFolder rules = RuleFolder.copyOfDefaults(temp);
        rules.replace("mobility.drl", "rule \"MO-05 no commute limit given, the default is used\"",
                "rule \"MO-05 no commute limit given, the default is used\" extends \"MO-09 none of the candidate's own ways"
                        + " of travelling reaches the workplace\"");
        rules.replace("mobility.drl", "    $p : Pair( commute.reachable(), commute.limitIsDefault, $limit : commute.limitMinutes )\n"
                + "then\n    $p.report(kcontext, $limit);",
                "    $q : Pair( commute.reachable(), commute.limitIsDefault, $limit : commute.limitMinutes )\n"
                + "then\n    $q.report(kcontext, $limit);");

        Run run = Run.of("verify", rules.arg(), "--lang", "en");

        assertThat(run.code()).as(run.toString()).isZero();
        assertThat(run.out()).contains("OK: ").contains("Note: the rules of degree (PENALTY, BONUS, INFORMATION) of this"
                + " rule set do not compile on their own");
    }

    @Test
    void missingThenGivesOneLocatedLineAndExitCodeOne() {
        RuleFolder rules = RuleFolder.copyOfDefaults(temp);
        int line = rules.append("mobility.drl", HEADER + """
                when
                    $p : Pair( commute.known )
                    $p.report(kcontext);
                end
                """);

        Run run = Run.of("verify", rules.arg(), "--lang", "en");

        assertOneErrorWithin(run, "mobility.drl", line, line + 5);
    }

    @Test
    void unknownFieldGivesOneLocatedLine() {
        RuleFolder rules = RuleFolder.copyOfDefaults(temp);
        int line = rules.append("mobility.drl", HEADER + """
                when
                    $p : Pair( commute.knwon )
                then
                    $p.report(kcontext);
                end
                """);

        Run run = Run.of("verify", rules.arg(), "--lang", "en");

        assertOneErrorWithin(run, "mobility.drl", line, line + 6);
        assertThat(run.out()).contains("knwon");
    }

    @Test
    void unknownTypeGivesOneLocatedLine() {
        RuleFolder rules = RuleFolder.copyOfDefaults(temp);
        int line = rules.append("mobility.drl", HEADER + """
                when
                    $p : Pear( )
                then
                    $p.report(kcontext);
                end
                """);

        Run run = Run.of("verify", rules.arg(), "--lang", "en");

        assertOneErrorWithin(run, "mobility.drl", line, line + 6);
        assertThat(run.out()).contains("Pear");
    }

    @Test
    void badActionGivesOneLocatedLine() {
        RuleFolder rules = RuleFolder.copyOfDefaults(temp);
        int line = rules.append("mobility.drl", HEADER + """
                when
                    $p : Pair( commute.known )
                then
                    $p.reportt(kcontext);
                end
                """);

        Run run = Run.of("verify", rules.arg(), "--lang", "en");

        assertOneErrorWithin(run, "mobility.drl", line, line + 6);
        assertThat(run.out()).contains("MO-99");
    }

    @Test
    void unknownParameterInARuleIsLocated() {
        RuleFolder rules = RuleFolder.copyOfDefaults(temp);
        rules.replace("mobility.drl", "policy.number(\"commute.short.share\")", "policy.number(\"commute.shortt.share\")");

        Run run = Run.of("verify", rules.arg(), "--lang", "en");

        assertThat(run.code()).as(run.toString()).isEqualTo(1);
        assertThat(run.out()).containsPattern("mobility\\.drl:\\d+:\\d+: error: unknown parameter \"commute.shortt.share\"");
        // the key the file holds is now read by no rule: it is named as the likely intended one
        assertThat(run.out()).containsPattern("did you mean commute\\.short\\.share \\(policy\\.properties line \\d+\\)\\?");
        assertThat(run.all()).doesNotContain("Exception");
    }

    @Test
    void anUnusedParameterIsAnErrorAndAWarningFailsOnlyWhenStrict() {
        RuleFolder unused = RuleFolder.copyOfDefaults(temp.resolve("unused"));
        unused.append("policy.properties", "nobody.reads.this = 3\n");
        RuleFolder stray = RuleFolder.copyOfDefaults(temp.resolve("stray"));
        stray.append("messages_en.properties", "\nXX-99=A text no rule uses.\n");

        Run refused = Run.of("verify", unused.arg(), "--lang", "en");
        Run lenient = Run.of("verify", stray.arg(), "--lang", "en");
        Run strict = Run.of("verify", stray.arg(), "--strict", "--lang", "en");

        assertThat(refused.code()).as(refused.toString()).isEqualTo(1);
        assertThat(refused.out()).containsPattern("policy\\.properties:\\d+:1: error: parameter nobody.reads.this is read by no rule");
        assertThat(lenient.code()).as(lenient.toString()).isZero();
        assertThat(lenient.out()).contains("warning: message XX-99 belongs to no rule").contains(", 1 warning. Fingerprint");
        assertThat(strict.code()).as(strict.toString()).isEqualTo(1);
    }

    @Test
    void missingDirectoryIsNamed() {
        Run run = Run.of("verify", temp.resolve("nowhere").toString(), "--lang", "en");

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains("nowhere").contains("does not exist");
        assertThat(run.all()).doesNotContain("Exception");
    }

    private static void assertOneErrorWithin(Run run, String file, int firstLine, int lastLine) {
        assertThat(run.code()).as(run.toString()).isEqualTo(1);
        List<String> errors = run.out().lines().filter(l -> l.contains(": error: ")).toList();
        assertThat(errors).as(run.toString()).hasSize(1);
        String error = errors.get(0);
        assertThat(error).as(run.toString()).contains(file + ":");
        int line = Integer.parseInt(error.substring(error.indexOf(file + ":") + file.length() + 1).split(":")[0]);
        assertThat(line).as(error).isBetween(firstLine, lastLine);
        assertThat(run.all()).as("the count and its word agree").contains(" has 1 error and ");
        assertThat(run.all()).doesNotContain("Exception").doesNotContain("\tat ");
    }
}
