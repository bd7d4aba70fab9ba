package memspice.tools.irdrop;

/** An array that computes matrix-vector products: row input voltages in, column currents out. */
public interface MvmArray {

    int rows();

    int columns();

    /** Column output currents (A) for row inputs x (V, length rows) into y (length columns). */
    void columnCurrents(double[] x, double[] y);
}
