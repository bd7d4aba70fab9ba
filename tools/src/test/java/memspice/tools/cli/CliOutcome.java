package memspice.tools.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * What a command line printed and returned, run in this JVM through {@link Main} or the native
 * executable's {@link RunMain}.
 */
record CliOutcome(int status, String out, String err) {

    /** {@code memspice ARGS} through {@link Main#execute}. */
    static CliOutcome main(String... args) {
        return call(false, args);
    }

    /** The same through {@link RunMain#execute} (the native executable's entry point). */
    static CliOutcome runMain(String... args) {
        return call(true, args);
    }

    private static CliOutcome call(boolean runOnly, String... args) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(o, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(e, true, StandardCharsets.UTF_8);
        int s = runOnly ? RunMain.execute(args, out, err) : Main.execute(args, out, err);
        return new CliOutcome(s, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
    }
}
