/**
 * Reference model of the parachain runtime's unincluded segment and block-production velocity (cumulus
 * {@code parachain-system} and the {@code aura-ext} consensus hook):
 * {@link dev.abkit.reference.segment.UnincludedSegment} takes {@link dev.abkit.reference.segment.AuthorBlock} events
 * and decides the rules of areas SEG and VEL, listed in
 * {@link dev.abkit.reference.segment.UnincludedSegmentRules}.
 */
package dev.abkit.reference.segment;
