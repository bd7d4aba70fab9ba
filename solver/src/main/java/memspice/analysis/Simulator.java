package memspice.analysis;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import memspice.netlist.Deck;
import memspice.netlist.DeckReader;
import memspice.netlist.Diagnostic;
import memspice.netlist.Directive;
import memspice.netlist.Netlist;
import memspice.netlist.NetlistException;
import memspice.netlist.NetlistParser;
import memspice.output.ResultSink;

/**
 * Runs every analysis of a netlist in order and streams results to a sink. Input errors stop the
 * run ({@link NetlistException}); a failed analysis is recorded and the next one still runs.
 */
public final class Simulator {

    /**
     * The outcome of a run: warnings, the failures of analyses that did not complete, and the
     * results of the {@code .measure tran} cards (a failed measurement is no failed run).
     */
    public record Report(List<Diagnostic> warnings, List<SimulationException> failures,
                         List<memspice.analysis.measure.MeasureResult> measures) {
        public boolean succeeded() {
            return failures.isEmpty();
        }
    }

    private Simulator() {
    }

    /**
     * Reads and parses a netlist file, timing it under "parse".
     *
     * @throws NetlistException for any error in the file or its includes
     */
    public static Netlist read(Path file, RunStatistics stats) throws NetlistException {
        long t0 = System.nanoTime();
        Deck deck = DeckReader.read(file);
        Netlist n = NetlistParser.parse(file, deck);
        stats.addTime("parse", System.nanoTime() - t0);
        return n;
    }

    /** The analyses a netlist asks for, in order. */
    public static List<Analysis> analyses(Netlist netlist) throws NetlistException {
        List<Analysis> out = new ArrayList<>();
        for (Directive d : netlist.directives()) {
            switch (d.name()) {
                case "op" -> out.add(new OperatingPointAnalysis(d));
                case "dc" -> out.add(new DcSweepAnalysis(d));
                case "tran" -> out.add(new memspice.analysis.tran.TransientAnalysis(d));
                case "ac" -> out.add(new AcAnalysis(d));
                default -> {
                }
            }
        }
        return out;
    }

    /**
     * Runs all analyses.
     *
     * @throws NetlistException for input errors (the run stops at the first)
     * @throws IOException      when results cannot be written
     */
    public static Report run(Netlist netlist, ResultSink sink, RunStatistics stats)
            throws NetlistException, IOException {
        return run(netlist, sink, stats, f -> { });
    }

    /**
     * Runs all analyses, reporting the progress of each (fraction 0..1) to a listener.
     */
    public static Report run(Netlist netlist, ResultSink sink, RunStatistics stats,
                             java.util.function.DoubleConsumer progress) throws NetlistException, IOException {
        List<Diagnostic> warnings = new ArrayList<>(netlist.warnings());
        List<SimulationException> failures = new ArrayList<>();
        List<Analysis> analyses = analyses(netlist);
        if (analyses.isEmpty()) {
            warnings.add(new Diagnostic(memspice.netlist.SourceLocation.none(netlist.file().toString()),
                    "no analysis requested (.op, .dc, .tran, .ac)"));
        }
        memspice.analysis.measure.Measures measures = memspice.analysis.measure.Measures.prepare(netlist, warnings);
        AnalysisContext ctx = new AnalysisContext(netlist, measures.wrap(sink), stats);
        ctx.setProgressListener(progress);
        for (Analysis a : analyses) {
            try {
                a.run(ctx);
            } catch (SimulationException e) {
                failures.add(e.within(a.kind() + ": "));
            }
        }
        if (ctx.hasBase()) {
            warnings.addAll(ctx.base().circuit().warnings().stream()
                    .filter(w -> !netlist.warnings().contains(w)).toList());
        }
        return new Report(warnings, failures, measures.evaluate());
    }
}
