package org.threegaps.matcher;

import java.util.List;
import java.util.stream.Collectors;
import org.threegaps.matcher.i18n.Placeholders;

/** A rule set that cannot be used, with every located problem found. */
public final class RuleSetException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<RuleProblem> problems;

    /**
     * @param origin where the rule set came from
     * @param problems every located problem
     */
    public RuleSetException(String origin, List<RuleProblem> problems) {
        super(Placeholders.fill("rule set {0} has {1} {1|error|errors}:\n",
                List.of(String.valueOf(origin), problems.stream().filter(RuleProblem::isError).count()), String::valueOf)
                + problems.stream().map(RuleProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    /** @return every problem, errors and warnings, in file and line order */
    public List<RuleProblem> problems() {
        return problems;
    }
}
