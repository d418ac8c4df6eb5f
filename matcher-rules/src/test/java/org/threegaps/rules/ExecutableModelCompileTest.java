package org.threegaps.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.drools.model.codegen.ExecutableModelProject;
import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.KiePackage;
import org.threegaps.matcher.engine.RuleSource;

/**
 * A second, stricter compile of every rule with the Drools executable model. The classic (MVEL) compiler
 * accepts some type errors and only fails when the rule fires; the executable model generates Java for
 * every constraint and refuses them at build time (Drools notes §5.1). Test scope only: analysts get the
 * classic compiler's located errors.
 */
class ExecutableModelCompileTest extends RuleTestSupport {

    /** What one executable-model build gave: its error messages, or the exception it threw, and the rules. */
    record Build(List<String> errors, int rules) {
    }

    /** Builds the DRL files of {@code source} with the executable model under a throwaway release id. */
    static Build build(RuleSource source) {
        KieServices ks = KieServices.Factory.get();
        ReleaseId releaseId = ks.newReleaseId("org.threegaps.test", "exec-model-" + UUID.randomUUID(), "1.0.0");
        KieFileSystem kfs = ks.newKieFileSystem();
        kfs.generateAndWritePomXML(releaseId);
        for (String file : source.drlFiles()) {
            kfs.write("src/main/resources/org/threegaps/rules/" + file, source.bytes(file));
        }
        KieBuilder builder = ks.newKieBuilder(kfs);
        try {
            builder.buildAll(ExecutableModelProject.class);
            List<String> errors = new ArrayList<>();
            builder.getResults().getMessages(Message.Level.ERROR).forEach(m -> errors.add(m.toString()));
            if (!errors.isEmpty()) {
                return new Build(errors, 0);
            }
            KieBase kieBase = ks.newKieContainer(releaseId).getKieBase();
            return new Build(errors, kieBase.getKiePackages().stream().mapToInt(p -> p.getRules().size()).sum());
        } catch (RuntimeException e) {
            // a literal of the wrong type makes buildAll throw instead of reporting (Drools notes §2)
            return new Build(List.of(e.toString()), 0);
        } finally {
            ks.getRepository().removeKieModule(releaseId);
        }
    }

    @Test
    void everyRuleCompilesWithTheExecutableModel() {
        Build build = build(RuleSource.defaults());
        assertThat(build.errors()).as("executable-model compile errors of %s", RuleSource.defaults().drlFiles()).isEmpty();
        assertThat(build.rules()).as("rules in the executable-model rule base")
                .isEqualTo(MATCHER.ruleBase().catalog().rules().size());
    }

    @Test
    void aTypeErrorTheClassicCompilerAcceptsIsRefused() {
        // classic MVEL compiles `commute.bestMinutes == "far"` and fails only when the rule fires
        RuleSource source = RuleSource.defaults();
        RuleSource broken = source.with("mobility.drl", source.text("mobility.drl")
                .replace("$p : Pair( !commute.known )", "$p : Pair( !commute.known, commute.bestMinutes == \"far\" )"));
        assertThat(broken.text("mobility.drl")).contains("== \"far\"");
        assertThat(org.threegaps.matcher.engine.RuleCompiler.verify(broken))
                .as("the classic compiler lets it through").noneMatch(org.threegaps.matcher.engine.RuleProblem::isError);
        assertThat(build(broken).errors()).as("the executable model refuses it").isNotEmpty();
    }
}
