package memspice.tools.irdrop;

/**
 * Digital output calibration fitted from training inputs: per column an affine map
 * y*_j ~ a_j y_j + b_j (least squares of the ideal products on the measured currents), or one
 * global gain for all columns. Fit on inputs that are not used to evaluate the result.
 *
 * @param slope  a_j per column
 * @param offset b_j per column (A)
 */
public record ColumnCalibration(double[] slope, double[] offset) implements MvmStats.Correction {

    @Override
    public void apply(double[] y) {
        for (int j = 0; j < y.length; j++) {
            y[j] = slope[j] * y[j] + offset[j];
        }
    }

    /**
     * Fits a_j, b_j for each column by least squares over the training inputs.
     *
     * @param target   ideal matrix T (S), [rows][cols]
     * @param training input vectors [count][rows] (V), count >= 2
     */
    public static ColumnCalibration fit(MvmArray system, double[][] target, double[][] training) {
        int m = system.columns();
        double[] sy = new double[m];
        double[] st = new double[m];
        double[] syy = new double[m];
        double[] syt = new double[m];
        double[] y = new double[m];
        double[] t = new double[m];
        for (double[] x : training) {
            system.columnCurrents(x, y);
            MvmStats.ideal(target, x, t);
            for (int j = 0; j < m; j++) {
                sy[j] += y[j];
                st[j] += t[j];
                syy[j] += y[j] * y[j];
                syt[j] += y[j] * t[j];
            }
        }
        int k = training.length;
        double[] a = new double[m];
        double[] b = new double[m];
        for (int j = 0; j < m; j++) {
            double my = sy[j] / k;
            double mt = st[j] / k;
            double var = syy[j] / k - my * my;
            double cov = syt[j] / k - my * mt;
            a[j] = var > 0 ? cov / var : mt / my;
            b[j] = mt - a[j] * my;
        }
        return new ColumnCalibration(a, b);
    }

    /** One gain for all columns: y*_j ~ y_j / s, least squares over the training inputs. */
    public static MvmStats.Correction fitGain(MvmArray system, double[][] target, double[][] training) {
        int m = system.columns();
        double[] y = new double[m];
        double[] t = new double[m];
        double yy = 0;
        double yt = 0;
        for (double[] x : training) {
            system.columnCurrents(x, y);
            MvmStats.ideal(target, x, t);
            for (int j = 0; j < m; j++) {
                yy += y[j] * y[j];
                yt += y[j] * t[j];
            }
        }
        return MvmStats.Correction.gain(yy / yt);
    }
}
