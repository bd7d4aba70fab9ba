package memspice.netlist;

import java.nio.file.Path;
import java.util.List;

/**
 * A parsed netlist: the top-level definition (elements, parameters, models, subcircuits), the
 * {@code .global} nodes, and the directives that drive analyses and outputs. Nothing is evaluated
 * or instantiated yet; that is the elaborator's job.
 *
 * @param file       the top-level file (for diagnostics and relative paths)
 * @param title      the title line
 * @param top        the top level as an unnamed definition
 * @param globals    global node names, lower case
 * @param directives analysis, output and option directives in order
 * @param warnings   things tolerated while reading
 */
public record Netlist(Path file, String title, SubcircuitDefinition top, List<String> globals,
                      List<Directive> directives, List<Diagnostic> warnings) {

    /** Directives with this name (lower case, without the dot), in order. */
    public List<Directive> directives(String name) {
        return directives.stream().filter(d -> d.name().equals(name)).toList();
    }
}
