package memspice.tools.irdrop;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import memspice.netlist.NetlistException;
import memspice.netlist.SourceLocation;

/** Conductance matrices: seeded random distributions, quantization to a level grid, CSV files. */
public final class Conductances {

    /** How random conductances are drawn within [min, max]. */
    public enum Distribution { UNIFORM, LOG_UNIFORM }

    private Conductances() {
    }

    /**
     * A seeded random matrix [rows][cols] drawn within the grid's range, then snapped to its levels
     * (unchanged when the grid is continuous).
     */
    public static double[][] random(int rows, int cols, Distribution d, LevelGrid grid, long seed) {
        Random rnd = new Random(seed);
        double[][] g = new double[rows][cols];
        double lmin = Math.log(grid.min());
        double lmax = Math.log(grid.max());
        for (double[] row : g) {
            for (int j = 0; j < cols; j++) {
                double u = rnd.nextDouble();
                double v = d == Distribution.UNIFORM ? grid.min() + (grid.max() - grid.min()) * u
                        : Math.exp(lmin + (lmax - lmin) * u);
                row[j] = grid.snap(v);
            }
        }
        return g;
    }

    /** Seeded random input vectors [count][rows], each entry uniform in [0, vmax] (V). */
    public static double[][] inputs(int count, int rows, double vmax, long seed) {
        Random rnd = new Random(seed);
        double[][] x = new double[count][rows];
        for (double[] v : x) {
            for (int i = 0; i < rows; i++) {
                v[i] = vmax * rnd.nextDouble();
            }
        }
        return x;
    }

    /**
     * Reads a conductance matrix (S): one row per line, comma-separated numbers; blank lines and lines
     * starting with '#' are skipped.
     *
     * @throws NetlistException naming file and line for a bad number, a ragged row, a non-positive
     *                          value, or an empty file
     */
    public static double[][] readCsv(Path file) throws NetlistException {
        List<double[]> rows = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int number = 0;
            while ((line = r.readLine()) != null) {
                number++;
                String t = line.strip();
                if (t.isEmpty() || t.startsWith("#")) {
                    continue;
                }
                String[] f = t.split(",", -1);
                double[] v = new double[f.length];
                for (int k = 0; k < f.length; k++) {
                    SourceLocation at = new SourceLocation(file, number);
                    try {
                        v[k] = Double.parseDouble(f[k].strip());
                    } catch (NumberFormatException e) {
                        throw new NetlistException(at, "field " + (k + 1) + ": not a number: '" + f[k].strip() + "'");
                    }
                    if (!(v[k] > 0) || Double.isInfinite(v[k])) {
                        throw new NetlistException(at, "field " + (k + 1) + ": conductance " + f[k].strip()
                                + " must be positive and finite (S)");
                    }
                }
                if (!rows.isEmpty() && v.length != rows.get(0).length) {
                    throw new NetlistException(new SourceLocation(file, number), v.length + " values, but the first row has "
                            + rows.get(0).length);
                }
                rows.add(v);
            }
        } catch (IOException e) {
            throw new NetlistException(SourceLocation.none(file.toString()), "cannot read: " + e.getMessage());
        }
        if (rows.isEmpty()) {
            throw new NetlistException(SourceLocation.none(file.toString()), "no conductance rows");
        }
        return rows.toArray(new double[0][]);
    }

    /** Writes a matrix as CSV, one row per line, shortest round-trip numbers. */
    public static void writeCsv(double[][] a, Writer w) throws IOException {
        StringBuilder b = new StringBuilder();
        for (double[] row : a) {
            b.setLength(0);
            for (int j = 0; j < row.length; j++) {
                if (j > 0) {
                    b.append(',');
                }
                b.append(row[j]);
            }
            b.append('\n');
            w.write(b.toString());
        }
    }
}
