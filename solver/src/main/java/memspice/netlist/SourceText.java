package memspice.netlist;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * The bytes of one netlist file and a cursor over its physical lines, for {@link DeckReader}: lines
 * end at {@code \n}, {@code \r} or {@code \r\n} (as {@link java.io.BufferedReader} splits them), are
 * numbered from 1, and are never copied; only the text of a finished card becomes a String.
 *
 * <p>Files are decoded as ISO-8859-1 (one byte, one char: every byte of any encoding survives, and the
 * netlist syntax is ASCII). Text given in memory is encoded as ISO-8859-1 when all its chars fit, else
 * as UTF-8 (whose multi-byte sequences contain no ASCII byte, so no delimiter is misread). A UTF-8 byte
 * order mark at the start of the buffer is skipped.
 */
final class SourceText {

    final Path file;
    final byte[] bytes;
    final Charset charset;
    private final int end;
    private int pos;
    /** The current line: its number and its bytes [start, stop). */
    int line;
    int start;
    int stop;

    private SourceText(Path file, byte[] bytes, Charset charset) {
        this.file = file;
        this.bytes = bytes;
        this.charset = charset;
        this.end = bytes.length;
        if (end >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            pos = 3;
        }
    }

    /**
     * Reads a file.
     *
     * @param from where the file was named (the include card, or {@code none} for the top file)
     * @throws NetlistException at {@code from} when the file is missing or unreadable
     */
    static SourceText load(Path file, SourceLocation from) throws NetlistException {
        try {
            return new SourceText(file, Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        } catch (NoSuchFileException e) {
            throw new NetlistException(from, "file not found: " + file);
        } catch (IOException e) {
            throw new NetlistException(from, "cannot read " + file + ": " + e.getMessage());
        }
    }

    /** Netlist text held in memory; {@code file} names it in diagnostics. */
    static SourceText of(Path file, String text) {
        boolean latin1 = true;
        for (int k = 0; k < text.length() && latin1; k++) {
            latin1 = text.charAt(k) <= 0xFF;
        }
        Charset cs = latin1 ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8;
        return new SourceText(file, text.getBytes(cs), cs);
    }

    /** Moves to the next physical line; false at the end of the buffer. */
    boolean next() {
        if (pos >= end) {
            return false;
        }
        byte[] b = bytes;
        int k = pos;
        while (k < end && b[k] != '\n' && b[k] != '\r') {
            k++;
        }
        start = pos;
        stop = k;
        if (k < end) {
            k += b[k] == '\r' && k + 1 < end && b[k + 1] == '\n' ? 2 : 1;
        }
        pos = k;
        line++;
        return true;
    }

    /** The bytes [from, to) as a String. */
    String text(int from, int to) {
        return new String(bytes, from, to - from, charset);
    }

    /** The location of the current line. */
    SourceLocation location() {
        return new SourceLocation(file, line);
    }

    /**
     * True for the bytes Java's {@link Character#isWhitespace} accepts among ISO-8859-1 chars (tab,
     * line feed, vertical tab, form feed, carriage return, the four separators 0x1C-0x1F, space).
     */
    static boolean isSpace(int b) {
        return b == ' ' || (b >= 9 && b <= 13) || (b >= 0x1C && b <= 0x1F);
    }
}
