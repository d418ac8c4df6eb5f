package org.threegaps.rules;

import org.threegaps.matcher.internal.MatcherInternals;
import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.drools.model.codegen.ExecutableModelProject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.StatelessKieSession;
import org.threegaps.matcher.features.Pair;
import org.threegaps.matcher.engine.RuleCatalog;
import org.threegaps.matcher.engine.RuleCompiler;
import org.threegaps.matcher.RuleProblem;
import org.threegaps.matcher.RuleSource;
import org.threegaps.matcher.features.PairFeatures;
import org.threegaps.matcher.model.Candidate;
import org.threegaps.matcher.model.Job;

/**
 * A second, stricter compile of every rule with the Drools executable model. The classic (MVEL) compiler
 * accepts some type errors and only fails when the rule fires; the executable model generates Java for
 * every constraint and refuses them at build time (Drools notes §5.1). Test scope only: analysts get the
 * classic compiler's located errors. The executable-model rule base must also fire exactly the rules the
 * classic one fires on every scenario.
 */
class ExecutableModelCompileTest extends RuleTestSupport {
    private static final KieServices KS = KieServices.Factory.get();
    private static final List<ReleaseId> BUILT = new ArrayList<>();
    private static Build defaults;

    /** What one executable-model build gave: its errors (or the exception it threw), and the rule base. */
    record Build(List<String> errors, KieBase kieBase) {
        int rules() {
            return kieBase == null ? 0 : kieBase.getKiePackages().stream().mapToInt(p -> p.getRules().size()).sum();
        }
    }

    /** Builds the DRL files of {@code source} with the executable model under a throwaway release id. */
    static Build build(RuleSource source) {
        ReleaseId releaseId = KS.newReleaseId("org.threegaps.test", "exec-model-" + UUID.randomUUID(), "1.0.0");
        BUILT.add(releaseId);
        KieFileSystem kfs = KS.newKieFileSystem();
        kfs.generateAndWritePomXML(releaseId);
        for (String file : source.drlFiles()) {
            kfs.write("src/main/resources/org/threegaps/rules/" + file, source.bytes(file));
        }
        KieBuilder builder = KS.newKieBuilder(kfs);
        try {
            builder.buildAll(ExecutableModelProject.class);
        } catch (RuntimeException e) {
            // a literal of the wrong type makes buildAll throw instead of reporting (Drools notes §2)
            return new Build(List.of(e.toString()), null);
        }
        List<String> errors = new ArrayList<>();
        builder.getResults().getMessages(Message.Level.ERROR).forEach(m -> errors.add(m.toString()));
        return errors.isEmpty() ? new Build(errors, KS.newKieContainer(releaseId).getKieBase()) : new Build(errors, null);
    }

    @BeforeAll
    static void buildDefaults() {
        defaults = build(RuleSource.defaults());
    }

    @AfterAll
    static void removeModules() {
        BUILT.forEach(id -> KS.getRepository().removeKieModule(id));
    }

    @Test
    void everyRuleCompilesWithTheExecutableModel() {
        assertThat(defaults.errors()).as("executable-model compile errors of %s", RuleSource.defaults().drlFiles()).isEmpty();
        assertThat(defaults.rules()).as("rules in the executable-model rule base")
                .isEqualTo(MatcherInternals.ruleBase(MATCHER).catalog().rules().size());
    }

    @Test
    void aTypeErrorTheClassicCompilerAcceptsIsRefused() {
        // classic MVEL compiles `commute.bestMinutes == "far"` and fails only when the rule fires
        RuleSource source = RuleSource.defaults();
        RuleSource broken = source.with("mobility.drl", source.text("mobility.drl")
                .replace("$p : Pair( !commute.known,", "$p : Pair( !commute.known, commute.bestMinutes == \"far\","));
        assertThat(broken.text("mobility.drl")).contains("== \"far\"");
        // the classic compiler lets it through; the sample pairs catch it when the rule set loads
        assertThat(RuleCompiler.verify(broken)).filteredOn(RuleProblem::isError).singleElement()
                .satisfies(p -> assertThat(p.message()).startsWith("a rule's condition fails when the rules run on the sample pair").contains("NumberFormatException"));
        assertThat(build(broken).errors()).as("the executable model refuses it").isNotEmpty();
    }

    @Test
    void firesTheSameRulesAsTheClassicRuleBaseOnEveryScenario() throws ReflectiveOperationException {
        assertThat(defaults.errors()).isEmpty();
        List<ScenarioCorpus.NamedPair> pairs = new ArrayList<>(ScenarioCorpus.pairs());
        pairs.add(new ScenarioCorpus.NamedPair("many needs", DrlFileSmokeTest.manyNeeds(), DrlFileSmokeTest.demandingJob()));
        for (ScenarioCorpus.NamedPair pair : pairs) {
            List<String> classic = MatcherInternals.trace(MATCHER, pair.candidate(), pair.job()).firedRules();
            assertThat(firedByExecutableModel(pair.candidate(), pair.job()))
                    .as("rules fired on %s: executable model vs classic", pair).containsExactlyInAnyOrderElementsOf(classic);
        }
    }

    /** Runs one pair through the executable-model rule base; the engine's own Pair (RulePair) and facts, by reflection. */
    private static List<String> firedByExecutableModel(Candidate candidate, Job job) throws ReflectiveOperationException {
        Constructor<? extends Pair> constructor = Class.forName("org.threegaps.matcher.engine.RulePair").asSubclass(Pair.class)
                .getDeclaredConstructor(Candidate.class, Job.class, PairFeatures.class, RuleCatalog.class);
        constructor.setAccessible(true);
        Pair pair = constructor.newInstance(candidate, job, MatcherInternals.features(MATCHER).derive(candidate, job), MatcherInternals.ruleBase(MATCHER).catalog());
        StatelessKieSession session = defaults.kieBase().newStatelessKieSession();
        session.setGlobal("policy", MatcherInternals.ruleBase(MATCHER).policy());
        List<String> fired = new ArrayList<>();
        session.addEventListener(new DefaultAgendaEventListener() {
            @Override
            public void afterMatchFired(AfterMatchFiredEvent event) {
                fired.add(event.getMatch().getRule().getName());
            }
        });
        // what the engine inserts: the pair and its requirement fits (RulePair.facts)
        java.lang.reflect.Method facts = pair.getClass().getDeclaredMethod("facts", List.class);
        facts.setAccessible(true);
        session.execute((List<?>) facts.invoke(null, List.of(pair)));
        return fired;
    }
}
