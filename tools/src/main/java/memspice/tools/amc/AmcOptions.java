package memspice.tools.amc;

import java.io.PrintStream;
import java.io.PrintWriter;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.DefaultParser;
import org.apache.commons.cli.HelpFormatter;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.commons.cli.ParseException;

import memspice.expr.SpiceNumber;

/** The command-line plumbing the {@code amc} subcommands share: options, parsing, help, numbers. */
final class AmcOptions {

    private AmcOptions() {
    }

    /** A long option with one argument. */
    static Option opt(String name, String arg, String desc) {
        return Option.builder().longOpt(name).hasArg().argName(arg).desc(desc).get();
    }

    /**
     * Parses the arguments; prints the help and returns null for {@code --help}.
     *
     * @throws IllegalArgumentException for a stray positional argument
     */
    static CommandLine parse(String[] args, Options options, String usage, PrintStream out) throws ParseException {
        CommandLine cl = new DefaultParser().parse(options, args);
        if (cl.hasOption("help")) {
            new HelpFormatter().printHelp(new PrintWriter(out, true), 100, usage, null, options, 2, 2, null);
            return null;
        }
        if (!cl.getArgList().isEmpty()) {
            throw new IllegalArgumentException("unexpected argument '" + cl.getArgList().get(0) + "'");
        }
        return cl;
    }

    /**
     * An option's value as a SPICE number (suffixes allowed), or def when absent.
     *
     * @throws IllegalArgumentException naming the option when the value is not a number
     */
    static double number(CommandLine cl, String name, String def) {
        return number(name, cl.getOptionValue(name, def));
    }

    /**
     * One value of option {@code name} as a SPICE number (surrounding blanks ignored).
     *
     * @throws IllegalArgumentException naming the option when the value is not a number
     */
    static double number(String name, String text) {
        String s = text.strip();
        try {
            return SpiceNumber.parse(s);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("--" + name + ": '" + s + "' is not a number");
        }
    }
}
