package memspice.tools.crossbar;

import static memspice.tools.crossbar.CrossbarNetlist.num;

import java.io.IOException;
import java.io.Writer;

/** Writes the cross-point cells of {@link CrossbarNetlist}: model cards, word lines, one cell's cards. */
final class CellWriter {

    private CellWriter() {
    }

    /** Model cards, subcircuits and per-row or global sources the cell type needs (nothing for resistors). */
    static void preamble(CrossbarCell cell, int rows, Writer out) throws IOException {
        switch (cell.type()) {
            case RESISTOR -> {
            }
            case ONE_T_ONE_R -> {
                out.write("* 1T1R cells: resistor then NMOS access transistor, gates on word lines wl<i> at "
                        + num(cell.vg()) + " V\n");
                out.write(CrossbarCell.NMOS_MODEL + "\n");
                for (int i = 0; i < rows; i++) {
                    out.write("vwl" + i + " wl" + i + " 0 dc " + num(cell.vg()) + "\n");
                }
            }
            case ONE_S_ONE_R -> {
                out.write("* 1S1R cells: resistor then a selector of two antiparallel diodes\n");
                out.write(CrossbarCell.DIODE_MODEL + "\n");
            }
            case MEMRISTOR -> {
                out.write(CrossbarCell.MEMRISTOR_SUBCKT);
                out.write("* drift enable: 0 at the operating point (state = programmed x0), 1 after 1 ns\n");
                out.write("ven en 0 pwl(0 0 1n 1)\n");
            }
            case SINH -> out.write("* sinh cells: I = G/b sinh(b V), b = " + num(cell.b()) + " /V\n");
            case YMEMRISTOR -> {
                if (cell.states() == null) {
                    out.write("* YMEMRISTOR cells (memspice only): HP linear drift, programmed by rinit = 1/G\n");
                    out.write(".model mcell memristor model=hp" + (cell.ymodel().isEmpty() ? "" : " " + cell.ymodel()) + "\n");
                } else {
                    out.write("* YMEMRISTOR cells (memspice only), states xo programmed to the read conductances\n");
                    out.write(".model mcell memristor " + cell.ymodel() + "\n");
                }
            }
            default -> throw new IllegalStateException(cell.type().toString());
        }
    }

    /** Cards of cell (i, j) with conductance g (S) between r<i>_<j> and c<i>_<j>. */
    static void cell(CrossbarCell cell, int i, int j, double g, StringBuilder b) {
        String id = i + "_" + j;
        String row = " r" + id;
        String col = " c" + id;
        String mid = " m" + id;
        switch (cell.type()) {
            case RESISTOR -> b.append("rx").append(id).append(row).append(col).append(' ').append(num(1.0 / g)).append('\n');
            case ONE_T_ONE_R -> {
                b.append("rx").append(id).append(row).append(mid).append(' ').append(num(1.0 / g)).append('\n');
                b.append("mx").append(id).append(mid).append(" wl").append(i).append(col).append(" 0 nacc ")
                        .append(CrossbarCell.NMOS_GEOMETRY).append('\n');
            }
            case ONE_S_ONE_R -> {
                b.append("rx").append(id).append(row).append(mid).append(' ').append(num(1.0 / g)).append('\n');
                b.append("dxa").append(id).append(mid).append(col).append(" dsel\n");
                b.append("dxb").append(id).append(col).append(mid).append(" dsel\n");
            }
            case SINH -> b.append("bx").append(id).append(row).append(col).append(" i={").append(num(g / cell.b()))
                    .append("*sinh(").append(num(cell.b())).append("*v(r").append(id).append(",c").append(id).append("))}\n");
            case YMEMRISTOR -> b.append("ymemristor x").append(id).append(row).append(col).append(" mcell ")
                    .append(cell.states() == null ? "rinit=" + num(1.0 / g) : "xo=" + num(cell.states()[i][j])).append('\n');
            case MEMRISTOR -> b.append("xm").append(id).append(row).append(col).append(" en memr x0=")
                    .append(num(CrossbarCell.memristorState(g))).append('\n');
            default -> throw new IllegalStateException(cell.type().toString());
        }
    }
}
