package memspice.device;

/**
 * A device whose DC value a {@code .dc} sweep can set (independent V and I sources).
 */
public interface DcSweepable {
    /** The DC value given in the netlist (V or A). */
    double nominalDcValue();

    /** Sets the DC value used by subsequent loads (V or A). */
    void setDcValue(double value);

    /** "voltage" or "current", the raw-file type of the swept quantity. */
    String sweepType();
}
