package memspice.output;

import java.util.ArrayList;
import java.util.List;

/** Collects every analysis into an in-memory {@link ResultTable}. */
public final class TableSink implements ResultSink {

    private final List<ResultTable> tables = new ArrayList<>();
    private final List<String> kinds = new ArrayList<>();
    private ResultTable current;

    @Override
    public void begin(String kind, String title, String plotName, List<ResultTable.Column> columns, boolean complex) {
        current = new ResultTable(title, plotName, columns, complex);
        tables.add(current);
        kinds.add(kind);
    }

    @Override
    public void row(double[] values) {
        if (current.isComplex()) {
            current.addComplexRow(values);
        } else {
            current.addRow(values);
        }
    }

    @Override
    public void end() {
        current = null;
    }

    /** All tables in the order the analyses ran. */
    public List<ResultTable> tables() {
        return tables;
    }

    /** The analysis kind of each table (op, dc, ...), parallel to {@link #tables()}. */
    public List<String> kinds() {
        return kinds;
    }

    /** The first table of a kind, or null. */
    public ResultTable first(String kind) {
        int i = kinds.indexOf(kind);
        return i < 0 ? null : tables.get(i);
    }
}
