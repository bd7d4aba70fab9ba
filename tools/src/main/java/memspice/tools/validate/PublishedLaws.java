package memspice.tools.validate;

/**
 * The state equations and current laws of the memristor models, each restated from the paper that
 * introduced it (as summarised with sources in REFERENCE.md section 1), with the parameters of a
 * case's {@code reference.csv}. Used by {@link SeriesOde} as the reference the simulated state is
 * held to. Lengths of TEAM and VTEAM are in nm (the netlists use xscaling = 1e9).
 */
final class PublishedLaws {

    private PublishedLaws() {
    }

    /**
     * HP linear drift (Strukov et al. 2008): v = (ron x + roff (1 - x)) i, dx/dt = uv ron / D^2 i f(x),
     * with f the Joglekar (wt 1), Biolek (2) or Prodromakis (3) window of exponent p (scale j).
     */
    static PublishedLaw hp(ReferenceSet r) {
        double ron = r.get("ron");
        double roff = r.get("roff");
        double k = r.get("uv") * ron / (r.get("d") * r.get("d"));
        int wt = (int) r.get("wt");
        double p = r.get("p");
        double j = r.get("j", 1);
        return new PublishedLaw() {
            public double current(double v, double x) {
                return v / (ron * x + roff * (1 - x));
            }

            public double rate(double v, double i, double x) {
                double f = switch (wt) {
                    case 1 -> 1 - Math.pow(2 * x - 1, 2 * p);                       // Joglekar 2009
                    case 2 -> 1 - Math.pow(x - (i < 0 ? 1 : 0), 2 * p);             // Biolek 2009, stp(-i)
                    case 3 -> j * (1 - Math.pow((x - 0.5) * (x - 0.5) + 0.75, p)); // Prodromakis 2011
                    default -> 1;
                };
                return k * i * f;
            }
        };
    }

    /**
     * TEAM (Kvatinsky et al. 2013, eqs. 5-7, linear I-V eq. 9, Kvatinsky window) with memspice's
     * documented drift-velocity saturation r/(1 + |r|/vmax) (TeamKinetics; vmax = 0 turns it off).
     * {@code voltage} true gives VTEAM (Kvatinsky et al. 2015): the thresholds act on v, not i.
     */
    static PublishedLaw team(ReferenceSet r, boolean voltage) {
        double ron = r.get("ron");
        double roff = r.get("roff");
        double xon = r.get("xon_nm");
        double xoff = r.get("xoff_nm");
        double kon = r.get("kon_nm_per_s");
        double koff = r.get("koff_nm_per_s");
        double aon = r.get("alphaon");
        double aoff = r.get("alphaoff");
        double uon = r.get(voltage ? "von" : "ion");
        double uoff = r.get(voltage ? "voff" : "ioff");
        double wc = r.get("wc_nm");
        double vmax = r.get("vmax_nm_per_s", 0);
        return new PublishedLaw() {
            public double current(double v, double x) {
                return v / (ron + (roff - ron) * (x - xon) / (xoff - xon));
            }

            public double rate(double v, double i, double x) {
                double u = voltage ? v : i;
                double g;
                if (u > uoff) {
                    g = koff * Math.pow(u / uoff - 1, aoff) * Math.exp(-Math.exp((x - xoff) / wc));
                } else if (u < uon) {
                    g = kon * Math.pow(u / uon - 1, aon) * Math.exp(-Math.exp(-(x - xon) / wc));
                } else {
                    return 0;
                }
                return vmax > 0 ? g / (1 + Math.abs(g) / vmax) : g;
            }
        };
    }

    /** Yakopcic et al. 2013, eqs. (1)-(6) as in REFERENCE.md 1.4. */
    static PublishedLaw yakopcic(ReferenceSet r) {
        double a1 = r.get("a1");
        double a2 = r.get("a2");
        double b = r.get("b");
        double vp = r.get("vp");
        double vn = r.get("vn");
        double ap = r.get("ap");
        double an = r.get("an");
        double xp = r.get("xp");
        double xn = r.get("xn");
        double alphap = r.get("alphap");
        double alphan = r.get("alphan");
        double eta = r.get("eta");
        return new PublishedLaw() {
            public double current(double v, double x) {
                return (v >= 0 ? a1 : a2) * x * Math.sinh(b * v);
            }

            public double rate(double v, double i, double x) {
                double g = v > vp ? ap * (Math.exp(v) - Math.exp(vp)) : v < -vn ? -an * (Math.exp(-v) - Math.exp(vn)) : 0;
                double f = 1;
                if (eta * v > 0 && x >= xp) {
                    f = Math.exp(-alphap * (x - xp)) * ((xp - x) / (1 - xp) + 1);
                } else if (eta * v <= 0 && x <= 1 - xn) {
                    f = Math.exp(alphan * (x + xn - 1)) * (x / (1 - xn));
                }
                return eta * g * f;
            }
        };
    }

    /** Knowm MMSS (Nugent and Molter 2014), REFERENCE.md 1.7. */
    static PublishedLaw mmss(ReferenceSet r) {
        double ron = r.get("ron");
        double roff = r.get("roff");
        double von = r.get("von");
        double voff = r.get("voff");
        double tau = r.get("tau");
        double phi = r.get("phi");
        double sfa = r.get("sfa");
        double sfb = r.get("sfb");
        double sra = r.get("sra");
        double srb = r.get("srb");
        double vt = r.get("vt");
        return new PublishedLaw() {
            public double current(double v, double x) {
                return phi * v * (x / ron + (1 - x) / roff) + (1 - phi) * (sfa * Math.exp(sfb * v) - sra * Math.exp(-srb * v));
            }

            public double rate(double v, double i, double x) {
                double pon = 1 / (1 + Math.exp(-(v - von) / vt));
                double poff = 1 - 1 / (1 + Math.exp(-(v + voff) / vt));
                return (1 - x) / tau * pon - x / tau * poff;
            }
        };
    }

    /** PEM (Niroula et al. 2017), REFERENCE.md 1.5, VN signed; Fp and Fm tables linear, held at the ends. */
    static PublishedLaw pem(ReferenceSet r, double[][] fp, double[][] fm) {
        double i1 = r.get("i1");
        double i2 = r.get("i2");
        double v1 = r.get("v1");
        double v2 = r.get("v2");
        double g0 = r.get("g0");
        double vp = r.get("vp");
        double vn = r.get("vn");
        double d1 = r.get("d1");
        double d2 = r.get("d2");
        double c1 = r.get("c1");
        double c2 = r.get("c2");
        return new PublishedLaw() {
            public double current(double v, double x) {
                return x * (i1 * Math.exp(v / v1) - i2 * Math.exp(-v / v2) + g0 * v - (i1 - i2));
            }

            public double rate(double v, double i, double x) {
                double g = v >= vp ? Math.exp(d1 * (v - vp)) - 1 : v <= vn ? Math.exp(d2 * (v - vn)) - 1 : 0;
                return v >= 0 ? c1 * g * WaveformComparison.interpolate(fp[0], fp[1], x)
                        : c2 * g * WaveformComparison.interpolate(fm[0], fm[1], x);
            }
        };
    }

}
