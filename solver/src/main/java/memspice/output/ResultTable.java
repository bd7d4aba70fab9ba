package memspice.output;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The result of one analysis, shaped like one "plot" of a SPICE raw file: named columns (the sweep
 * variable first, when there is one) and rows of values, one row per accepted point.
 *
 * <p>Real tables hold one double per cell; complex tables (AC) hold a real and an imaginary part.
 * Column names are lower case ({@code v(out)}, {@code i(v1)}); look-ups ignore case.
 */
public final class ResultTable {

    /** One column: its name as printed and its SPICE raw-file type (voltage, current, time, frequency, ...). */
    public record Column(String name, String type) {
        public Column {
            name = name.toLowerCase(Locale.ROOT);
        }
    }

    private final String title;
    private final String plotName;
    private final List<Column> columns;
    private final boolean complex;
    private double[] data;
    private int rows;

    /**
     * @param title    circuit title (first netlist line)
     * @param plotName raw-file plot name, e.g. "Operating Point", "DC transfer characteristic"
     * @param columns  columns in order; the sweep variable (if any) first
     * @param complex  true when each cell is a complex number (AC analysis)
     */
    public ResultTable(String title, String plotName, List<Column> columns, boolean complex) {
        this.title = title;
        this.plotName = plotName;
        this.columns = List.copyOf(columns);
        this.complex = complex;
        this.data = new double[Math.max(16, stride() * 8)];
    }

    private int stride() {
        return columns.size() * (complex ? 2 : 1);
    }

    public String title() {
        return title;
    }

    public String plotName() {
        return plotName;
    }

    public List<Column> columns() {
        return Collections.unmodifiableList(columns);
    }

    public boolean isComplex() {
        return complex;
    }

    public int columnCount() {
        return columns.size();
    }

    public int rowCount() {
        return rows;
    }

    /** Index of the column with this name (case-insensitive), if present. */
    public Optional<Integer> indexOf(String name) {
        String key = name.toLowerCase(Locale.ROOT);
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(key)) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    /**
     * Appends a real row.
     *
     * @param values one value per column; copied
     * @throws IllegalArgumentException if the table is complex or the length is wrong
     */
    public void addRow(double[] values) {
        if (complex || values.length != columns.size()) {
            throw new IllegalArgumentException("row of " + values.length + " values for " + columns.size()
                    + (complex ? " complex" : "") + " columns");
        }
        append(values);
    }

    /**
     * Appends a complex row given as interleaved (re, im) pairs, one pair per column.
     *
     * @param reIm 2 * columnCount values; copied
     */
    public void addComplexRow(double[] reIm) {
        if (!complex || reIm.length != 2 * columns.size()) {
            throw new IllegalArgumentException("complex row of " + reIm.length + " values for " + columns.size()
                    + " columns");
        }
        append(reIm);
    }

    private void append(double[] values) {
        int s = stride();
        if ((rows + 1) * s > data.length) {
            data = Arrays.copyOf(data, Math.max(data.length * 2, (rows + 1) * s));
        }
        System.arraycopy(values, 0, data, rows * s, s);
        rows++;
    }

    /** Real value (or real part) of a cell. */
    public double value(int row, int column) {
        checkCell(row, column);
        return data[row * stride() + column * (complex ? 2 : 1)];
    }

    /** Imaginary part of a cell; 0 for real tables. */
    public double imag(int row, int column) {
        checkCell(row, column);
        return complex ? data[row * stride() + column * 2 + 1] : 0.0;
    }

    /** A copy of one column's real values (real parts for complex tables). */
    public double[] column(int column) {
        double[] out = new double[rows];
        for (int r = 0; r < rows; r++) {
            out[r] = value(r, column);
        }
        return out;
    }

    private void checkCell(int row, int column) {
        if (row < 0 || row >= rows || column < 0 || column >= columns.size()) {
            throw new IndexOutOfBoundsException("cell (" + row + ", " + column + ") of a " + rows + " x "
                    + columns.size() + " table");
        }
    }

    /** Names of all columns, in order. */
    public List<String> names() {
        List<String> names = new ArrayList<>(columns.size());
        for (Column c : columns) {
            names.add(c.name());
        }
        return names;
    }
}
