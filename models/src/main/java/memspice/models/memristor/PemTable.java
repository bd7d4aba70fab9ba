package memspice.models.memristor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import memspice.netlist.NetlistException;
import memspice.netlist.SourceLocation;

/**
 * A table y(x) read from a text file with one "x, y" or "x y" pair per line (comma, semicolon, tab
 * or spaces between; blank lines and lines starting with '#' or '*' skipped), evaluated by linear
 * interpolation and held constant beyond its first and last points. x must increase strictly.
 */
final class PemTable {

    private final double[] xs;
    private final double[] ys;

    PemTable(double[] xs, double[] ys) {
        this.xs = xs;
        this.ys = ys;
    }

    /** The constant table y = 1 (no window). */
    static PemTable one() {
        return new PemTable(new double[]{0}, new double[]{1});
    }

    /**
     * Reads a table.
     *
     * @param file  the file, already resolved
     * @param where the card naming it, for errors about the file as a whole
     * @throws NetlistException naming the file and line of a malformed entry, or the card if unreadable
     */
    static PemTable read(Path file, SourceLocation where) throws NetlistException {
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            String why = e instanceof java.nio.file.NoSuchFileException ? "no such file" : e.getMessage();
            throw new NetlistException(where, "cannot read table file " + file + ": " + why);
        }
        List<double[]> rows = new ArrayList<>();
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n).strip();
            if (line.isEmpty() || line.startsWith("#") || line.startsWith("*")) {
                continue;
            }
            String[] parts = line.split("[\\s,;]+");
            SourceLocation at = new SourceLocation(file, n + 1);
            if (parts.length != 2) {
                throw new NetlistException(at, "expected two numbers 'x, y', got '" + line + "'");
            }
            double x;
            double y;
            try {
                x = Double.parseDouble(parts[0]);
                y = Double.parseDouble(parts[1]);
            } catch (NumberFormatException e) {
                throw new NetlistException(at, "not a number pair: '" + line + "'");
            }
            if (!rows.isEmpty() && !(x > rows.get(rows.size() - 1)[0])) {
                throw new NetlistException(at, "x values must increase, got " + x + " after " + rows.get(rows.size() - 1)[0]);
            }
            rows.add(new double[]{x, y});
        }
        if (rows.isEmpty()) {
            throw new NetlistException(where, "table file " + file + " has no data");
        }
        double[] xs = new double[rows.size()];
        double[] ys = new double[rows.size()];
        for (int k = 0; k < xs.length; k++) {
            xs[k] = rows.get(k)[0];
            ys[k] = rows.get(k)[1];
        }
        return new PemTable(xs, ys);
    }

    private int segment(double x) {
        int lo = 0;
        int hi = xs.length - 1;
        while (hi - lo > 1) {
            int mid = (lo + hi) >>> 1;
            if (xs[mid] <= x) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** y(x). */
    double value(double x) {
        if (x <= xs[0]) {
            return ys[0];
        }
        int n = xs.length - 1;
        if (x >= xs[n]) {
            return ys[n];
        }
        int k = segment(x);
        double t = (x - xs[k]) / (xs[k + 1] - xs[k]);
        return ys[k] + t * (ys[k + 1] - ys[k]);
    }

    /** dy/dx (0 beyond the ends). */
    double slope(double x) {
        int n = xs.length - 1;
        if (x <= xs[0] || x >= xs[n]) {
            return 0;
        }
        int k = segment(x);
        return (ys[k + 1] - ys[k]) / (xs[k + 1] - xs[k]);
    }

    /** The knots, for tests. */
    double[] knots() {
        return xs.clone();
    }
}
