package memspice.models.params;

/**
 * One model parameter, declared once: name (lower case, as written on .model cards), default
 * value, unit and description. The declaration drives parsing, validation and the generated
 * model reference.
 *
 * @param name        lower-case name
 * @param defaultValue value when the card omits it (NaN = required)
 * @param unit        SI unit or "" for dimensionless
 * @param description one line for the docs
 * @param aliases     other accepted names (lower case)
 */
public record Param(String name, double defaultValue, String unit, String description, String... aliases) {
}
