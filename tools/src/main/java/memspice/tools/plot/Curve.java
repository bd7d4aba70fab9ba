package memspice.tools.plot;

/**
 * One line of an x-y chart.
 *
 * @param name   legend entry
 * @param x      abscissae
 * @param y      ordinates, as many as x
 * @param unit   the unit of y (see {@link Units}); curves of a second unit go on a right-hand axis
 * @param dashed drawn dashed (a reference beside a computed curve)
 */
public record Curve(String name, double[] x, double[] y, String unit, boolean dashed) {

    public Curve {
        if (x.length != y.length) {
            throw new IllegalArgumentException(name + ": " + x.length + " x values, " + y.length + " y values");
        }
    }
}
