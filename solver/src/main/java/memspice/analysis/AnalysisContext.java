package memspice.analysis;

import java.io.IOException;
import java.util.Map;

import memspice.netlist.Netlist;
import memspice.netlist.NetlistException;
import memspice.output.ResultSink;

/**
 * What an analysis runs against: the netlist, the solver of its base circuit (built lazily), a way
 * to rebuild the circuit with other parameter values, the result sink and the statistics.
 */
public final class AnalysisContext {

    private final Netlist netlist;
    private final ResultSink sink;
    private final RunStatistics stats;
    private CircuitSolver base;
    private CircuitSolver unchecked;
    private java.util.function.DoubleConsumer progress = f -> { };

    public AnalysisContext(Netlist netlist, ResultSink sink, RunStatistics stats) {
        this.netlist = netlist;
        this.sink = sink;
        this.stats = stats;
    }

    public Netlist netlist() {
        return netlist;
    }

    public ResultSink sink() {
        return sink;
    }

    public RunStatistics stats() {
        return stats;
    }

    /** The circuit with the netlist's own parameter values (built and checked on first use). */
    public CircuitSolver base() throws NetlistException {
        if (base == null) {
            base = CircuitSolver.build(netlist, Map.of(), stats, true);
        }
        return base;
    }

    /**
     * The circuit without the DC topology checks, for transients with {@code uic} (a node reached
     * only through capacitors is legitimate there). The checked base is used if already built.
     */
    public CircuitSolver baseWithoutTopologyCheck() throws NetlistException {
        if (base != null) {
            return base;
        }
        if (unchecked == null) {
            unchecked = CircuitSolver.build(netlist, Map.of(), stats, false);
        }
        return unchecked;
    }

    /** Sets the listener told of an analysis's progress (fraction 0..1). */
    public void setProgressListener(java.util.function.DoubleConsumer listener) {
        this.progress = listener;
    }

    /** Reports progress of the running analysis (fraction 0..1). */
    public void progress(double fraction) {
        progress.accept(fraction);
    }

    /** True once the base circuit has been built. */
    public boolean hasBase() {
        return base != null;
    }

    /** A fresh circuit with some top-level parameters replaced. */
    public CircuitSolver withParameters(Map<String, Double> overrides) throws NetlistException {
        return CircuitSolver.build(netlist, overrides, stats, true);
    }

    /** Timed hand-over of a row to the sink. */
    public void emit(double[] row) throws IOException {
        long t0 = System.nanoTime();
        sink.row(row);
        stats.addTime("output", System.nanoTime() - t0);
    }
}
