/**
 * Values shared by every reference model: identifiers (hashes, numbers, head data), the {@link dev.abkit.model.Outcome}
 * of a step, and {@link dev.abkit.model.Checks}, through which a model decides each rule by its id.
 */
package dev.abkit.model;
