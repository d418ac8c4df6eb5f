package org.threegaps.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.threegaps.matcher.Matcher;
import org.threegaps.matcher.RuleSource;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code --rules <dir>} and {@code --set key=value}: which rule set a command runs on. */
final class RuleOptions {
    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    @Option(names = "--rules", paramLabel = "<dir>",
            description = "rules directory: .drl files, policy.properties, messages_nl/en.properties, vocabulary.properties "
                    + "(default: the rule set bundled with matcher)")
    Path directory;

    @Option(names = "--set", paramLabel = "<key=value>",
            description = "change a parameter for this run only, e.g. --set commute.default.maxMinutes=75 (repeatable)")
    Map<String, String> overrides = new LinkedHashMap<>();

    /** @return the rule files with the overrides applied */
    RuleSource source(Texts texts) {
        RuleSource base = directory == null ? RuleSource.defaults() : Rules.read(directory, texts);
        return ParameterOverrides.apply(base, overrides, texts);
    }

    /**
     * @return a matcher on the rule files with the overrides applied; the command warns after its run about
     *         the codes the matcher's texts showed without a label
     */
    Matcher matcher(Texts texts) {
        Matcher matcher = Rules.matcher(source(texts), texts);
        return command.userObject() instanceof BaseCommand explaining ? explaining.explaining(matcher, texts) : matcher;
    }
}
