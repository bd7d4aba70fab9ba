package memspice.tools.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import memspice.analysis.RunStatistics;
import memspice.analysis.Simulator;
import memspice.netlist.NetlistException;
import memspice.output.ResultTable;
import memspice.output.TableSink;
import memspice.tools.crossbar.CrossbarCell;
import memspice.tools.crossbar.CrossbarNetlist;
import memspice.tools.crossbar.CrossbarSpec;
import memspice.tools.validate.WaveformComparison;

/**
 * {@code memspice bench --workload memtran}: issue 7's workload (b), the transient of an N x N
 * crossbar of HP linear-drift memristors (Joglekar window; RON 1 kohm, ROFF 10 Mohm, k = 1e5 /C, as
 * {@link CrossbarCell}) with 1 ohm and 1 fF per wire segment, programmed by row pulses (0 to 0-2 V,
 * 1 ms delay, 10 us edges, 4 ms wide, 10 ms period) into 0 V column sources, over 20 ms with at most
 * 19 us per step (so at least 1053 accepted steps in either simulator).
 *
 * <p>Two netlists with the same circuit: {@code memtran-N.cir} writes every cell as the standard-SPICE
 * behavioural subcircuit of {@link CrossbarCell#MEMRISTOR_SUBCKT} (B source for the current, G source
 * into a 1 F capacitor for the state); ngspice runs this one, and memspice too. {@code memtran-N-y.cir}
 * writes the cells as memspice's compiled {@code YMEMRISTOR ... model=hp} device with the same
 * parameters ({@link CrossbarCell#ymemristor}; its state is the same x, solved implicitly with the node
 * voltages). Both save the N column currents and the states of the N diagonal cells.
 *
 * <p>Agreement is the transient rule of validation/golden/tran/README.md: both waveforms as straight
 * lines between their own points on a 2000-point grid, RMS(e) &lt; 1e-3 S and max|e| &lt; 2e-2 S with S
 * the signal's peak-to-peak over ngspice's points (floored at 1e-3 of the largest of its kind).
 */
final class MemtranBench {

    /**
     * The YMEMRISTOR cells' model=hp parameters: the subcircuit's RON, ROFF, k = uv RON / d^2 = 1e5
     * and Joglekar window p = 1; each cell is programmed by rinit = 1/G, the same state
     * (ROFF - 1/G)/(ROFF - RON) the subcircuit gets as x0.
     */
    static final String Y_PARAMS = "ron=" + CrossbarCell.RON + " roff=" + CrossbarCell.ROFF + " d=10n uv=1e-14 wt=1 p=1";

    private MemtranBench() {
    }

    /** The array: conductances 2-20 uS (states 0.95-0.995), inputs uniform in [0, 2] V, seed 1. */
    static CrossbarSpec spec(int n) {
        return CrossbarSpec.random(n, n, 2e-6, 2e-5, 2.0, 1.0, 1).with(new CrossbarSpec.Wires(1.0, 1.0, 1e-15, 1e-15),
                CrossbarSpec.Drive.pulse(1e-3, 1e-5, 4e-3, 1e-2), CrossbarSpec.Readout.virtualGround());
    }

    /** Writes memtran-N.cir (subcircuit cells) and memtran-N-y.cir (YMEMRISTOR cells); returns both. */
    static Path[] write(Path dir, int n) throws IOException {
        StringBuilder save = new StringBuilder(".save");
        StringBuilder saveY = new StringBuilder(".save");
        for (int j = 0; j < n; j++) {
            save.append(" i(vout").append(j).append(')');
            saveY.append(" i(vout").append(j).append(')');
        }
        for (int i = 0; i < n; i++) {
            save.append(" v(xm").append(i).append('_').append(i).append(".x)");
            saveY.append(" n(ymemristor!x").append(i).append('_').append(i).append("_x)");
        }
        String tran = ".tran 20u 20m 0 19u";
        StringWriter w = new StringWriter();
        CrossbarNetlist.write(spec(n), new CrossbarCell(CrossbarCell.Type.MEMRISTOR, 0), w, tran, save.toString());
        String text = w.toString();
        Path sub = dir.resolve("memtran-" + n + ".cir");
        Files.writeString(sub, text, StandardCharsets.UTF_8);
        Path y = dir.resolve("memtran-" + n + "-y.cir");
        StringWriter wy = new StringWriter();
        CrossbarNetlist.write(spec(n), CrossbarCell.ymemristor(Y_PARAMS), wy, tran, saveY.toString());
        Files.writeString(y, wy.toString(), StandardCharsets.UTF_8);
        return new Path[] {sub, y};
    }

    /** One memspice run in this JVM: seconds, accepted points, the table. */
    record Ours(double seconds, int points, ResultTable table, RunStatistics stats) {
    }

