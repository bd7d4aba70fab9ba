package memspice.tools.cli;

import java.io.PrintStream;

/** A subcommand of the memspice CLI. */
public interface Command {

    /** One line for the command list. */
    String summary();

    /**
     * @param args arguments after the command name
     * @return exit status ({@link Main#OK}, {@link Main#BAD_INPUT}, {@link Main#FAILED})
     */
    int run(String[] args, PrintStream out, PrintStream err);
}
