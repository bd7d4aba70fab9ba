package memspice.models.bjt;

/**
 * One transistor's resolved parameters: area- and multiplicity-scaled, Early voltages and knee
 * currents stored as reciprocals (0 = none). Immutable after the factory fills it.
 */
final class BjtParams {
    /** +1 NPN, -1 PNP. */
    int polarity;
    double is;
    double bf;
    double nf;
    double br;
    double nr;
    double ise;
    double ne;
    double isc;
    double nc;
    double invVaf;
    double invVar;
    double invIkf;
    double invIkr;
    /** Series conductances (S), 0 = no resistor (terminal used directly). */
    double gb;
    double gc;
    double ge;
    double cje;
    double vje;
    double mje;
    double tf;
    double cjc;
    double vjc;
    double mjc;
    double tr;
    double cjs;
    double vjs;
    double mjs;
    double fc;
}
