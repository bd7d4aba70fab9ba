package memspice.tools.amc;

import java.io.IOException;
import java.nio.file.Path;

import memspice.analysis.RunStatistics;
import memspice.analysis.Simulator;
import memspice.netlist.DeckReader;
import memspice.netlist.Netlist;
import memspice.netlist.NetlistException;
import memspice.netlist.NetlistParser;
import memspice.output.ResultTable;
import memspice.output.TableSink;

/**
 * A generated netlist run in process by the simulator, its result tables kept in memory.
 */
public final class CircuitRun {

    private final TableSink sink = new TableSink();
    private java.util.Map<String, Integer> opColumns;

    private CircuitRun() {
    }

    /**
     * Parses and runs netlist text.
     *
     * @param name name used in diagnostics (e.g. "amc-inverse.cir")
     * @throws NetlistException when the text does not parse (a bug of the generator)
     * @throws IllegalStateException when an analysis fails (its message names the analysis)
     */
    public static CircuitRun run(String name, String text) throws NetlistException {
        CircuitRun r = new CircuitRun();
        Netlist netlist = NetlistParser.parse(Path.of(name), DeckReader.read(name, text));
        Simulator.Report report;
        try {
            report = Simulator.run(netlist, r.sink, new RunStatistics());
        } catch (IOException e) {
            throw new IllegalStateException("in-memory result sink failed: " + e.getMessage(), e);
        }
        if (!report.succeeded()) {
            throw new IllegalStateException("simulation failed: " + report.failures());
        }
        return r;
    }

    /** The first table of an analysis kind ("op", "tran"). */
    public ResultTable table(String kind) {
        ResultTable t = sink.first(kind);
        if (t == null) {
            throw new IllegalStateException("no " + kind + " result");
        }
        return t;
    }

    /** The operating-point value of a column such as {@code v(c1)}. */
    public double op(String column) {
        ResultTable t = table("op");
        if (opColumns == null) {
            opColumns = new java.util.HashMap<>();
            for (int k = 0; k < t.columnCount(); k++) {
                opColumns.put(t.columns().get(k).name(), k);
            }
        }
        Integer k = opColumns.get(column.toLowerCase(java.util.Locale.ROOT));
        if (k == null) {
            throw new IllegalStateException("no column " + column + " in op");
        }
        return t.value(0, k);
    }
}
