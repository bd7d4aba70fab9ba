package memspice.tools.validate;

import java.util.List;

import memspice.tools.plot.Curve;

/**
 * One row of the validation table: a case, where its reference comes from, one metric, its value
 * against a tolerance.
 *
 * @param suite     the suite (folder) the case belongs to
 * @param name      the case name (netlist base name)
 * @param source    the reference ("ngspice 39", "Xyce gold", "closed form")
 * @param metric    what {@code value} measures
 * @param value     the measured value (NaN when the case could not run)
 * @param tolerance the bound {@code value} must stay at or below
 * @param pass      whether the case passes on this metric (may also require conditions noted in
 *                  {@code note}, such as all signals present)
 * @param note      details: the worst signal, or the reason of a failure
 * @param overlay   memspice against the reference for the report, or null
 */
public record CaseResult(String suite, String name, String source, String metric, double value, double tolerance,
        boolean pass, String note, Overlay overlay) {

    /**
     * Curves to draw for a case: memspice's and the reference's, alternating (memspice solid,
     * reference dashed).
     *
     * @param xName the abscissa's name, {@code xUnit} its unit
     */
    public record Overlay(String title, String xName, String xUnit, List<Curve> curves, boolean logX, boolean markers) {
    }

    /** A row for a case that could not be run or compared. */
    public static CaseResult failed(String suite, String name, String source, String why) {
        return new CaseResult(suite, name, source, "runs", Double.NaN, 0, false, why, null);
    }

    /** A row whose pass is value <= tolerance (and the extra condition {@code ok}). */
    public static CaseResult of(String suite, String name, String source, String metric, double value, double tolerance,
            boolean ok, String note, Overlay overlay) {
        return new CaseResult(suite, name, source, metric, value, tolerance, ok && value <= tolerance, note, overlay);
    }

    /** The same row with the overlay dropped (for the extra metrics of a case). */
    public CaseResult withoutOverlay() {
        return new CaseResult(suite, name, source, metric, value, tolerance, pass, note, null);
    }
}
