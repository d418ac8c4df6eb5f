package org.threegaps.matcher.json;

import java.nio.charset.StandardCharsets;
import org.threegaps.matcher.engine.RuleSource;
import org.threegaps.matcher.support.TestRules;

/**
 * The test rule set with two essential rules added, so the JSON form can be shown every part of the hard
 * score: T-06 finds an essential gap that the job bridges (BRIDGED) on a "courier" job, T-07 an open one
 * (BLOCKER) on a "night-courier" job; T-07 needs the candidate's transport modes, so a candidate who left them
 * out gets a provisional verdict and a question to ask.
 */
final class EssentialRules {
    private static final String RULES = """
            package org.threegaps.rules.test;

            import org.threegaps.matcher.engine.Pair;

            rule "T-06 a courier job needs a licence, bridged by the grace the job grants"
                @id("T-06") @gap("SKILL") @area("test") @kind("BRIDGED") @reason("test fixture")
                @source("test")
                @levers("GRACE_PERIOD")
            when
                $p : Pair( job.sector == "courier" )
            then
                $p.report(kcontext);
            end

            rule "T-07 a night-courier job needs a car"
                @id("T-07") @gap("ORGANISATION") @area("test") @kind("BLOCKER") @reason("test fixture")
                @source("test")
                @levers("TRANSPORT_ARRANGEMENT")
                @needs("candidate.transportModes")
            when
                $p : Pair( job.sector == "night-courier" )
            then
                $p.report(kcontext);
            end
            """;

    private EssentialRules() {
    }

    /** @return the test rule set with T-06 and T-07 */
    static RuleSource source() {
        RuleSource base = TestRules.source();
        return base.with("essential.drl", RULES)
                .with(RuleSource.PARAMETERS, text(base, RuleSource.PARAMETERS) + "T-06.points = 4\n")
                .with("messages_en.properties", text(base, "messages_en.properties")
                        + "T-06=The job needs a licence; the job grants time to obtain it.\n"
                        + "T-07=The night rounds need a car.\n")
                .with("messages_nl.properties", text(base, "messages_nl.properties")
                        + "T-06=De job vraagt een vergunning; de job geeft tijd om die te halen.\n"
                        + "T-07=De nachtrondes vragen een auto.\n");
    }

    private static String text(RuleSource source, String name) {
        String text = new String(source.bytes(name), StandardCharsets.UTF_8);
        return text.endsWith("\n") ? text : text + "\n";
    }
}
