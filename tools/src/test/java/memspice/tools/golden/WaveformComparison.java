package memspice.tools.golden;

/**
 * The suites' name for {@link memspice.tools.validate.WaveformComparison}: one implementation, shared
 * with {@code memspice validate}.
 */
final class WaveformComparison extends memspice.tools.validate.WaveformComparison {

    WaveformComparison(int points, double rmsFraction, double maxFraction, double floorFraction) {
        super(points, rmsFraction, maxFraction, floorFraction);
    }
}
