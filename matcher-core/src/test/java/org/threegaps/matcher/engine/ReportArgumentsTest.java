package org.threegaps.matcher.engine;

import org.threegaps.matcher.RuleFailureException;
import org.threegaps.matcher.features.Policy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.threegaps.matcher.Matcher;
import org.threegaps.matcher.model.Candidate;
import org.threegaps.matcher.model.Cefr;
import org.threegaps.matcher.model.Job;
import org.threegaps.matcher.model.Location;
import org.threegaps.matcher.model.Support;
import org.threegaps.matcher.model.SupportOffer;
import org.threegaps.matcher.result.Finding;
import org.threegaps.matcher.result.Finding.Argument;
import org.threegaps.matcher.support.TestRules;

/** What a then-part passes to {@code $p.report} travels as a typed argument; what no text can show fails the rule. */
class ReportArgumentsTest {
    private static final Candidate CANDIDATE = Candidate.builder("c").home(Location.postcode("3500")).language("prs", Cefr.C1)
            .build();
    private static final Job JOB = Job.builder("j").location(Location.postcode("3500")).hourlyWage(new BigDecimal("12.50"))
            .supports(new SupportOffer(Set.of(Support.BUDDY), Set.of("prs"), 0, null)).build();

    /** @return the test rule set with one more rule, T-10, whose then-part reports {@code args} */
    private static Matcher reporting(String args) {
        String drl = """
                package org.threegaps.rules.test;
                import org.threegaps.matcher.features.Pair;
                import org.threegaps.matcher.features.*;
                import org.threegaps.matcher.model.*;
                global org.threegaps.matcher.features.Policy policy;
                rule "T-10 reports what it is given"
                    @id("T-10") @gap("SKILL") @area("test") @kind("INFORMATION") @source("test")
                when
                    $p : Pair( $c : commute, $wage : job.hourlyWage, $name : candidate.name, $language : dutch.buddyLanguage )
                then
                    $p.report(kcontext, %s);
                end
                """.formatted(args);
        return Matcher.withRules(TestRules.source().with("report.drl", drl)
                .with("messages_nl.properties", TestRules.source().text("messages_nl.properties") + "T-10=T-10\n")
                .with("messages_en.properties", TestRules.source().text("messages_en.properties") + "T-10=T-10\n")).build();
    }

    private static Finding t10(Matcher matcher) {
        return matcher.match(CANDIDATE, JOB).findings().stream().filter(f -> f.ruleId().equals("T-10")).findFirst().orElseThrow();
    }

    @Test
    void eachValueIsTypedByWhatItIs() {
        Finding finding = t10(reporting("12.34, 12.0, 7, $wage, \"06:00\", TransportMode.CAR, InputField.CANDIDATE_HOME, "
                + "$language, $c.limitMinutes()"));

        assertThat(finding.args()).containsExactly(Argument.number("12.3"), Argument.number("12"), Argument.number(7),
                Argument.number("12.50"), Argument.text("06:00"), Argument.value("CAR"), Argument.field("candidate.home"),
                Argument.language("prs"), Argument.number(45)); // a code: CodeLabelsTest, through $r.asCode()
    }

    @Test
    void aNullValueFailsTheRuleNamingItAndThePosition() {
        assertThatThrownBy(() -> reporting("$c.bestMode(), $name").match(CANDIDATE, JOB))
                .isInstanceOf(RuleFailureException.class)
                .satisfies(e -> assertThat(((RuleFailureException) e).ruleId()).isEqualTo("T-10"))
                .rootCause().hasMessage("rule T-10 reports null as argument 1: a finding's text cannot show it");
    }

    @Test
    void aValueNoTextCanShowFailsTheRule() {
        assertThatThrownBy(() -> reporting("$p.getCandidate()").match(CANDIDATE, JOB))
                .isInstanceOf(RuleFailureException.class)
                .rootCause().hasMessageStartingWith("rule T-10 reports a org.threegaps.matcher.model.Candidate as argument 0");
    }
}
