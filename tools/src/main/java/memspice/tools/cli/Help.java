package memspice.tools.cli;

import java.io.PrintStream;

import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

/** Prints a command's usage line and options. */
final class Help {

    private Help() {
    }

    static void print(PrintStream out, String usage, Options options) {
        out.println("usage: " + usage);
        for (Option o : options.getOptions()) {
            StringBuilder flag = new StringBuilder("  ");
            if (o.getOpt() != null) {
                flag.append('-').append(o.getOpt());
                if (o.getLongOpt() != null) {
                    flag.append(", ");
                }
            }
            if (o.getLongOpt() != null) {
                flag.append("--").append(o.getLongOpt());
            }
            if (o.hasArg()) {
                flag.append(' ').append(o.getArgName() == null ? "ARG" : o.getArgName());
            }
            out.printf("%-26s %s%n", flag, o.getDescription());
        }
    }
}