    static Ours runHere(Path file) throws IOException, NetlistException {
        RunStatistics stats = new RunStatistics();
        TableSink sink = new TableSink();
        long t0 = System.nanoTime();
        Simulator.Report report = Simulator.run(Simulator.read(file, stats), sink, stats);
        double s = (System.nanoTime() - t0) * 1e-9;
        if (!report.succeeded()) {
            throw new IOException("memspice failed on " + file + ": " + report.failures());
        }
        ResultTable t = sink.first("tran");
        return new Ours(s, t.rowCount(), t, stats);
    }

    /**
     * Runs the workload and prints the table.
     *
     * @param withPeer whether to run ngspice (installed and N within --ngspice-max)
     * @return 0, or 2 when memspice failed
     */
    static int run(PrintStream out, Path dir, int n, boolean withPeer, double timeout)
            throws IOException, NetlistException, InterruptedException {
        Path[] files = write(dir, n);
        out.println(String.format(Locale.ROOT, "memspice bench: memtran %d x %d memristor crossbar, netlists %s (subcircuit"
                + " cells, the ngspice netlist) and %s (YMEMRISTOR cells)", n, n, files[0], files[1]));
        out.println(String.format(Locale.ROOT, "%-26s %9s %8s %8s %10s %10s %9s", "simulator", "unknowns", "points",
                "newton", "inproc_s", "e2e_s", "ms/point"));
        Ours y = runHere(files[1]);
        double e2eY = BenchCommand.endToEnd(files[1]);
        row(out, "memspice YMEMRISTOR", y, e2eY);
        Ours sub = runHere(files[0]);
        double e2eSub = BenchCommand.endToEnd(files[0]);
        row(out, "memspice B-source subckt", sub, e2eSub);
        PeerRun peer = withPeer ? PeerRun.run(files[0], timeout) : PeerRun.skipped("not run");
        ResultTable ng = peer.ran() && !peer.plots().isEmpty() ? peer.plots().get(0) : null;
        if (ng == null) {
            out.println("ngspice: " + (withPeer ? peer.note() : "not installed or N above --ngspice-max"));
        } else {
            out.println(String.format(Locale.ROOT, "%-26s %9s %8d %8s %10s %10.3f %9.3f", "ngspice 39 (subckt)", "-",
                    ng.rowCount(), "-", "-", peer.seconds(), 1e3 * peer.seconds() / ng.rowCount()));
            out.println(String.format(Locale.ROOT, "speed ratio ngspice_s / e2e_s: YMEMRISTOR %.1fx, B-source subckt %.1fx",
                    peer.seconds() / e2eY, peer.seconds() / e2eSub));
            agreement(out, "YMEMRISTOR", compare(ng, renameY(y.table(), n)));
            agreement(out, "B-source subckt", compare(ng, sub.table()));
        }
        out.println("inproc_s = read + run in this JVM; e2e_s = a fresh `memspice run --quiet` process (JVM start"
                + " included), the time the ratio uses; ngspice_s = its whole `ngspice -b` process; agreement: the"
                + " worst signal (column currents, diagonal states) against ngspice as a fraction of its scale S, bounds"
                + " rms 1e-3 and max 2e-2 (validation/golden/tran/README.md)");
        return 0;
    }

    static WaveformComparison compare(ResultTable ng, ResultTable ours) {
        WaveformComparison c = new WaveformComparison(2000, 1e-3, 2e-2, 1e-3);
        c.compare("memtran", ng, ours, true);
        return c;
    }

    private static void row(PrintStream out, String label, Ours r, double e2e) {
        out.println(String.format(Locale.ROOT, "%-26s %9d %8d %8d %10.3f %10.3f %9.3f", label,
                r.stats().counter("unknowns"), r.points(), r.stats().counter("newton iterations"), r.seconds(), e2e,
                1e3 * r.seconds() / r.points()));
        out.flush();
    }

    private static void agreement(PrintStream out, String label, WaveformComparison c) {
        out.println(String.format(Locale.ROOT, "agreement %s vs ngspice: rms/S %.1e, max/S %.1e over %d signals, %s", label,
                c.worstRms(), c.worstMax(), c.compared(), c.failures().isEmpty() ? "all within bounds"
                        : c.failures().size() + " outside, first: " + c.failures().get(0)));
    }

    /** Our YMEMRISTOR table with its state columns named as the subcircuit's, {@code v(xm<i>_<i>.x)}. */
    static ResultTable renameY(ResultTable t, int n) {
        List<ResultTable.Column> cols = new ArrayList<>();
        for (ResultTable.Column c : t.columns()) {
            String name = c.name();
            if (name.startsWith("n(ymemristor!x") && name.endsWith("_x)")) {
                name = "v(xm" + name.substring("n(ymemristor!x".length(), name.length() - 3) + ".x)";
                cols.add(new ResultTable.Column(name, "voltage"));
            } else {
                cols.add(c);
            }
        }
        ResultTable r = new ResultTable(t.title(), t.plotName(), cols, false);
        double[] row = new double[cols.size()];
        for (int k = 0; k < t.rowCount(); k++) {
            for (int c = 0; c < row.length; c++) {
                row[c] = t.value(k, c);
            }
            r.addRow(row);
        }
        return r;
    }
}
