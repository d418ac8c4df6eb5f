package org.threegaps.matcher.engine;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The rules of one compiled rule base, by DRL name and by id. */
public final class RuleCatalog {
    private final Map<String, RuleInfo> byName;
    private final List<RuleInfo> rules;

    RuleCatalog(List<RuleInfo> rules) {
        this.rules = rules.stream().sorted(Comparator.comparing(RuleInfo::id)).toList();
        this.byName = rules.stream().collect(Collectors.toUnmodifiableMap(RuleInfo::name, Function.identity()));
    }

    RuleInfo byName(String name) {
        RuleInfo info = byName.get(name);
        if (info == null) {
            throw new IllegalStateException("rule \"" + name + "\" fired but is not in the catalogue");
        }
        return info;
    }

    /** @return every rule, sorted by id */
    public List<RuleInfo> rules() {
        return rules;
    }

    /**
     * @param id a rule id, such as "MO-02"
     * @return the rule with this id, if any
     */
    public java.util.Optional<RuleInfo> byId(String id) {
        return rules.stream().filter(r -> r.id().equals(id)).findFirst();
    }
}
