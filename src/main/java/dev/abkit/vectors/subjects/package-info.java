/**
 * One driver per subject (how the subject's parameters, events and queries look in a vector and which adapter call
 * each is) and the vector sources that generate each area's cases from the reference model.
 */
package dev.abkit.vectors.subjects;
