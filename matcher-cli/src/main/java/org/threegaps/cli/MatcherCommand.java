package org.threegaps.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.List;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The {@code matcher} command: tools for policy analysts who write and change the rules. */
@Command(name = "matcher", mixinStandardHelpOptions = true, versionProvider = MatcherCommand.Version.class,
        description = {"Tools for policy analysts: check rule files, run scenarios, explain and rank matches, "
                + "list the rules and see what a rule or parameter change does."},
        subcommands = {VerifyCommand.class, MatchCommand.class, ReplayCommand.class, RankCommand.class, BatchCommand.class, AdviseCommand.class, ReportCommand.class, FairnessCommand.class, TestCommand.class, ImpactCommand.class, RulesCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:all good", "1:something to fix: rule errors, failed scenarios, bad input", "2:wrong usage"})
final class MatcherCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "name a command: verify, test, match, replay, rank, rules or impact");
    }

    /** @return the command line with its subcommands, writing to {@code out} and {@code err} */
    static CommandLine create(PrintWriter out, PrintWriter err) {
        CommandLine line = new CommandLine(new MatcherCommand());
        line.setOut(out);
        line.setErr(err);
        line.setExecutionExceptionHandler(new Failures());
        line.setCaseInsensitiveEnumValuesAllowed(true);
        line.setExecutionStrategy(parsed -> {
            int code = new CommandLine.RunLast().execute(parsed);
            List<CommandLine> commands = parsed.asCommandLineList();
            if (commands.get(commands.size() - 1).getCommand() instanceof BaseCommand command) {
                command.warnUnlabelledCodes();
            }
            return code;
        });
        return line;
    }

    /** The library version, from matcher-core. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            Properties properties = new Properties();
            try (InputStream in = MatcherCommand.class.getResourceAsStream("/org/threegaps/matcher/version.properties")) {
                if (in != null) {
                    properties.load(in);
                }
            }
            return new String[] {"threegaps matcher " + properties.getProperty("version", "(unknown version)")};
        }
    }
}
