package memspice.netlist;

/**
 * A warning about the input that does not stop the run, printed as {@code file:line: warning: message}.
 */
public record Diagnostic(SourceLocation location, String message) {
    @Override
    public String toString() {
        return location + ": warning: " + message;
    }
}
