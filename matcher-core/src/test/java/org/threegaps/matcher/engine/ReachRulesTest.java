package org.threegaps.matcher.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.drools.drl.ast.descr.PackageDescr;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A rule decides an out-of-reach pair on its job alone only when its conditions read nothing of the pair but the job,
 * what the job offers and {@code commute.outOfReach}: one pair per job then stands for all of them. Anything else
 * leaves it out, so a wrong "yes" is impossible and a wrong "no" only costs speed.
 */
class ReachRulesTest {
    private static boolean decides(String when) {
        PackageDescr pkg = ParsedRules.parse("""
                package t;
                import org.threegaps.matcher.features.Pair;
                import org.threegaps.matcher.model.*;
                global org.threegaps.matcher.features.Policy policy;
                rule "T-01 a rule"
                when
                %s
                then
                    $p.report(kcontext);
                end
                """.formatted(when));
        return ReachRules.decidedByJobAndReach(pkg.getRules().get(0));
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " => ", value = {
            "$p : Pair( commute.outOfReach, !job.supports.offers(Support.TRANSPORT_ARRANGEMENT), $c : commute ) => true",
            "$p : Pair( commute.outOfReach ) => true",
            "$p : Pair( !commute.outOfReach, job.hoursMin > policy.integer(\"x\") ) => true",
            "$p : Pair( commute.outOfReach || offered.contact != null ) => true",
            "$p : Pair( commute.outOfReach, job.sector == \"care\" ) => true",
            // reads nothing of the reach: not a rule about out-of-reach pairs
            "$p : Pair( !job.supports.offers(Support.TRANSPORT_ARRANGEMENT) ) => false",
            // reads the candidate's side beyond the reach
            "$p : Pair( commute.outOfReach, commute.bestMinutes > 90 ) => false",
            "$p : Pair( commute.outOfReach, candidate.nightWork == false ) => false",
            "$p : Pair( commute.outOfReach, intensiveOnboarding ) => false",
            "$p : Pair( commute.outOfReach, reachable() ) => false",
            "$p : Pair( commute.outOfReach, $c : commute, $c.bestMinutes > 90 ) => false",
            "$p : Pair( commute.outOfReach, features.commute.outOfReach ) => false",
            "$p : Pair( commute.outOfReach, this != null ) => false",
            // a binding for the report of a fact the bound is not found with
            "$p : Pair( commute.outOfReach, $d : dutch ) => false",
            "$p : Pair( commute.outOfReach, $h : candidate.home ) => false",
            "$p : Pair( commute.outOfReach, $w : job.hourlyWage, $o : offered.contact ) => true",
            // more than the pair's own pattern
            "$p : Pair( commute.outOfReach ) exists RequirementFit( pair == $p ) => false",
            "$r : RequirementFit( $p : pair, pair.commute.outOfReach ) => false",
    })
    void readsOnlyTheJobAndTheReach(String when, boolean expected) {
        assertThat(decides(when)).as(when).isEqualTo(expected);
    }
}
