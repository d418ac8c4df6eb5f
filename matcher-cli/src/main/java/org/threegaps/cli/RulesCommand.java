package org.threegaps.cli;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.threegaps.matcher.engine.RuleBase;
import org.threegaps.matcher.engine.RuleInfo;
import org.threegaps.matcher.i18n.Messages;
import org.threegaps.matcher.json.Json;
import org.threegaps.matcher.policy.PolicyKeys;
import org.threegaps.matcher.result.Lever;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code matcher rules}: the rule catalogue, generated from the rule files' metadata and parameters, as a
 * terminal table, a Markdown page or JSON.
 */
@Command(name = "rules", mixinStandardHelpOptions = true,
        description = {"List the rules of a rule set: id, gap, area, kind, points, the parameters each reads "
                + "(with their values), levers and source, generated from the rule files themselves."})
final class RulesCommand extends BaseCommand {
    /** Output formats. */
    enum Format { table, md, json }

    @Mixin
    RuleOptions rules;

    @Mixin
    LanguageOption language;

    @Option(names = "--format", paramLabel = "table|md|json", defaultValue = "table",
            description = "table (default), md (a Markdown catalogue page) or json")
    Format format = Format.table;

    @Option(names = "--area", paramLabel = "<area>", description = "only the rules of this area, e.g. mobility")
    String area;

    @Override
    public Integer call() {
        Texts texts = language.texts();
        RuleBase base = Rules.compile(rules.source(texts), texts);
        List<RuleInfo> selected = base.catalog().rules().stream()
                .filter(r -> area == null || r.area().equalsIgnoreCase(area)).toList();
        switch (format) {
            case table -> table(base, selected, texts);
            case md -> markdown(base, selected, texts);
            case json -> out().println(Json.write(selected.stream().map(r -> entry(base, r)).toList()));
            default -> throw new IllegalStateException("format " + format);
        }
        return ExitCodes.OK;
    }

    private void table(RuleBase base, List<RuleInfo> selected, Texts texts) {
        int all = base.catalog().rules().size();
        out().println(area == null
                ? texts.get("rules.heading", Rules.describe(base.source(), texts), all, base.fingerprint())
                : texts.get("rules.headingArea", Rules.describe(base.source(), texts), selected.size(), all, area,
                        base.fingerprint()));
        Table table = new Table(texts.get("rules.col.id"), texts.get("rules.col.gap"), texts.get("rules.col.area"),
                texts.get("rules.col.kind"), ">" + texts.get("rules.col.points"), texts.get("rules.col.rule"));
        for (RuleInfo r : selected) {
            table.row(r.id(), r.gap(), r.area(), r.kind(), points(r), r.description());
        }
        table.print(out(), "");
        out().println();
        for (RuleInfo r : selected) {
            out().println(r.id() + "  " + r.file() + ":" + r.line());
            if (!r.parameters().isEmpty()) {
                out().println("    " + texts.get("rules.parameters", parameters(base, r)));
            }
            if (!r.levers().isEmpty()) {
                out().println("    " + texts.get("rules.levers", String.join(", ", r.levers().stream().map(Lever::name).toList())));
            }
            out().println("    " + texts.get("rules.source", r.source()));
            out().println("    " + texts.get("rules.text", base.messages().text(r.id(), texts.locale())));
        }
        if (area == null) {
            out().println();
            out().println(texts.get("rules.matcherParameters"));
            PolicyKeys.ALL.forEach(key -> out().println("    " + key + "=" + base.policy().values().get(key)));
        }
    }

    private void markdown(RuleBase base, List<RuleInfo> selected, Texts texts) {
        Locale locale = texts.locale();
        out().println("# " + texts.get("rules.md.title"));
        out().println();
        out().println(texts.get("rules.md.generated", Rules.describe(base.source(), texts), base.fingerprint()));
        String currentArea = null;
        for (RuleInfo r : selected.stream().sorted(Comparator.comparing(RuleInfo::area)
                .thenComparing(RuleInfo::id)).toList()) {
            if (!r.area().equals(currentArea)) {
                currentArea = r.area();
                out().println();
                out().println("## " + currentArea + " (`" + r.file() + "`)");
                out().println();
                out().println("| " + String.join(" | ", texts.get("rules.col.id"), texts.get("rules.col.rule"),
                        texts.get("rules.col.gap"), texts.get("rules.col.kind"), texts.get("rules.col.points"),
                        texts.get("rules.col.parameters"), texts.get("rules.col.levers"), texts.get("rules.col.text"),
                        texts.get("rules.col.source")) + " |");
                out().println("|---|---|---|---|--:|---|---|---|---|");
            }
            out().println("| " + String.join(" | ", r.id(), cell(r.description()), r.gap().name(), r.kind().name(),
                    points(r), cell(parameters(base, r)),
                    cell(String.join(", ", r.levers().stream().map(l -> base.messages().text("lever." + l.name(), locale)).toList())),
                    cell(base.messages().text(r.id(), locale)), cell(r.source())) + " |");
        }
        if (area == null) {
            out().println();
            out().println("## " + texts.get("rules.md.matcherParameters"));
            out().println();
            out().println(texts.get("rules.matcherParameters"));
            out().println();
            PolicyKeys.ALL.forEach(key -> out().println("- `" + key + " = " + base.policy().values().get(key) + "`"));
        }
    }

    private static Map<String, Object> entry(RuleBase base, RuleInfo r) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("id", r.id());
        entry.put("name", r.name());
        entry.put("description", r.description());
        entry.put("gap", r.gap());
        entry.put("area", r.area());
        entry.put("kind", r.kind());
        entry.put("points", r.points());
        Map<String, String> parameters = new LinkedHashMap<>();
        r.parameters().forEach(p -> parameters.put(p, base.policy().values().get(p)));
        entry.put("parameters", parameters);
        entry.put("levers", r.levers());
        entry.put("source", r.source());
        entry.put("file", r.file());
        entry.put("line", r.line());
        Map<String, String> text = new LinkedHashMap<>();
        Messages.LOCALES.forEach(l -> text.put(l.getLanguage(), base.messages().text(r.id(), l)));
        entry.put("text", text);
        return entry;
    }

    private static String points(RuleInfo r) {
        return switch (r.kind()) {
            case PENALTY, BRIDGED -> "-" + r.points();
            case BONUS -> "+" + r.points();
            default -> "";
        };
    }

    private static String parameters(RuleBase base, RuleInfo r) {
        return String.join(", ", r.parameters().stream().map(p -> p + "=" + base.policy().values().get(p)).toList());
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
