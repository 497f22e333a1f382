/**
 * The YAML test vectors: their format ({@link dev.abkit.vectors.VectorCase}, read and written by
 * {@link dev.abkit.vectors.VectorCodec} with file, line and field in every error), their generation from the reference
 * model ({@link dev.abkit.vectors.CaseBuilder}, {@link dev.abkit.vectors.VectorGenerator}), and their execution against
 * any implementation ({@link dev.abkit.vectors.VectorRunner}, one {@link dev.abkit.vectors.SubjectDriver} per subject).
 */
package dev.abkit.vectors;
