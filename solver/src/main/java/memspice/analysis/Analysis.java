package memspice.analysis;

import java.io.IOException;

import memspice.netlist.NetlistException;

/**
 * One analysis of a netlist ({@code .op}, {@code .dc}, ...), streaming its rows to the context's sink.
 */
public interface Analysis {

    /** Short name: op, dc, tran, ac. */
    String kind();

    /**
     * Runs the analysis.
     *
     * @throws NetlistException     for input errors found while running (bad sweep target, ...)
     * @throws SimulationException  when the simulation fails; rows produced before stay in the sink
     * @throws IOException          when writing results fails
     */
    void run(AnalysisContext ctx) throws NetlistException, SimulationException, IOException;
}
