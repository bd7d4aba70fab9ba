package memspice.tools.irdrop;

/**
 * Accuracy of a crossbar's matrix-vector products against the ideal product y* = T^T x of a
 * target matrix T over a set of inputs.
 *
 * <p>Per-column relative error of one product: |y_j - y*_j| / |y*_j|. Effective bits use the
 * uniform-quantizer relation rms error = FS / (2^b sqrt(12)), i.e. b = log2(FS / (sqrt(12) rms)),
 * with FS the largest |y*_j| over the inputs and rms the root mean square of y_j - y*_j over all
 * columns and inputs (the ENOB convention of IEEE Std 1241 with quantization noise as the only error).
 * It is negative when the rms error exceeds FS / sqrt(12): the output carries no usable bit.
 *
 * @param columnMeanError mean over inputs of each column's relative error
 * @param meanError       mean relative error over all columns and inputs
 * @param maxError        largest relative error over all columns and inputs
 * @param rmsError        rms absolute error (A)
 * @param fullScale       largest |ideal output| (A)
 * @param effectiveBits   log2(fullScale / (sqrt(12) rmsError))
 */
public record MvmStats(double[] columnMeanError, double meanError, double maxError, double rmsError,
                       double fullScale, double effectiveBits) {

    /** Maps measured column currents to estimates of the ideal product (identity, gain, calibration). */
    @FunctionalInterface
    public interface Correction {
        /** Corrects y (A) in place. */
        void apply(double[] y);

        /** No correction. */
        Correction NONE = y -> { };

        /** Divides every output by a global gain. */
        static Correction gain(double s) {
            return y -> {
                for (int j = 0; j < y.length; j++) {
                    y[j] /= s;
                }
            };
        }
    }

    /**
     * Evaluates the system's outputs for each input against the target's ideal product.
     *
     * @param target ideal matrix T (S), [rows][cols]
     * @param inputs input vectors [count][rows] (V)
     */
    public static MvmStats evaluate(MvmArray system, double[][] target, double[][] inputs, Correction c) {
        int m = system.columns();
        double[] y = new double[m];
        double[] ideal = new double[m];
        double[] col = new double[m];
        double sum = 0;
        double max = 0;
        double sq = 0;
        double fs = 0;
        for (double[] x : inputs) {
            system.columnCurrents(x, y);
            c.apply(y);
            ideal(target, x, ideal);
            for (int j = 0; j < m; j++) {
                double d = y[j] - ideal[j];
                double rel = Math.abs(d) / Math.abs(ideal[j]);
                col[j] += rel;
                sum += rel;
                max = Math.max(max, rel);
                sq += d * d;
                fs = Math.max(fs, Math.abs(ideal[j]));
            }
        }
        int count = inputs.length;
        for (int j = 0; j < m; j++) {
            col[j] /= count;
        }
        double rms = Math.sqrt(sq / ((double) count * m));
        double bits = Math.log(fs / (Math.sqrt(12) * rms)) / Math.log(2);
        return new MvmStats(col, sum / ((double) count * m), max, rms, fs, bits);
    }

    /** y* = T^T x into out. */
    public static void ideal(double[][] t, double[] x, double[] out) {
        java.util.Arrays.fill(out, 0);
        for (int i = 0; i < t.length; i++) {
            double xi = x[i];
            double[] row = t[i];
            for (int j = 0; j < out.length; j++) {
                out[j] += row[j] * xi;
            }
        }
    }
}
