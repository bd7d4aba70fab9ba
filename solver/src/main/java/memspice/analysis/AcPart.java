package memspice.analysis;

/**
 * Which part of a complex small-signal quantity an {@code .ac} output column reports, selected by
 * ngspice's output names: {@code v(..)}/{@code i(..)} the complex value, {@code vm}/{@code im} its
 * magnitude, {@code vp}/{@code ip} its phase in degrees (atan2, in (-180, 180]), {@code vdb}/{@code idb}
 * 20 log10 of the magnitude, {@code vr}/{@code ir} the real and {@code vi}/{@code ii} the imaginary part.
 */
public enum AcPart {
    COMPLEX, MAGNITUDE, PHASE_DEGREES, DECIBEL, REAL, IMAGINARY;

    /** The part an output function name selects ("vm" -> MAGNITUDE), or null for a plain v/i or another name. */
    public static AcPart ofFunction(String fn) {
        if (fn.length() < 2 || (fn.charAt(0) != 'v' && fn.charAt(0) != 'i')) {
            return null;
        }
        return switch (fn.substring(1)) {
            case "m" -> MAGNITUDE;
            case "p" -> PHASE_DEGREES;
            case "db" -> DECIBEL;
            case "r" -> REAL;
            case "i" -> IMAGINARY;
            default -> null;
        };
    }

    /** This part of re + j im as a real number. */
    public double of(double re, double im) {
        return switch (this) {
            case COMPLEX, REAL -> re;
            case IMAGINARY -> im;
            case MAGNITUDE -> Math.hypot(re, im);
            case PHASE_DEGREES -> Math.toDegrees(Math.atan2(im, re));
            case DECIBEL -> 20 * Math.log10(Math.hypot(re, im));
        };
    }
}
