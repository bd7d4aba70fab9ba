package memspice.analysis.measure;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import memspice.analysis.measure.MeasureSpec.SignalName;
import memspice.expr.FunctionDef;
import memspice.netlist.Diagnostic;
import memspice.netlist.Directive;
import memspice.netlist.Netlist;
import memspice.netlist.NetlistException;
import memspice.netlist.ParamDefinition;
import memspice.netlist.ParameterScope;
import memspice.output.ResultSink;
import memspice.output.ResultTable;

/**
 * The {@code .measure tran} cards of a netlist: parsed before the run (so a malformed card stops
 * it with {@code file:line: message}), fed by the rows of the first transient analysis through
 * {@link #wrap}, and evaluated after the run. {@code .measure dc} and {@code .measure ac} are
 * skipped with a warning.
 */
public final class Measures {

    /** The file the results go to beside the CSV outputs. */
    public static final String FILE_NAME = "measures.csv";

    private final List<MeasureSpec> specs;
    private final List<Diagnostic> warnings;
    private ResultTable table;

    private Measures(List<MeasureSpec> specs, List<Diagnostic> warnings) {
        this.specs = specs;
        this.warnings = warnings;
    }

    /**
     * Parses every {@code .measure}/{@code .meas} card.
     *
     * @param warnings receives a warning per skipped (non-tran) card
     * @throws NetlistException for a malformed card or a name used twice
     */
    public static Measures prepare(Netlist netlist, List<Diagnostic> warnings) throws NetlistException {
        ParameterScope scope = new ParameterScope(null, netlist.top());
        for (ParamDefinition p : netlist.top().parameters()) {
            scope.define(p);
        }
        for (FunctionDef f : netlist.top().functions()) {
            scope.defineFunction(f);
        }
        List<MeasureSpec> specs = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (Directive d : netlist.directives("measure")) {
            String analysis = MeasureParser.analysis(d);
            if (!analysis.equals("tran")) {
                if (analysis.equals("dc") || analysis.equals("ac") || analysis.equals("op")) {
                    warnings.add(new Diagnostic(d.location(), ".measure " + analysis + " is not implemented; skipped"));
                    continue;
                }
                throw d.error(".measure needs an analysis type first (tran, dc, ac), got '" + analysis + "'");
            }
            MeasureSpec m = MeasureParser.parse(d, scope);
            if (!names.add(m.name())) {
                throw d.error(".measure name '" + m.name() + "' is used twice");
            }
            specs.add(m);
        }
        return new Measures(List.copyOf(specs), warnings);
    }

    /** The parsed cards, in netlist order. */
    List<MeasureSpec> specs() {
        return specs;
    }

    /** True when there is nothing to measure. */
    public boolean isEmpty() {
        return specs.isEmpty();
    }

    /** A sink that passes everything on and keeps the rows of the first transient for the measurements. */
    public ResultSink wrap(ResultSink next) {
        if (specs.isEmpty()) {
            return next;
        }
        return new ResultSink() {
            private boolean recording;

            @Override
            public void begin(String kind, String title, String plotName, List<ResultTable.Column> columns,
                              boolean complex) throws IOException {
                recording = kind.equals("tran") && table == null;
                if (recording) {
                    table = new ResultTable(title, plotName, columns, false);
                } else if (kind.equals("tran")) {
                    warnings.add(new Diagnostic(specs.get(0).location(),
                            ".measure uses the first .tran only; later transients are not measured"));
                }
                next.begin(kind, title, plotName, columns, complex);
            }

            @Override
            public void row(double[] values) throws IOException {
                if (recording) {
                    table.addRow(values);
                }
                next.row(values);
            }

            @Override
            public void end() throws IOException {
                recording = false;
                next.end();
            }

            @Override
            public void close() throws IOException {
                next.close();
            }
        };
    }

    /**
     * Evaluates every measurement against the recorded transient (all fail when none ran).
     */
    public List<MeasureResult> evaluate() {
        List<MeasureResult> out = new ArrayList<>();
        for (MeasureSpec m : specs) {
            if (table == null || table.rowCount() == 0) {
                out.add(MeasureResult.failed(m, "no transient analysis produced points"));
            } else {
                out.add(evaluate(m, table));
            }
        }
        return out;
    }

    /** Evaluates one measurement against a transient table whose first column is time. */
    static MeasureResult evaluate(MeasureSpec m, ResultTable table) {
        return new MeasureEvaluator(table.column(0), s -> samples(table, s)).evaluate(m);
    }

    /**
     * The samples of a signal in a table: its own column ({@code v(out)}, {@code i(v1)},
     * {@code v(a,b)} when printed so), v(0) = 0, or v(a) - v(b) from the node columns; null if absent.
     */
    static double[] samples(ResultTable table, SignalName s) {
        List<String> args = s.args().stream().map(a -> a.replace(':', '.')).toList();
        String fn = s.function().toLowerCase(Locale.ROOT);
        var own = table.indexOf(fn + "(" + String.join(",", args) + ")");
        if (own.isPresent()) {
            return table.column(own.get());
        }
        if (!fn.equals("v")) {
            return null;
        }
        double[] a = node(table, args.get(0));
        double[] b = args.size() == 2 ? node(table, args.get(1)) : new double[table.rowCount()];
        if (a == null || b == null) {
            return null;
        }
        for (int i = 0; i < a.length; i++) {
            a[i] -= b[i];
        }
        return a;
    }

    private static double[] node(ResultTable table, String node) {
        if (node.equals("0") || node.equals("gnd")) {
            return new double[table.rowCount()];
        }
        var idx = table.indexOf("v(" + node + ")");
        return idx.isPresent() ? table.column(idx.get()) : null;
    }

    /**
     * Writes {@code dir/measures.csv}: {@code name,value,status,line} with status {@code ok} or
     * {@code failed: reason} (RFC 4180 quoting), value empty when failed.
     */
    public static void writeCsv(Path dir, List<MeasureResult> results) throws IOException {
        Files.createDirectories(dir);
        try (Writer w = Files.newBufferedWriter(dir.resolve(FILE_NAME), StandardCharsets.UTF_8)) {
            w.write("name,value,status,line\n");
            for (MeasureResult r : results) {
                String status = r.succeeded() ? "ok" : "failed: " + r.failure();
                w.write(r.name() + "," + (r.succeeded() ? Double.toString(r.value()) : "") + ","
                        + '"' + status.replace("\"", "\"\"") + '"' + "," + r.location().line() + "\n");
            }
        }
    }
}
