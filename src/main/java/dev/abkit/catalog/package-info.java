/**
 * The rule catalog: one YAML file per {@link dev.abkit.catalog.Area} under {@code dev/abkit/catalog/}, each rule with
 * its id, level, subject, normative statement, seed section, upstream sources and the profiles it differs in.
 */
package dev.abkit.catalog;
