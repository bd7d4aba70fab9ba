package memspice.tools.plot;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A numeric matrix from a CSV file (a crossbar drop map, conductances): one row per line. A first
 * line whose cells are not all numbers is a header and is skipped, and so is a first column of
 * labels (a non-numeric first cell on every data line).
 */
public final class MatrixCsv {

    private MatrixCsv() {
    }

    /** Reads the matrix; rows must all have the same length. */
    public static double[][] read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        List<List<String>> rows = new ArrayList<>();
        List<Integer> lineNumbers = new ArrayList<>();
        for (int k = 0; k < lines.size(); k++) {
            if (!lines.get(k).isBlank()) {
                rows.add(DataTable.split(lines.get(k)));
                lineNumbers.add(k + 1);
            }
        }
        if (rows.isEmpty()) {
            throw new IOException(file + ": empty file");
        }
        int first = rows.get(0).stream().allMatch(MatrixCsv::isNumber) ? 0 : 1;
        if (first >= rows.size()) {
            throw new IOException(file + ": no data rows below the header");
        }
        boolean labels = true;
        for (int r = first; r < rows.size(); r++) {
            labels &= !isNumber(rows.get(r).get(0));
        }
        int skip = labels ? 1 : 0;
        int cols = rows.get(first).size() - skip;
        double[][] m = new double[rows.size() - first][cols];
        for (int r = first; r < rows.size(); r++) {
            List<String> cells = rows.get(r);
            if (cells.size() - skip != cols) {
                throw new IOException(file + ":" + lineNumbers.get(r) + ": " + (cells.size() - skip) + " values, the first row has "
                        + cols);
            }
            for (int c = 0; c < cols; c++) {
                m[r - first][c] = DataTable.number(cells.get(c + skip), file, lineNumbers.get(r));
            }
        }
        return m;
    }

    private static boolean isNumber(String s) {
        try {
            Double.parseDouble(s.strip());
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
