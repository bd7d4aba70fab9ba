package memspice.tools.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * The {@code memspice} command: dispatches to subcommands. Exit codes: 0 success, 1 bad input or
 * usage, 2 failed simulation.
 */
public final class Main {

    /** Exit status for success. */
    public static final int OK = 0;
    /** Exit status for bad input (netlist errors, usage errors). */
    public static final int BAD_INPUT = 1;
    /** Exit status for a simulation that failed. */
    public static final int FAILED = 2;

    private static final Map<String, Command> COMMANDS = new TreeMap<>(Map.of(
            "run", new RunCommand(),
            "crossbar", new CrossbarCommand(),
            "bench", new memspice.tools.bench.BenchCommand(),
            "irdrop", new IrDropCommand(),
            "plot", new PlotCommand(),
            "validate", new ValidateCommand(),
            "amc", new memspice.tools.amc.AmcCommand()));

    private Main() {
    }

    public static void main(String[] args) {
        int status = execute(args, System.out, System.err);
        System.out.flush();
        System.exit(status);
    }

    /**
     * Runs a command line.
     *
     * @return the exit status
     */
    public static int execute(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0 || args[0].equals("-h") || args[0].equals("--help") || args[0].equals("help")) {
            usage(args.length == 0 ? err : out);
            return args.length == 0 ? BAD_INPUT : OK;
        }
        if (args[0].equals("--version")) {
            out.println("memspice " + version());
            return OK;
        }
        Command c = COMMANDS.get(args[0]);
        if (c == null) {
            err.println("memspice: unknown command '" + args[0] + "'");
            usage(err);
            return BAD_INPUT;
        }
        return CommandCall.run(c, Arrays.copyOfRange(args, 1, args.length), out, err);
    }

    private static void usage(PrintStream s) {
        s.println("usage: memspice <command> [options]");
        s.println("commands:");
        for (Map.Entry<String, Command> e : COMMANDS.entrySet()) {
            s.printf("  %-10s %s%n", e.getKey(), e.getValue().summary());
        }
        s.println("  memspice <command> --help   for the options of a command");
    }

    static String version() {
        String v = Main.class.getPackage().getImplementationVersion();
        return v == null ? "0.1.0-SNAPSHOT" : v;
    }
}
