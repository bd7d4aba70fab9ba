package memspice.netlist;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Locale;

/**
 * Reads a netlist file into logical {@link Card}s, SPICE style:
 * <ul>
 * <li>the first line of the top file is the title;</li>
 * <li>{@code *} starts a comment line; {@code ;} starts an inline comment anywhere, {@code $} when it
 * follows whitespace (ngspice);</li>
 * <li>a line starting with {@code +} continues the previous card (comment and blank lines may come
 * between);</li>
 * <li>{@code .include file} / {@code .inc file} insert a file; {@code .lib file section} inserts the
 * {@code .lib section ... .endl} block of a library file; paths are relative to the including file;</li>
 * <li>{@code .control ... .endc} blocks (ngspice scripts) are skipped with a warning;</li>
 * <li>{@code .end} ends the top file.</li>
 * </ul>
 * The reader keeps each card's source location so every later diagnostic can name file and line.
 *
 * <p>Speed: a file is read as one byte array ({@link SourceText}); lines, comments and continuations
 * are found on the bytes, and only a finished card's text becomes a String (one copy per card). Dot
 * cards, which steer the reader, are decoded to look at their words.
 */
public final class DeckReader {

    private final List<Card> cards = new ArrayList<>();
    private final List<Diagnostic> warnings = new ArrayList<>();
    private final Deque<Path> includeStack = new ArrayDeque<>();
    /** A card joined from '+' continuation lines, as bytes; grown as needed. */
    private byte[] joined = new byte[256];
    private int joinedLength = -1;      // -1: the pending card is one line, still in the source buffer

    private DeckReader() {
    }

    /**
     * Reads a netlist and everything it includes.
     *
     * @param file the top-level netlist
     * @return the deck; never null
     * @throws NetlistException for a missing file, an include cycle, a missing library section,
     *                          an unterminated {@code .control} or library block, or a stray continuation
     */
    public static Deck read(Path file) throws NetlistException {
        DeckReader reader = new DeckReader();
        SourceText src = SourceText.load(file, SourceLocation.none(file.toString()));
        reader.includeStack.push(file.toAbsolutePath().normalize());
        Deck d = reader.readTop(src);
        reader.includeStack.pop();
        return d;
    }

    /**
     * Reads netlist text given in memory (tests, generated circuits). The name stands in for the file
     * in diagnostics; includes are resolved relative to the working directory.
     */
    public static Deck read(String name, String text) throws NetlistException {
        return new DeckReader().readTop(SourceText.of(Path.of(name), text));
    }

    private Deck readTop(SourceText src) throws NetlistException {
        if (!src.next()) {
            throw new NetlistException(new SourceLocation(src.file, 1), "empty netlist (the first line is the title)");
        }
        String title = stripBom(src.text(src.start, src.stop)).trim();
        readLines(src, null);
        return new Deck(title, List.copyOf(cards), List.copyOf(warnings));
    }

    private static String stripBom(String s) {
        return !s.isEmpty() && s.charAt(0) == '\uFEFF' ? s.substring(1) : s;
    }

