package memspice.tools.amc;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import memspice.tools.plot.MatrixCsv;

/** Matrices and vectors for the amc commands, read from CSV files (see {@link MatrixCsv}). */
public final class AmcInput {

    private AmcInput() {
    }

    /**
     * Reads a matrix.
     *
     * @throws IllegalArgumentException naming the file (and line) for a missing file, a non-number, a
     *                                  ragged row or a non-finite value
     */
    public static double[][] matrix(Path file) {
        double[][] m;
        try {
            m = MatrixCsv.read(file);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException(file + ": no such file");
        } catch (IOException e) {
            throw new IllegalArgumentException(e.getMessage() == null ? file + ": cannot read" : e.getMessage());
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage());
        }
        for (int r = 0; r < m.length; r++) {
            for (double v : m[r]) {
                if (!Double.isFinite(v)) {
                    throw new IllegalArgumentException(file + ": data row " + (r + 1) + ": value " + v + " is not finite");
                }
            }
        }
        return m;
    }

    /** Reads a vector written as one column or one row. */
    public static double[] vector(Path file) {
        double[][] m = matrix(file);
        if (m[0].length == 1) {
            double[] v = new double[m.length];
            for (int i = 0; i < m.length; i++) {
                v[i] = m[i][0];
            }
            return v;
        }
        if (m.length == 1) {
            return m[0].clone();
        }
        throw new IllegalArgumentException(file + ": a vector must be one column or one row, this is " + m.length + " x "
                + m[0].length);
    }
}
