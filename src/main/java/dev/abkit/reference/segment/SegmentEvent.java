package dev.abkit.reference.segment;

/** A step of the unincluded-segment model. */
public sealed interface SegmentEvent permits AuthorBlock {
}
