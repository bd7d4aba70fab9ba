package memspice.output;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/**
 * Prints an operating point as a two-column table (name, value with unit) on a stream.
 */
public final class OpTablePrinter {

    private OpTablePrinter() {
    }

    /** Prints one row of values under its column names. */
    public static void print(PrintStream out, String title, List<ResultTable.Column> columns, double[] values) {
        int width = 12;
        for (ResultTable.Column c : columns) {
            width = Math.max(width, c.name().length());
        }
        StringBuilder sb = new StringBuilder(columns.size() * (width + 24));
        sb.append("Operating point: ").append(title).append('\n');
        String fmt = "  %-" + width + "s  %17.9e %s%n";
        for (int i = 0; i < columns.size(); i++) {
            ResultTable.Column c = columns.get(i);
            sb.append(String.format(Locale.ROOT, fmt, c.name(), values[i], unit(c.type())));
        }
        out.print(sb);
        out.flush();
    }

    private static String unit(String type) {
        return switch (type) {
            case "voltage" -> "V";
            case "current" -> "A";
            case "time" -> "s";
            case "frequency" -> "Hz";
            default -> "";
        };
    }
}
