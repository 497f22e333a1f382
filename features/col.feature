Feature: Collator parent search and build decisions
  Under asynchronous backing the collator "builds new parablocks on the unincluded segment, on relay parents a few
  blocks old" (seed: "Async Backing Mechanics"). Before it authors, it searches its own database for the blocks it
  may build on: the included block and its descendants whose relay parents the relay chain still accepts, preferring
  the chain through the block pending availability. Then it decides whether to build now: its slot claim, the
  runtime's consent and, for the slot-based collator, the clock and the cores decide how many blocks a relay slot sees.

  Background:
    Given the collator knows relay blocks R0 to R6, each built on the one before, in session 0
    And blocks built on R6 belong to session 1
    And the collator's database holds these parablocks:
      | parablock | parent | relay parent |
      | P0        | H      | R1           |
      | A         | P0     | R2           |
      | A2        | P0     | R3           |
      | B         | A      | R3           |
      | B2        | A      | R5           |
      | C         | B      | R4           |
      | D         | C      | R5           |

  @AB-COL-001
  Rule: No parent when the included block is unknown locally
    The included block (as of the relay parent) is where every search starts; a collator that does not have it
    cannot tell which of its blocks are still useful, and builds nothing.

    Example: The included block X is missing from the collator's database
      Given X is the included parablock and nothing is pending availability
      When the collator searches for parents on relay parent R4 with ancestry_lookback 2 and max_depth 10, ignoring alternative branches
      Then there is no potential parent
      And the collator has no parent to build on

    Example: With the included block known the search goes on to its descendants
      Given P0 is the included parablock and nothing is pending availability
      When the collator searches for parents on relay parent R3 with ancestry_lookback 1 and max_depth 10
      Then the potential parents are:
        | parablock | depth | aligned with pending |
        | P0        | 0     | yes                  |
        | A         | 1     | yes                  |
        | A2        | 1     | yes                  |
        | B         | 2     | yes                  |

  @AB-COL-002
  Rule: The included block is the first potential parent
    It has depth 0 and is already on chain, so its own relay parent does not matter; with max_depth 0 the collator
    builds on it alone, which is synchronous backing seen from the collator.

    Example: max_depth 0 leaves only the included block
      Given P0 is the included parablock and nothing is pending availability
      When the collator searches for parents on relay parent R4 with ancestry_lookback 2 and max_depth 0
      Then the potential parents are:
        | parablock | depth | aligned with pending |
        | P0        | 0     | yes                  |
      And the collator builds on P0

    Example: The included block stays a parent although its relay parent R1 has left the ancestry of R5
      Given P0 is the included parablock and nothing is pending availability
      When the collator searches for parents on relay parent R5 with ancestry_lookback 1 and max_depth 10
      Then the potential parents are:
        | parablock | depth | aligned with pending |
        | P0        | 0     | yes                  |

  @AB-COL-003
  Rule: A parent's relay parent lies in the ancestry of the target relay parent
    The ancestry is the target relay parent and its ancestry_lookback nearest ancestors, in one session, never below
    relay block #1. A block built on an older relay parent could never be backed, nor could anything built on it.

    Example: ancestry_lookback 2 from R4 accepts R2, R3 and R4
      Given P0 is the included parablock and nothing is pending availability
      When the collator searches for parents on relay parent R4 with ancestry_lookback 2 and max_depth 10
      Then the potential parents are:
        | parablock | depth | aligned with pending |
        | P0        | 0     | yes                  |
        | A         | 1     | yes                  |
        | A2        | 1     | yes                  |
        | B         | 2     | yes                  |
        | C         | 3     | yes                  |

    Example: ancestry_lookback 1 drops A, built on R2, and with it everything built on A
      Given P0 is the included parablock and nothing is pending availability
      When the collator searches for parents on relay parent R4 with ancestry_lookback 1 and max_depth 10
      Then the potential parents are:
        | parablock | depth | aligned with pending |
        | P0        | 0     | yes                  |
        | A2        | 1     | yes                  |

    Example: A new session ends the ancestry
      Given P0 is the included parablock and nothing is pending availability
      When the collator searches for parents on relay parent R6 with ancestry_lookback 3 and max_depth 10
      Then the potential parents are:
        | parablock | depth | aligned with pending |
        | P0        | 0     | yes                  |
      And the collator builds on P0

  @AB-COL-004
  Rule: Potential parents are at most max_depth above the included block
    Depth counts parablocks from the included block; the search does not look past max_depth, not even on the way to
    the pending block.

    Example: max_depth 2 stops at B and B2
      Given P0 is the included parablock and nothing is pending availability
      When the collator searches for parents on relay parent R5 with ancestry_lookback 4 and max_depth 2
      Then the potential parents are:
        | parablock | depth | aligned with pending |
        | P0        | 0     | yes                  |
        | A         | 1     | yes                  |
        | A2        | 1     | yes                  |
        | B         | 2     | yes                  |
        | B2        | 2     | yes                  |

    Example: The path to a pending block deeper than max_depth is cut at max_depth
      Given P0 is the included parablock and parablock D is pending availability
      When the collator searches for parents on relay parent R5 with ancestry_lookback 4 and max_depth 2, ignoring alternative branches
      Then the potential parents are:
        | parablock | depth | aligned with pending |
        | P0        | 0     | yes                  |
        | A         | 1     | yes                  |
        | B         | 2     | yes                  |
      And the collator builds on B

  @AB-COL-005
  Rule: Aligned with the pending block, and alternative branches
    A block beside the path to the pending block can never be included after it. The search marks such blocks as not
    aligned, and with alternative branches ignored (what the aura collators do) it leaves them out with their
    descendants.

    Example: Keeping alternative branches, A2 and B2 are parents but not aligned with B
      Given P0 is the included parablock and parablock B is pending availability
      When the collator searches for parents on relay parent R5 with ancestry_lookback 4 and max_depth 10
      Then the potential parents are:
        | parablock | depth | aligned with pending |
        | P0        | 0     | yes                  |
        | A         | 1     | yes                  |
        | A2        | 1     | no                   |
        | B         | 2     | yes                  |
        | B2        | 2     | no                   |
        | C         | 3     | yes                  |
        | D         | 4     | yes                  |

    Example: Ignoring alternative branches, only the chain through B remains
      Given P0 is the included parablock and parablock B is pending availability
      When the collator searches for parents on relay parent R5 with ancestry_lookback 4 and max_depth 10, ignoring alternative branches
      Then the potential parents are:
        | parablock | depth | aligned with pending |
        | P0        | 0     | yes                  |
        | A         | 1     | yes                  |
        | B         | 2     | yes                  |
        | C         | 3     | yes                  |
        | D         | 4     | yes                  |

  @AB-COL-006
  Rule: A pending block the collator does not know
    The relay chain may have a candidate pending availability that the collator never imported. Ignoring alternative
    branches it cannot tell which branch leads on from it, so it finds no parent and waits; keeping them, it searches
    as if nothing were pending.

    Example: Unknown pending block Y with alternative branches ignored
      Given P0 is the included parablock and parablock Y is pending availability
      When the collator searches for parents on relay parent R4 with ancestry_lookback 2 and max_depth 10, ignoring alternative branches
      Then there is no potential parent
      And the collator has no parent to build on

    Example: Unknown pending block Y with alternative branches kept
      Given P0 is the included parablock and parablock Y is pending availability
      When the collator searches for parents on relay parent R4 with ancestry_lookback 2 and max_depth 10
      Then the potential parents are:
        | parablock | depth | aligned with pending |
        | P0        | 0     | yes                  |
        | A         | 1     | yes                  |
        | A2        | 1     | yes                  |
        | B         | 2     | yes                  |
        | C         | 3     | yes                  |

    Example: Under unknown-pending-included-only the collator falls back to the included block
      Given the collator follows the unknown-pending-included-only variant
      And P0 is the included parablock and parablock Y is pending availability
      When the collator searches for parents on relay parent R4 with ancestry_lookback 2 and max_depth 10, ignoring alternative branches
      Then the potential parents are:
        | parablock | depth | aligned with pending |
        | P0        | 0     | yes                  |

  @AB-COL-007
  Rule: The collator builds on the deepest potential parent
    The deepest parent extends the unincluded segment furthest, which is the point of building ahead.

    Example: With B pending the collator builds on D at depth 4
      Given P0 is the included parablock and parablock B is pending availability
      When the collator searches for parents on relay parent R5 with ancestry_lookback 4 and max_depth 10, ignoring alternative branches
      Then the collator builds on D

    Example: On relay parent R3 with A pending the collator builds on B, past the pending block
      Given P0 is the included parablock and parablock A is pending availability
      When the collator searches for parents on relay parent R3 with ancestry_lookback 1 and max_depth 10, ignoring alternative branches
      Then the collator builds on B

  @AB-COL-008
  Rule: No block without the slot claim
    Aura assigns each slot to one author; a collator checks its claim before anything else.

    Example: Without the claim the collator builds nothing, not even on the included block
      Given the collator does not hold the slot claim
      And the parent is P0 and the included parablock is P0
      When the collator decides whether to build
      Then the collator builds no block
      And the runtime is not asked

    Example: With the claim it builds on the included block
      Given the collator holds the slot claim
      And the parent is P0 and the included parablock is P0
      When the collator decides whether to build
      Then the collator builds a block

  @AB-COL-009
  Rule: On the included block the collator builds without asking the runtime
    The runtime learns a block's hash only in the next block, so asked about a parent that is itself the included
    block it still counts that parent as unincluded, and refuses when the segment looks full (PR 7205).

    Example: On the included block the collator builds although the runtime would refuse
      Given the collator holds the slot claim
      And the parent is P0 and the included parablock is P0
      And the runtime's can_build_upon would refuse the block
      When the collator decides whether to build
      Then the collator builds a block
      And the runtime is not asked

    Example: On an unincluded parent the runtime's refusal stops the collator
      Given the collator holds the slot claim
      And the parent is B and the included parablock is P0
      And the runtime's can_build_upon would refuse the block
      When the collator decides whether to build
      Then the collator builds no block

    Example: Under no-included-parent-bypass the runtime is asked on the included block too
      Given the collator follows the no-included-parent-bypass variant
      And the collator holds the slot claim
      And the parent is P0 and the included parablock is P0
      And the runtime's can_build_upon would refuse the block
      When the collator decides whether to build
      Then the collator builds no block

  @AB-COL-010
  Rule: The runtime is asked with the relay slot from API version 2 on
    Velocity is counted per relay-chain slot since PR 6825; runtimes with the older API still count parachain slots.

    Background:
      Given the collator holds the slot claim
      And the parent is B and the included parablock is P0
      And the parachain slot is 82 and the relay-chain slot is 41

    Example: Version 2 is asked with the relay-chain slot
      Given the runtime's AuraUnincludedSegmentApi has version 2
      When the collator decides whether to build
      Then the runtime is asked with slot 41
      And the collator builds a block

    Example: Version 1 is asked with the parachain slot
      Given the runtime's AuraUnincludedSegmentApi has version 1
      When the collator decides whether to build
      Then the runtime is asked with slot 82

    Example: Without the API the collator builds only on the included block
      Given the runtime has no AuraUnincludedSegmentApi
      When the collator decides whether to build
      Then the collator builds no block
      And the runtime is not asked

  @AB-COL-011
  Rule: The slot-based collator's interval between attempts
    It wakes at least once per relay slot; with more cores than parachain slots per relay slot it splits the relay
    slot between the cores, never attempting more often than every 500 ms.

    Scenario Outline: <para slot> ms parachain slots and <cores> cores
      When a slot-based collator has <para slot> ms parachain slots, 6000 ms relay slots and <cores> cores
      Then it attempts a block every <interval> ms

      Examples:
        | para slot | cores | interval |
        | 6000      | 1     | 6000     |
        | 6000      | 3     | 2000     |
        | 2000      | 3     | 2000     |
        | 12000     | 1     | 6000     |
        | 12000     | 2     | 3000     |
        | 6000      | 12    | 500      |
        | 6000      | 13    | 500      |

    Example: Attempts fall on multiples of the interval, counted on a clock shifted back by the offset
      When a slot-based collator has 6000 ms parachain slots, 6000 ms relay slots and 3 cores
      Then it attempts a block every 2000 ms
      And at 11999 ms with an offset of 0 ms it waits 1 ms for its next attempt
      And at 12000 ms with an offset of 0 ms it waits 2000 ms for its next attempt
      And at 12000 ms with an offset of 1500 ms it waits 1500 ms for its next attempt

  @AB-COL-012
  Rule: Blocks per relay slot
    The collator's attempts per relay slot meet the runtime's velocity: at most velocity + 1 blocks per relay slot.

    Scenario Outline: A <kind> collator with velocity <velocity> and <cores> cores
      When a <kind> collator runs with velocity <velocity>, 6000 ms parachain slots and <cores> cores
      Then it authors <blocks> blocks per relay slot

      Examples:
        | kind       | velocity | cores | blocks |
        | lookahead  | 1        | 1     | 2      |
        | lookahead  | 3        | 1     | 2      |
        | slot-based | 1        | 1     | 1      |
        | slot-based | 1        | 3     | 2      |
        | slot-based | 2        | 3     | 3      |
