/**
 * Identifiers an enterprise types: credit code, organisation code, citizen ID, VIN, plate, customs
 * code, certificate number, mobile number, email. Each is normalised once ({@link
 * cn.autogov.kernel.identifier.Normaliser}), checked by its rules into a {@link
 * cn.autogov.kernel.identifier.Verdict} (valid, invalid or needs manual review, with every problem
 * named), and then trusted as a value.
 */
package cn.autogov.kernel.identifier;
