package memspice.tools.irdrop;

import memspice.sparse.SingularMatrixException;
import memspice.tools.crossbar.Layout;

/**
 * A differential crossbar solved in memory: signed weights W = G+ - G- (S) on a linear
 * {@link CrossbarSystem}, laid out as {@link Layout.Pairing} says. Column pairs: physical column 2k
 * holds G+ of weight column k and 2k+1 its G-, output k is I(2k) - I(2k+1). Row pairs (the linear
 * part of 2T2R; access transistors are not modelled here, see {@link memspice.tools.crossbar}):
 * physical row 2i holds G+ and is driven at +x_i, row 2i+1 holds G- at -x_i, outputs are the column
 * currents. Either way the ideal output is W^T x.
 */
public final class PairedArray implements MvmArray {

    private final CrossbarSystem system;
    private final Layout.Pairing pairing;
    private final double[][] weights;
    private final double[] physicalIn;
    private final double[] physicalOut;

    /**
     * @param gPlus  G+ (S), [weight rows][weight columns], positive
     * @param gMinus G- (S), same shape, positive
     */
    public PairedArray(double[][] gPlus, double[][] gMinus, Layout.Pairing pairing, Wiring wiring,
                       CrossbarSystem.Solver solver) throws SingularMatrixException {
        double[][] g = Layout.physical(pairing, gPlus, gMinus);
        int n = gPlus.length;
        int m = gPlus[0].length;
        weights = new double[n][m];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                weights[i][j] = gPlus[i][j] - gMinus[i][j];
            }
        }
        this.pairing = pairing;
        this.system = CrossbarSystem.build(g, wiring, solver);
        this.physicalIn = new double[system.rows()];
        this.physicalOut = new double[system.columns()];
    }

    /** Differential outputs (A) for weight-row inputs x (V) into y (weight columns); allocates nothing. */
    @Override
    public void columnCurrents(double[] x, double[] y) {
        if (x.length != rows()) {
            throw new IllegalArgumentException(x.length + " inputs for " + rows() + " weight rows");
        }
        if (pairing == Layout.Pairing.COLUMNS) {
            system.columnCurrents(x, physicalOut);
            for (int k = 0; k < y.length; k++) {
                y[k] = physicalOut[2 * k] - physicalOut[2 * k + 1];
            }
        } else {
            for (int i = 0; i < x.length; i++) {
                physicalIn[2 * i] = x[i];
                physicalIn[2 * i + 1] = -x[i];
            }
            system.columnCurrents(physicalIn, y);
        }
    }

    @Override
    public int rows() {
        return weights.length;
    }

    @Override
    public int columns() {
        return weights[0].length;
    }

    /** The signed weights G+ - G- (S), the ideal matrix of {@link MvmStats#evaluate}; a copy. */
    public double[][] weights() {
        return CrossbarSystem.copy(weights);
    }

    /** The physical array underneath. */
    public CrossbarSystem system() {
        return system;
    }
}
