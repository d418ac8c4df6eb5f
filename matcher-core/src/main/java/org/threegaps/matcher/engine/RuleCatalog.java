package org.threegaps.matcher.engine;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The rules of one compiled rule base, by DRL name and by id. */
public final class RuleCatalog {
    /**
     * A rule and its place in the order findings are listed in: kind, gap, id (see {@link Scorer#ORDER}).
     *
     * @param perRoster true when the rule reads a roster ({@code RosterFit}): what it finds holds for that roster only
     */
    record Listed(RuleInfo rule, int rank, boolean perRoster) {
    }

    private final Map<String, Listed> byName;
    private final List<RuleInfo> rules;
    /** By rank: whether the rule reads a roster. */
    private final boolean[] perRosterByRank;

    /**
     * @param rules      the rules
     * @param perRoster  the ids of the rules that read a roster
     */
    RuleCatalog(List<RuleInfo> rules, java.util.Set<String> perRoster) {
        this.rules = rules.stream().sorted(Comparator.comparing(RuleInfo::id)).toList();
        List<RuleInfo> listed = rules.stream().sorted(Comparator.comparing((RuleInfo r) -> r.kind().ordinal())
                .thenComparing(r -> r.gap().ordinal()).thenComparing(RuleInfo::id)).toList();
        Map<String, Listed> names = new HashMap<>();
        for (int rank = 0; rank < listed.size(); rank++) {
            names.put(listed.get(rank).name(), new Listed(listed.get(rank), rank, perRoster.contains(listed.get(rank).id())));
        }
        this.byName = Map.copyOf(names);
        this.perRosterByRank = new boolean[listed.size()];
        for (int rank = 0; rank < listed.size(); rank++) {
            perRosterByRank[rank] = perRoster.contains(listed.get(rank).id());
        }
    }

    /** @return whether the rule of this rank ({@link Listed#rank()}) reads a roster: its findings hold for that roster only */
    boolean perRoster(int rank) {
        return perRosterByRank[rank];
    }

    RuleInfo byName(String name) {
        return listed(name).rule();
    }

    /** @return the rule with this DRL name and its rank among the findings; every fired rule has one */
    Listed listed(String name) {
        Listed listed = byName.get(name);
        if (listed == null) {
            throw new IllegalStateException("rule \"" + name + "\" fired but is not in the catalogue");
        }
        return listed;
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
