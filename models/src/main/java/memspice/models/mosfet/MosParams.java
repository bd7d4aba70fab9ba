package memspice.models.mosfet;

/** One MOSFET's resolved values (geometry and multiplicity applied). Immutable after the factory fills it. */
final class MosParams {
    /** +1 NMOS, -1 PMOS. */
    int polarity;
    /** Threshold in the device's own frame: polarity * VTO (V). */
    double vto;
    /** KP W / Leff times m (A/V^2). */
    double beta;
    double gamma;
    double phi;
    double lambda;
    double gd;
    double gs;
    double is;
    double cbd;
    double cbs;
    double pb;
    double mj;
    double fc;
    /** Overlap capacitances (F). */
    double cgs;
    double cgd;
    double cgb;
}
