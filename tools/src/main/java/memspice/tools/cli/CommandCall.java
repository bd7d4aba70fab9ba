package memspice.tools.cli;

import java.io.PrintStream;

/** Runs one command with the handling every entry point shares (running out of heap). */
final class CommandCall {

    private CommandCall() {
    }

    /** @return the command's exit status, or {@link Main#FAILED} when the heap ran out */
    static int run(Command c, String[] args, PrintStream out, PrintStream err) {
        try {
            return c.run(args, out, err);
        } catch (OutOfMemoryError e) {
            err.println("memspice: out of memory (" + e.getMessage() + "); give the JVM more heap with "
                    + "MEMSPICE_JAVA_OPTS=-Xmx<size>");
            return Main.FAILED;
        }
    }
}
