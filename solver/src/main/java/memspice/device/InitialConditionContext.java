package memspice.device;

/**
 * What a device may set at the start of a transient with {@code uic}: an unknown's initial value
 * (an inductor's current) or a correction to the initial charge of a row (a capacitor's
 * {@code IC=} voltage applies to its charge, whatever the node voltages are).
 */
public interface InitialConditionContext {

    /** The initial solution value at a position. */
    double x(int position);

    /** Sets the initial solution value at a position. */
    void setX(int position, double value);

    /** Adds to the initial charge (C, or Wb on branch rows) of a row. */
    void addCharge(int row, double value);
}
