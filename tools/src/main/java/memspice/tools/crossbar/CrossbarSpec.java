package memspice.tools.crossbar;

import java.util.Random;

/**
 * A passive crossbar: cell conductances between row wires and column wires, wire segments of fixed
 * resistance, voltage inputs driving the rows from column 0's side through one segment, and columns
 * read by 0 V sources (virtual ground) after one segment past the last row.
 *
 * <p>Node names: row wire at cell (i, j) is {@code r<i>_<j>}, column wire {@code c<i>_<j>}; inputs
 * {@code in<i>}, outputs {@code out<j>}. Sources {@code vin<i>} and {@code vout<j>}; the column
 * current {@code i(vout<j>)} is the read-out (positive into the ammeter's + terminal).
 *
 * @param conductance  cell conductances (S), [rows][cols]
 * @param rowSegment   resistance of one row-wire segment (ohm), > 0
 * @param columnSegment resistance of one column-wire segment (ohm), > 0
 * @param inputs       row input voltages (V), one per row
 */
public record CrossbarSpec(double[][] conductance, double rowSegment, double columnSegment, double[] inputs) {

    public CrossbarSpec {
        if (conductance.length == 0 || conductance[0].length == 0) {
            throw new IllegalArgumentException("a crossbar needs at least one row and one column");
        }
        if (inputs.length != conductance.length) {
            throw new IllegalArgumentException(inputs.length + " inputs for " + conductance.length + " rows");
        }
        if (!(rowSegment > 0) || !(columnSegment > 0)) {
            throw new IllegalArgumentException("wire segment resistances must be positive");
        }
    }

    public int rows() {
        return conductance.length;
    }

    public int columns() {
        return conductance[0].length;
    }

    /**
     * A random array: conductances uniform in [gMin, gMax] and inputs uniform in [0, vMax], seeded.
     */
    public static CrossbarSpec random(int rows, int cols, double gMin, double gMax, double vMax, double segment,
                                      long seed) {
        Random rnd = new Random(seed);
        double[][] g = new double[rows][cols];
        for (double[] row : g) {
            for (int j = 0; j < cols; j++) {
                row[j] = gMin + (gMax - gMin) * rnd.nextDouble();
            }
        }
        double[] v = new double[rows];
        for (int i = 0; i < rows; i++) {
            v[i] = vMax * rnd.nextDouble();
        }
        return new CrossbarSpec(g, segment, segment, v);
    }
}