    /**
     * Reads the remaining physical lines of {@code src} into cards.
     *
     * @param librarySection when non-null, only the {@code .lib <section> ... .endl} block with this
     *                       name is read (lower case); everything outside it is ignored
     */
    private void readLines(SourceText src, String librarySection) throws NetlistException {
        final byte[] b = src.bytes;
        int pendingStart = -1;              // the card being collected: its first line's bytes
        int pendingStop = -1;
        int pendingLine = 0;                 // 0: no card pending
        boolean inSelectedSection = librarySection == null;
        boolean sectionFound = librarySection == null;
        String skippingSection = null;    // a .lib block we are not reading
        SourceLocation skippingFrom = null;
        while (src.next()) {
            int s = src.start;
            int e = commentEnd(b, s, src.stop);
            while (s < e && SourceText.isSpace(b[s])) {
                s++;
            }
            while (e > s && SourceText.isSpace(b[e - 1])) {
                e--;
            }
            if (s == e) {
                continue;
            }
            if (b[s] == '+') {
                if (skippingSection != null || !inSelectedSection) {
                    continue;
                }
                if (pendingLine == 0) {
                    throw new NetlistException(src.location(), "continuation line '+' with no card before it");
                }
                int from = s + 1;
                while (from < e && SourceText.isSpace(b[from])) {
                    from++;
                }
                appendContinuation(b, pendingStart, pendingStop, from, e);
                continue;
            }
            // A new card starts: finish the pending one.
            if (pendingLine != 0) {
                emit(src, pendingLine, pendingStart, pendingStop);
                pendingLine = 0;
            }
            // only dot cards are looked at here: element lines keep their case and are not copied
            String line = b[s] == '.' ? src.text(s, e) : null;
            String word = line == null ? "" : firstWord(line).toLowerCase(Locale.ROOT);
            if (skippingSection != null) {
                if (word.equals(".endl")) {
                    skippingSection = null;
                }
                continue;
            }
            if (word.equals(".lib") || word.equals(".library")) {
                List<String> args = words(line);
                if (args.size() == 2) {           // ".lib section": start of a section definition
                    String section = args.get(1).toLowerCase(Locale.ROOT);
                    if (librarySection != null && section.equals(librarySection)) {
                        inSelectedSection = true;
                        sectionFound = true;
                    } else {
                        skippingSection = section;
                        skippingFrom = src.location();
                    }
                    continue;
                }
                if (!inSelectedSection) {
                    continue;
                }
                if (args.size() != 3) {
                    throw new NetlistException(src.location(), ".lib needs a file and a section name: .lib <file> <section>");
                }
                includeLibrary(src.file, src.location(), unquote(args.get(1)), args.get(2).toLowerCase(Locale.ROOT));
                continue;
            }
            if (word.equals(".endl")) {
                if (librarySection != null && inSelectedSection) {
                    return;                       // end of the selected section
                }
                continue;
            }
            if (!inSelectedSection) {
                continue;
            }
            if (word.equals(".control")) {
                SourceLocation at = src.location();
                if (!skipToEndc(src)) {
                    throw new NetlistException(at, ".control block without .endc");
                }
                warnings.add(new Diagnostic(at, ".control ... .endc block skipped (ngspice scripting is not supported)"));
                continue;
            }
            if (word.equals(".include") || word.equals(".inc")) {
                List<String> args = words(line);
                if (args.size() != 2) {
                    throw new NetlistException(src.location(), word + " needs exactly one file name");
                }
                include(src.file, src.location(), unquote(args.get(1)));
                continue;
            }
            if (word.equals(".end")) {
                return;                          // ends the top file; an .end inside an included file ends that file
            }
            pendingStart = s;
            pendingStop = e;
            pendingLine = src.line;
            joinedLength = -1;
        }
        if (pendingLine != 0) {
            emit(src, pendingLine, pendingStart, pendingStop);
        }
        if (skippingSection != null) {
            throw new NetlistException(skippingFrom, ".lib section '" + skippingSection + "' without .endl");
        }
        if (!sectionFound) {
            throw new NetlistException(SourceLocation.none(src.file.toString()),
                    "library section '" + librarySection + "' not found in " + src.file);
        }
    }

    /** Appends {@code ' ' + b[from, to)} to the pending card, first copying its line [ps, pe) if needed. */
    private void appendContinuation(byte[] b, int ps, int pe, int from, int to) {
        if (joinedLength < 0) {
            joinedLength = 0;
            appendJoined(b, ps, pe);
        }
        ensureJoined(1);
        joined[joinedLength++] = ' ';
        appendJoined(b, from, to);
    }

    private void appendJoined(byte[] b, int from, int to) {
        ensureJoined(to - from);
        System.arraycopy(b, from, joined, joinedLength, to - from);
        joinedLength += to - from;
    }

    private void ensureJoined(int more) {
        if (joinedLength + more > joined.length) {
            joined = Arrays.copyOf(joined, Math.max(2 * joined.length, joinedLength + more));
        }
    }

    /** Adds the pending card: its one line [s, e), or the joined continuation text. */
    private void emit(SourceText src, int line, int s, int e) {
        String text = joinedLength < 0 ? src.text(s, e)
                : new String(joined, 0, joinedLength, src.charset).strip();
        joinedLength = -1;
        cards.add(new Card(src.file, line, text));
    }

    private void include(Path from, SourceLocation at, String name) throws NetlistException {
        Path target = resolve(from, name);
        guardCycle(at, target);
        SourceText src = SourceText.load(target, at);
        includeStack.push(target);
        readLines(src, null);
        includeStack.pop();
    }

    private void includeLibrary(Path from, SourceLocation at, String name, String section) throws NetlistException {
        Path target = resolve(from, name);
        guardCycle(at, target);
        SourceText src = SourceText.load(target, at);
        includeStack.push(target);
        try {
            readLines(src, section);
        } catch (NetlistException e) {
            if (e.location().line() == 0) {   // section not found: report at the .lib line
                throw new NetlistException(at, e.problem());
            }
            throw e;
        }
        includeStack.pop();
    }

