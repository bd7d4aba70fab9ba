package memspice.tools.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import memspice.analysis.measure.MeasureResult;
import memspice.analysis.measure.Measures;

/**
 * Prints the {@code .measure} results after a run, as ngspice does: a heading, then one
 * {@code name = value} line per measurement ({@code name = failed} when it could not be evaluated,
 * with the reason on stderr as {@code file:line: .measure NAME failed: reason}); with an output
 * directory also writes {@code DIR/measures.csv}. Measurements print even with --quiet: they are the
 * few numbers the netlist asked for.
 */
final class MeasureOutput {

    private MeasureOutput() {
    }

    /**
     * @param dir the --csv directory, or null
     * @throws IOException when the file cannot be written
     */
    static void report(List<MeasureResult> results, PrintStream out, PrintStream err, Path dir) throws IOException {
        if (results.isEmpty()) {
            return;
        }
        out.println();
        out.println("Measurements for Transient Analysis");
        out.println();
        for (MeasureResult r : results) {
            out.println(r.line());
        }
        for (MeasureResult r : results) {
            if (!r.succeeded()) {
                err.println(r.location() + ": .measure " + r.name() + " failed: " + r.failure());
            }
        }
        if (dir != null) {
            Measures.writeCsv(dir, results);
        }
    }
}
