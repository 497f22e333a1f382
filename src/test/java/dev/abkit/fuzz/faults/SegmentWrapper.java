package dev.abkit.fuzz.faults;

import dev.abkit.model.HeadData;
import dev.abkit.model.Outcome;
import dev.abkit.reference.segment.AuthorBlock;
import dev.abkit.reference.segment.SegmentView;
import dev.abkit.spi.UnincludedSegmentSubject;

/** A segment that authors through {@link #author(SegmentView, AuthorBlock)} and answers the rest correctly. */
abstract class SegmentWrapper implements UnincludedSegmentSubject {
    final UnincludedSegmentSubject correct;

    SegmentWrapper(UnincludedSegmentSubject correct) {
        this.correct = correct;
    }

    abstract Outcome author(SegmentView before, AuthorBlock block);

    @Override
    public Outcome author(AuthorBlock block) {
        return author(correct.view(), block);
    }

    @Override
    public SegmentView view() {
        return correct.view();
    }

    @Override
    public int sizeAfterIncluded(HeadData includedHead) {
        return correct.sizeAfterIncluded(includedHead);
    }

    @Override
    public boolean canBuildUpon(HeadData includedHead, long slot) {
        return correct.canBuildUpon(includedHead, slot);
    }
}
