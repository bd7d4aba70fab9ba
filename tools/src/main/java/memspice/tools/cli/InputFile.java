package memspice.tools.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.commons.cli.CommandLine;

/** The one input file a command such as {@code run} or {@code plot} takes as its positional argument. */
final class InputFile {

    private InputFile() {
    }

    /**
     * The single positional argument as an existing regular file, or null after printing why not
     * (the caller then exits with {@link Main#BAD_INPUT}).
     *
     * @param command the command's name, e.g. "run"
     * @param what    what the file is, e.g. "netlist file"
     */
    static Path single(CommandLine cl, String command, String what, PrintStream err) {
        if (cl.getArgList().size() != 1) {
            err.println("memspice " + command + ": expected exactly one " + what + ", got " + cl.getArgList().size()
                    + " (memspice " + command + " --help)");
            return null;
        }
        Path file = Path.of(cl.getArgList().get(0));
        if (!Files.isRegularFile(file)) {
            err.println(file + ": " + what + " not found");
            return null;
        }
        return file;
    }
}
