package memspice.tools.plot;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import memspice.output.RawFileReader;
import memspice.output.ResultTable;

/**
 * A result file as named columns with units: a memspice CSV (header row of names, RFC 4180 quoting)
 * or the first plot of an ngspice-format raw file (ASCII or binary). Complex (AC) raw plots give the
 * magnitude of each vector, named {@code vm(..)} / {@code im(..)}.
 *
 * @param title   the plot name of a raw file, or the file name
 * @param names   column names as written in the file
 * @param units   unit symbol per column (see {@link Units})
 * @param columns the values, column by column
 */
public record DataTable(String title, List<String> names, List<String> units, List<double[]> columns) {

    /** The index of a column by name (case-insensitive), or -1. */
    public int indexOf(String name) {
        for (int k = 0; k < names.size(); k++) {
            if (names.get(k).equalsIgnoreCase(name.strip())) {
                return k;
            }
        }
        return -1;
    }

    /** Reads a .raw file (by extension; its first plot) or a CSV file. */
    public static DataTable read(Path file) throws IOException {
        return read(file, 1);
    }

    /** Reads plot number {@code plot} (from 1) of a .raw file, or a CSV file (plot must be 1). */
    public static DataTable read(Path file, int plot) throws IOException {
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".raw")) {
            List<ResultTable> tables = RawFileReader.read(file);
            if (plot < 1 || plot > tables.size()) {
                throw new IOException(file + ": the raw file holds " + tables.size() + " plot(s), not plot " + plot);
            }
            return of(tables.get(plot - 1), file.getFileName().toString());
        }
        if (plot != 1) {
            throw new IOException(file + ": a CSV file holds one table; --plot applies to raw files");
        }
        return csv(file);
    }

    /** A result table as a data table (magnitudes for complex columns, except the sweep). */
    public static DataTable of(ResultTable t, String fallbackTitle) {
        List<String> names = new ArrayList<>();
        List<String> units = new ArrayList<>();
        List<double[]> columns = new ArrayList<>();
        for (int c = 0; c < t.columnCount(); c++) {
            String name = t.columns().get(c).name();
            double[] v = new double[t.rowCount()];
            for (int r = 0; r < v.length; r++) {
                v[r] = t.isComplex() && c > 0 ? Math.hypot(t.value(r, c), t.imag(r, c)) : t.value(r, c);
            }
            if (t.isComplex() && c > 0 && name.matches("[vi]\\(.*")) {
                name = name.charAt(0) + "m" + name.substring(1);
            }
            names.add(name);
            units.add(Units.of(name, t.columns().get(c).type()));
            columns.add(v);
        }
        String title = t.plotName() == null || t.plotName().isBlank() ? fallbackTitle : t.plotName();
        return new DataTable(title, names, units, columns);
    }

    /** A CSV file with a header row; every other non-blank row must hold one number per column. */
    public static DataTable csv(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        if (lines.isEmpty()) {
            throw new IOException(file + ": empty file");
        }
        List<String> names = split(lines.get(0));
        List<double[]> rows = new ArrayList<>();
        for (int k = 1; k < lines.size(); k++) {
            if (lines.get(k).isBlank()) {
                continue;
            }
            List<String> cells = split(lines.get(k));
            if (cells.size() != names.size()) {
                throw new IOException(file + ":" + (k + 1) + ": " + cells.size() + " values, the header names "
                        + names.size() + " columns");
            }
            double[] r = new double[cells.size()];
            for (int c = 0; c < r.length; c++) {
                r[c] = number(cells.get(c), file, k + 1);
            }
            rows.add(r);
        }
        List<String> units = new ArrayList<>();
        List<double[]> columns = new ArrayList<>();
        for (int c = 0; c < names.size(); c++) {
            units.add(Units.of(names.get(c), null));
            double[] v = new double[rows.size()];
            for (int r = 0; r < v.length; r++) {
                v[r] = rows.get(r)[c];
            }
            columns.add(v);
        }
        return new DataTable(file.getFileName().toString(), names, units, columns);
    }

    static double number(String cell, Path file, int line) throws IOException {
        try {
            return Double.parseDouble(cell.strip());
        } catch (NumberFormatException e) {
            throw new IOException(file + ":" + line + ": '" + cell.strip() + "' is not a number");
        }
    }

    /** Splits one CSV line (double quotes group commas; a doubled quote is a quote). */
    static List<String> split(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int k = 0; k < line.length(); k++) {
            char c = line.charAt(k);
            if (c == '"') {
                if (quoted && k + 1 < line.length() && line.charAt(k + 1) == '"') {
                    cur.append('"');
                    k++;
                } else {
                    quoted = !quoted;
                }
            } else if (c == ',' && !quoted) {
                out.add(cur.toString().strip());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        out.add(cur.toString().strip());
        return out;
    }
}
