package org.threegaps.rules;

import org.threegaps.matcher.internal.MatcherInternals;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.threegaps.matcher.engine.RuleInfo;

/**
 * Every rule in the compiled catalogue has a test where it fires and one where it stays silent: the
 * rule tests call {@code fires("ID", …)} and {@code silent("ID", …)} (see {@link RuleTestSupport}).
 */
class RuleCompletenessTest extends RuleTestSupport {
    private static final Path TESTS = Path.of("src/test/java");
    private static final Pattern CALL = Pattern.compile("\\b(fires|silent)\\(\\s*\"([A-Z]{1,3}-\\d{2,3})\"");

    private static List<String> catalogueIds() {
        return MatcherInternals.ruleBase(MATCHER).catalog().rules().stream().map(RuleInfo::id).toList();
    }

    private static Set<String> idsCalledWith(String helper) throws IOException {
        Set<String> ids = new TreeSet<>();
        try (Stream<Path> files = Files.walk(TESTS)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = CALL.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (m.find()) {
                    if (m.group(1).equals(helper)) {
                        ids.add(m.group(2));
                    }
                }
            }
        }
        return ids;
    }

    @Test
    void everyRuleHasATestWhereItFires() throws IOException {
        Set<String> tested = idsCalledWith("fires");
        assertThat(catalogueIds()).as("rules without a fires(\"ID\", …) test in %s", TESTS.toAbsolutePath())
                .filteredOn(id -> !tested.contains(id)).isEmpty();
    }

    @Test
    void everyRuleHasATestWhereItStaysSilent() throws IOException {
        Set<String> tested = idsCalledWith("silent");
        assertThat(catalogueIds()).as("rules without a silent(\"ID\", …) test in %s", TESTS.toAbsolutePath())
                .filteredOn(id -> !tested.contains(id)).isEmpty();
    }

    @Test
    void testsNameOnlyRulesThatExist() throws IOException {
        Set<String> named = new TreeSet<>(idsCalledWith("fires"));
        named.addAll(idsCalledWith("silent"));
        assertThat(named).as("rule ids used in fires/silent that are not in the catalogue (a renamed or removed rule?)")
                .isNotEmpty().isSubsetOf(catalogueIds());
    }
}
