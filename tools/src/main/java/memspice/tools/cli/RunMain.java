package memspice.tools.cli;

import java.io.PrintStream;
import java.util.Arrays;

/**
 * The entry point of the native executable (native/build-native.sh): {@code memspice run} only.
 * It names only {@link RunCommand}, so the image holds the simulator and its outputs but not the
 * other commands (bench, plots, crossbar and matrix-computing studies, validation), which makes the
 * executable smaller and quicker to start. The launcher {@code ./memspice} sends every other command
 * to the JVM. Exit codes are those of {@link Main}.
 */
public final class RunMain {

    private RunMain() {
    }

    public static void main(String[] args) {
        int status = execute(args, System.out, System.err);
        System.out.flush();
        System.exit(status);
    }

    static int execute(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0 || !args[0].equals("run")) {
            err.println("memspice (native executable): only 'memspice run NETLIST [options]' runs here; "
                    + "use ./memspice for " + (args.length == 0 ? "the other commands" : "'" + args[0] + "'"));
            return Main.BAD_INPUT;
        }
        return CommandCall.run(new RunCommand(), Arrays.copyOfRange(args, 1, args.length), out, err);
    }
}
