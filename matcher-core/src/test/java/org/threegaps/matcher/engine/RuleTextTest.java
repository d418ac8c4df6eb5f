package org.threegaps.matcher.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A rule's attributes, conditions and consequence, read past comments, strings and layout. */
class RuleTextTest {
    private static final String SHIPPED = """
            rule "MO-09 none of the candidate's own ways of travelling reaches the workplace"
                @id("MO-09") @gap("ORGANISATION") @area("mobility") @kind("BLOCKER")
                @source("004:L856-859 (then, when)")
                @levers("TRANSPORT_ARRANGEMENT DRIVING_LICENCE")
            when
                $p : Pair( commute.known, commute.bestMode == null,
                           !job.supports.offers(Support.TRANSPORT_ARRANGEMENT) )
            then
                $p.report(kcontext, $p.getCommute().km());
            end
            """;

    @Test
    void splitsARuleAtItsKeywordsAndFoldsTheLayout() {
        RuleText text = RuleText.of(SHIPPED);

        assertThat(text.attributes()).isEmpty();
        assertThat(text.conditions()).isEqualTo("$p:Pair(commute.known,commute.bestMode==null,"
                + "!job.supports.offers(Support.TRANSPORT_ARRANGEMENT))");
        assertThat(text.consequence()).isEqualTo("$p.report(kcontext,$p.getCommute().km());");
    }

    @Test
    void layoutAndCommentsDoNotCount() {
        String relaid = """
                rule "MO-09 none of the candidate's own ways of travelling reaches the workplace" @id("MO-09")
                    // when no mode reaches: then it is blocked
                    @levers("TRANSPORT_ARRANGEMENT") when $p:Pair(commute.known,   /* then
                    the mode */ commute.bestMode==null, !job.supports.offers( Support.TRANSPORT_ARRANGEMENT ))
                then $p.report( kcontext, $p.getCommute().km() ); end
                """;

        assertThat(RuleText.of(relaid)).isEqualTo(RuleText.of(SHIPPED));
    }

    @Test
    void attributesAndExtendsAreKeptApartFromTheMetadata() {
        RuleText text = RuleText.of(SHIPPED.replace("rule \"MO-09 none of the candidate's own ways of travelling reaches the workplace\"",
                "rule \"MO-09 x\" extends \"MO-00 base\"").replace("when\n", "    enabled false\n    agenda-group \"mobility\"\nwhen\n"));

        assertThat(text.attributes()).isEqualTo("extends\"MO-00 base\"enabled false agenda-group\"mobility\"");
        assertThat(text.conditions()).startsWith("$p:Pair(commute.known,");
    }

    @Test
    void keywordsAndCommentMarksInsideStringsAreText() {
        RuleText text = RuleText.of("""
                rule "X-01 when the job says then"
                    @id("X-01") @source("http://example.org/when")
                when
                    $p : Pair( job.sector != "then // not a comment", job.title != "end" )
                then
                    $p.report(kcontext, "when");
                end
                """);

        assertThat(text.conditions()).isEqualTo("$p:Pair(job.sector!=\"then // not a comment\",job.title!=\"end\")");
        assertThat(text.consequence()).isEqualTo("$p.report(kcontext,\"when\");");
    }

    @Test
    void aRuleWithoutWhenHasNoParts() {
        assertThat(RuleText.of("rule \"X-02 broken\"\nthen\nend\n")).isEqualTo(new RuleText("", "", ""));
    }
}
