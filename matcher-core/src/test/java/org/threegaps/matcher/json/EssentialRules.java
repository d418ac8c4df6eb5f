package org.threegaps.matcher.json;

import java.nio.charset.StandardCharsets;
import org.threegaps.matcher.RuleSource;
import org.threegaps.matcher.support.TestRules;

/**
 * The test rule set with two essential rules added, so the JSON form can be shown every part of the hard
 * score: T-08 finds an essential gap that the job bridges (BRIDGED) on a "parcel-courier" job, T-09 an open one
 * (BLOCKER) on a "night-parcels" job; T-09 needs the candidate's transport modes, so a candidate who left them
 * out gets a provisional verdict and a question to ask.
 */
final class EssentialRules {
    private static final String RULES = """
            package org.threegaps.rules.test;

            import org.threegaps.matcher.features.Pair;

            rule "T-08 a courier job needs a licence, bridged by the grace the job grants"
                @id("T-08") @gap("SKILL") @area("test") @kind("BRIDGED") @reason("test fixture")
                @source("test")
                @levers("GRACE_PERIOD")
            when
                $p : Pair( job.sector == "parcel-courier" )
            then
                $p.report(kcontext);
            end

            rule "T-09 a night-courier job needs a car"
                @id("T-09") @gap("ORGANISATION") @area("test") @kind("BLOCKER") @reason("test fixture")
                @source("test")
                @levers("TRANSPORT_ARRANGEMENT")
                @needs("candidate.transportModes")
            when
                $p : Pair( job.sector == "night-parcels" )
            then
                $p.report(kcontext);
            end
            """;

    private EssentialRules() {
    }

    /** @return the test rule set with T-08 and T-09 */
    static RuleSource source() {
        RuleSource base = TestRules.source();
        return base.with("essential.drl", RULES)
                .with(RuleSource.PARAMETERS, text(base, RuleSource.PARAMETERS) + "T-08.points = 4\n")
                .with("messages_en.properties", text(base, "messages_en.properties")
                        + "T-08=The job needs a licence; the job grants time to obtain it.\n"
                        + "T-09=The night rounds need a car.\n")
                .with("messages_nl.properties", text(base, "messages_nl.properties")
                        + "T-08=De job vraagt een vergunning; de job geeft tijd om die te halen.\n"
                        + "T-09=De nachtrondes vragen een auto.\n");
    }

    private static String text(RuleSource source, String name) {
        String text = new String(source.bytes(name), StandardCharsets.UTF_8);
        return text.endsWith("\n") ? text : text + "\n";
    }
}
