package memspice.tools.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

import memspice.netlist.Netlist;
import memspice.output.OpTablePrinter;
import memspice.output.ScientificFormat;
import memspice.output.ResultTable;

/**
 * What a run prints on stdout: the operating point as a table; for other analyses the table when
 * the netlist asks with {@code .print <analysis>}, otherwise a one-line summary.
 */
final class ConsoleSink implements memspice.output.ResultSink {
    private final PrintStream out;
    private final boolean quiet;
    private final Netlist netlist;
    private String kind;
    private String title;
    private List<ResultTable.Column> columns;
    private boolean printRows;
    private int rows;
    private final StringBuilder line = new StringBuilder();

    ConsoleSink(PrintStream out, boolean quiet, Netlist netlist) {
        this.out = out;
        this.quiet = quiet;
        this.netlist = netlist;
    }

    @Override
    public void begin(String kind, String title, String plotName, List<ResultTable.Column> columns, boolean complex) {
        this.kind = kind;
        this.title = title;
        this.columns = columns;
        this.rows = 0;
        this.printRows = !quiet && !kind.equals("op") && !complex && netlist.directives("print").stream()
                .anyMatch(d -> !d.items().isEmpty() && d.items().get(0).isWord(kind));
        if (printRows) {
            line.setLength(0);
            for (ResultTable.Column c : columns) {
                line.append(String.format(Locale.ROOT, "%-17s", c.name())).append(' ');
            }
            out.println(line.toString().stripTrailing());
        }
    }

    @Override
    public void row(double[] values) {
        rows++;
        if (quiet) {
            return;
        }
        if (kind.equals("op")) {
            OpTablePrinter.print(out, title, columns, values);
        } else if (printRows) {
            line.setLength(0);
            for (int i = 0; i < columns.size(); i++) {
                int start = line.length();
                ScientificFormat.append(line, values[i], 9);
                line.insert(start, "                 ", 0, Math.max(0, 17 - (line.length() - start))).append(' ');
            }
            out.println(line.toString().stripTrailing());
        }
    }

    @Override
    public void end() {
        if (!quiet && !kind.equals("op") && !printRows) {
            out.println(kind + ": " + rows + " points (write them with --csv DIR or -r FILE)");
        }
    }
}
