package org.threegaps.matcher.advisor;

import java.util.List;
import java.util.Locale;
import org.threegaps.matcher.result.Finding;
import org.threegaps.matcher.result.Lever;

/**
 * An employer-side lever a firing blocker or penalty names, for which the job declares no redesign
 * option. The advisor does not invent the option; it tells the case worker to ask about it.
 *
 * @param lever    the lever
 * @param findings the blockers and penalties that name it
 */
public record AskEmployer(Lever lever, List<Finding> findings) {
    /**
     * @param lever    the lever
     * @param findings the blockers and penalties that name it
     * @throws NullPointerException when {@code findings} is null or holds null
     */
    public AskEmployer {
        findings = List.copyOf(findings);
    }

    /**
     * @param locale the language of the text: Dutch ("nl") or English ("en")
     * @return "ask the employer about …", naming the rules it would lift
     */
    public String describe(Locale locale) {
        Texts t = Texts.of(locale);
        return t.format("askEmployer", t.lever(lever), String.join(", ", findings.stream().map(Finding::ruleId).toList()));
    }
}