    private void guardCycle(SourceLocation at, Path target) throws NetlistException {
        if (includeStack.contains(target)) {
            throw new NetlistException(at, "include cycle: " + target + " includes itself");
        }
        if (includeStack.size() > 64) {
            throw new NetlistException(at, "includes nested more than 64 deep");
        }
    }

    private static Path resolve(Path from, String name) {
        Path p = Path.of(name);
        if (!p.isAbsolute()) {
            Path dir = from.toAbsolutePath().getParent();
            p = dir == null ? p : dir.resolve(p);
        }
        return p.toAbsolutePath().normalize();
    }

    /**
     * Moves the cursor past the next line whose first word is {@code .endc} (any case; comments are
     * not looked at inside a .control block); false when there is none.
     */
    private static boolean skipToEndc(SourceText src) {
        byte[] b = src.bytes;
        while (src.next()) {
            int s = src.start;
            while (s < src.stop && SourceText.isSpace(b[s])) {
                s++;
            }
            int e = s;
            while (e < src.stop && !SourceText.isSpace(b[e])) {
                e++;
            }
            if (e - s == 5 && src.text(s, e).toLowerCase(Locale.ROOT).equals(".endc")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Removes comments: a whole line starting with {@code *}; from {@code ;} to the end; from a
     * {@code $} that is preceded by whitespace (or starts the line) to the end. Braced and quoted
     * expressions are left intact. (The String form of {@link #commentEnd}, for ISO-8859-1 text.)
     */
    static String stripComments(String line) {
        String s = stripBom(line);
        return s.substring(0, Math.max(0, commentEnd(s.getBytes(StandardCharsets.ISO_8859_1), 0, s.length())));
    }

    /**
     * Where the comment-free part of the line b[from, to) ends: {@code from} for a comment line (first
     * non-blank byte {@code *}), the index of a {@code ;} or of a whitespace-preceded {@code $} outside
     * braces and single quotes, else {@code to}.
     */
    static int commentEnd(byte[] b, int from, int to) {
        int first = from;
        while (first < to && SourceText.isSpace(b[first])) {
            first++;
        }
        if (first < to && b[first] == '*') {
            return from;
        }
        int depth = 0;
        boolean quoted = false;
        for (int k = first; k < to; k++) {
            byte c = b[k];
            if (c == '\'' && depth == 0) {
                quoted = !quoted;
            } else if (quoted) {
                continue;
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && depth > 0) {
                depth--;
            } else if (c == ';' && depth == 0) {
                return k;
            } else if (c == '$' && depth == 0 && (k == first || SourceText.isSpace(b[k - 1]))
                    && !isXyceGlobalNode(b, k, to)) {
                return k;
            }
        }
        return to;
    }

    /**
     * True when the '$' at k starts a Xyce global node name ({@code $G_VPlus}, {@code $GVDD}: "$G"
     * and a name character), not an ngspice inline comment ({@code $ comment}).
     */
    static boolean isXyceGlobalNode(byte[] b, int k, int to) {
        if (k + 2 >= to || (b[k + 1] != 'G' && b[k + 1] != 'g')) {
            return false;
        }
        int c = b[k + 2] & 0xFF;
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_'
                || (c >= 0x80 && Character.isLetterOrDigit((char) c));
    }

    private static String firstWord(String s) {
        int end = 0;
        while (end < s.length() && !Character.isWhitespace(s.charAt(end))) {
            end++;
        }
        return s.substring(0, end);
    }

    private static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        int k = 0;
        while (k < s.length()) {
            while (k < s.length() && Character.isWhitespace(s.charAt(k))) {
                k++;
            }
            if (k >= s.length()) {
                break;
            }
            char q = s.charAt(k);
            int start = k;
            if (q == '"' || q == '\'') {
                int end = s.indexOf(q, k + 1);
                k = end < 0 ? s.length() : end + 1;
            } else {
                while (k < s.length() && !Character.isWhitespace(s.charAt(k))) {
                    k++;
                }
            }
            out.add(s.substring(start, k));
        }
        return out;
    }

    private static String unquote(String s) {
        if (s.length() >= 2 && (s.charAt(0) == '"' || s.charAt(0) == '\'') && s.charAt(s.length() - 1) == s.charAt(0)) {
            return s.substring(1, s.length() - 1);
        }
        return s;
    }
}
