package org.threegaps.matcher.advisor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.threegaps.matcher.advisor.AdvisorFixtures.MATCHER;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.threegaps.matcher.internal.AdviceView;
import org.threegaps.matcher.json.Json;
import org.threegaps.matcher.result.Advice;
import org.threegaps.matcher.result.Advice.CandidateAdvice;
import org.threegaps.matcher.result.Advice.JobAdvice;
import org.threegaps.matcher.model.Cefr;
import org.threegaps.matcher.model.Job;

class AdviceViewTest {
    @Test
    void pairAdviceWritesAsJsonWithVerdictsScoresAndTexts() throws Exception {
        Advice advice = MATCHER.advise(AdvisorFixtures.candidate("c-newcomer", Cefr.A2).build(), AdvisorFixtures.tillStaysCashier().build());

        JsonNode json = Json.mapper().readTree(Json.write(AdviceView.of(advice, MATCHER.texts(), Locale.ENGLISH)));

        JsonNode best = json.get("redesigns").get(0);
        assertThat(best.get("ids").asText()).isEqualTo("defer-register");
        assertThat(best.get("verdictBefore").asText()).isEqualTo("AFTER_REDESIGN");
        assertThat(best.get("verdictAfter").asText()).isEqualTo("MATCH");
        assertThat(best.get("gapsAfter").get("SKILL").asInt()).isEqualTo(advice.redesigns().get(0).after().score(org.threegaps.matcher.result.Gap.SKILL));
        assertThat(best.get("closes").findValuesAsText("ruleId")).containsExactly("LX-01");
        assertThat(best.get("changes").get(0).get("side").asText()).isEqualTo("EMPLOYER");
        assertThat(json.get("development").get(0).get("weeks").asInt()).isEqualTo(26);
    }

    @Test
    void jobAndCandidateAdviceWriteAsJson() throws Exception {
        Job cashier = AdvisorFixtures.cashier().build();
        JobAdvice forJob = MATCHER.adviseJob(cashier, List.of(AdvisorFixtures.candidate("a2", Cefr.A2).build()));
        CandidateAdvice forPerson = MATCHER.adviseCandidate(AdvisorFixtures.candidate("a2", Cefr.A2).build(), List.of(cashier));

        JsonNode job = Json.mapper().readTree(Json.write(AdviceView.of(forJob, cashier, MATCHER.texts(), Locale.ENGLISH)));
        JsonNode person = Json.mapper().readTree(Json.write(AdviceView.of(forPerson, MATCHER.texts(), Locale.ENGLISH)));

        assertThat(job.get("options").get(0).get("unlocked").get(0).asText()).isEqualTo("a2");
        assertThat(person.get("steps").get(0).get("id").asText()).isEqualTo("dutch-B1");
    }
}
