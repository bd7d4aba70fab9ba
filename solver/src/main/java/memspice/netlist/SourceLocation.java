package memspice.netlist;

import java.nio.file.Path;

/**
 * Where a card came from: the file and the 1-based line number of its first physical line.
 * Printed as {@code file:line}, the prefix of every user-facing diagnostic.
 */
public record SourceLocation(Path file, int line) {

    /** A location for things that have no line, such as command-line options. */
    public static SourceLocation none(String what) {
        return new SourceLocation(Path.of(what), 0);
    }

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line : file.toString();
    }
}
