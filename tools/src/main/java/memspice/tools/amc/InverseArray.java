package memspice.tools.amc;

import java.util.ArrayList;
import java.util.List;

/**
 * The passive part of the INV circuit: the cells of the A+ (and A-) arrays and, with {@link Wires},
 * the row and column wire segments and their capacitances, as a list of two-terminal elements with
 * node names. The same list is written into the netlist, summed for the power, and solved as a
 * nodal network by {@link WiredTheory}.
 *
 * <p>Nodes (1-based i, j): without wire resistance the cells join {@code r<i>} (row op-amp input) to
 * {@code c<j>} (op-amp j's output) or {@code m<j>} (inverter j's output). With resistance, cell (i, j)
 * of A+ sits between row node {@code rw<i>_<j>} and column node {@code cw<i>_<j>}, cell (i, j) of A-
 * between {@code rw<i>_<N+j>} and {@code mw<i>_<j>}; segments {@code rwr<i>_<k>} join
 * r<i> - rw<i>_1 - rw<i>_2 - ..., segments {@code rwc<j>_<i>} join c<j> - cw1_<j> - cw2_<j> - ...,
 * {@code rwm<j>_<i>} the same from m<j>; each segment's far node has its capacitor to ground.
 */
public final class InverseArray {

    /**
     * One element.
     *
     * @param name      instance name (first letter r or c)
     * @param n1        first node
     * @param n2        second node ("0" for ground)
     * @param value     resistance (ohm) or capacitance (F)
     * @param capacitor true for a capacitor
     */
    public record Element(String name, String n1, String n2, double value, boolean capacitor) {
    }

    private InverseArray() {
    }

    /** The elements of the circuit's array(s), cells first (row by row), then wires, then capacitors. */
    public static List<Element> elements(InverseCircuit c) {
        int n = c.size();
        Wires w = c.wires();
        boolean wired = w.resistive();
        List<Element> out = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            for (int j = 1; j <= n; j++) {
                double v = c.a()[i - 1][j - 1];
                if (v > 0) {
                    out.add(new Element("rp" + i + "_" + j, wired ? "rw" + i + "_" + j : "r" + i,
                            wired ? "cw" + i + "_" + j : "c" + j, 1 / (v * c.g0()), false));
                } else if (v < 0) {
                    out.add(new Element("rn" + i + "_" + j, wired ? "rw" + i + "_" + (n + j) : "r" + i,
                            wired ? "mw" + i + "_" + j : "m" + j, -1 / (v * c.g0()), false));
                }
            }
        }
        int rowSegments = c.mixedSign() ? 2 * n : n;
        if (wired) {
            for (int i = 1; i <= n; i++) {
                for (int k = 1; k <= rowSegments; k++) {
                    String far = "rw" + i + "_" + k;
                    out.add(new Element("rwr" + i + "_" + k, k == 1 ? "r" + i : "rw" + i + "_" + (k - 1), far, w.r(), false));
                    capacitor(out, w, "cr" + i + "_" + k, far);
                }
            }
            for (String col : c.mixedSign() ? new String[] {"c", "m"} : new String[] {"c"}) {
                for (int j = 1; j <= n; j++) {
                    for (int i = 1; i <= n; i++) {
                        String far = col + "w" + i + "_" + j;
                        out.add(new Element("rw" + col + j + "_" + i, i == 1 ? col + j : col + "w" + (i - 1) + "_" + j, far, w.r(), false));
                        capacitor(out, w, "c" + col + i + "_" + j, far);
                    }
                }
            }
        } else if (w.c() > 0) {
            for (int i = 1; i <= n; i++) {
                out.add(new Element("cr" + i, "r" + i, "0", rowSegments * w.c(), true));
            }
            for (String col : c.mixedSign() ? new String[] {"c", "m"} : new String[] {"c"}) {
                for (int j = 1; j <= n; j++) {
                    out.add(new Element("c" + col + j, col + j, "0", n * w.c(), true));
                }
            }
        }
        return out;
    }

    private static void capacitor(List<Element> out, Wires w, String name, String node) {
        if (w.c() > 0) {
            out.add(new Element(name, node, "0", w.c(), true));
        }
    }
}
