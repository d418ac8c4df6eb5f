package org.threegaps.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What a rule file could once do, the commands now refuse before it runs: a non-zero exit, the located
 * error, no side effect and no hang. (Had one of these run, the test JVM would have exited, a file would
 * exist, or the test would not end.)
 */
class FenceCommandTest {
    @TempDir
    Path temp;

    static Stream<Arguments> hostile() {
        return Stream.of(
                Arguments.of("then", "System.exit(3);"),
                Arguments.of("then", "java/**/.nio.file.Files.writeString(java.nio.file.Path.of(\"OWNED\"), \"owned\");"),
                Arguments.of("then", "new ProcessBuilder(\"touch\", \"OWNED\").start();"),
                Arguments.of("then", "Runtime.getRuntime().exec(\"touch OWNED\");"),
                Arguments.of("then", "Class.forName(\"java.lang.Runtime\").getMethod(\"getRuntime\").invoke(null);"),
                Arguments.of("then", "Thread.sleep(600000);"),
                Arguments.of("then", "while ($p != null) { }"),
                Arguments.of("then", "kcontext.getKieRuntime().halt();"),
                Arguments.of("then", "delete($p);"),
                Arguments.of("when", "eval( System.getenv(\"HOME\") != null )"),
                Arguments.of("attribute", "salience 100"),
                Arguments.of("function", "function boolean home() { return System.getenv(\"HOME\") != null; }"),
                Arguments.of("then", "$p.report(kcontext, System.getenv(\"HOME\"));"));
    }

    @ParameterizedTest
    @MethodSource("hostile")
    void verifyAndMatchRefuseItWithoutRunningIt(String where, String code) throws Exception {
        RuleFolder rules = RuleFolder.copyOfDefaults(temp);
        String owned = temp.resolve("OWNED").toString().replace("\\", "/");
        String statement = code.replace("\"OWNED\"", "\"" + owned + "\"").replace("touch OWNED", "touch " + owned)
                .replace("\"touch\", \"OWNED\"", "\"touch\", \"" + owned + "\"");
        String rule = """
                rule "MO-99 hostile on purpose"
                    @id("MO-99") @gap("SEARCH") @area("mobility") @kind("INFORMATION") @source("test")
                %s
                when
                    $p : Pair( )
                    %s
                then
                    %s
                end
                """.formatted(where.equals("attribute") ? "    " + statement : "", where.equals("when") ? statement : "",
                where.equals("then") ? statement : "$p.report(kcontext);");
        int line = rules.append("mobility.drl", "\n" + (where.equals("function") ? statement + "\n" : "") + rule);

        for (List<String> command : List.of(List.of("verify", rules.arg(), "--lang", "en"),
                List.of("match", "--rules", rules.arg(), "--candidate", TestData.candidate("amira"),
                        "--job", TestData.job("kassa-genk"), "--lang", "en"))) {
            Run run = Run.of(command.toArray(String[]::new));

            assertThat(run.code()).as(run.toString()).isNotZero();
            String said = run.out() + run.err();
            java.util.regex.Matcher located = java.util.regex.Pattern.compile("mobility\\.drl:(\\d+):\\d+: error: ").matcher(said);
            assertThat(located.find()).as(run.toString()).isTrue();
            assertThat(Integer.parseInt(located.group(1))).as("the error is in the added lines").isGreaterThanOrEqualTo(line);
            assertThat(said).doesNotContain("OK:");
        }
        assertThat(Files.exists(temp.resolve("OWNED"))).isFalse();
    }
}
