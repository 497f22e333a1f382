Feature: Unincluded segment
  A collator builds new parablocks on ancestors the relay chain has not included yet: the unincluded segment keeps
  record of all candidates in the backing process right up until they are included, and "once a parablock has been
  included, there is no need to keep it in the segment" (seed: "Async Backing Mechanics"). The parachain runtime
  bounds the segment so that it only builds blocks the relay chain can still take (seed: "Unincluded Segments").

  Background:
    Given a parachain runtime with unincluded segment capacity 3 and velocity 3

  @AB-SEG-001
  Rule: A parablock fits only if fewer than `capacity` unincluded ancestors remain after eviction
    The ancestors left once the included ones are evicted must number strictly less than the capacity
    (new_len < capacity), so the segment never holds more than `capacity` parablocks.

    Scenario Outline: <ancestors> unincluded ancestors against a capacity of 3
      Given parablocks <ancestors list> have been authored one per relay parent from relay parent 10
      And parablock N builds on relay parent 20
      When N is authored
      Then the parachain runtime <verdict>

      Examples:
        | ancestors | ancestors list | verdict                    |
        | 2         | A and B        | accepts N                  |
        | 3         | A, B and C     | rejects N under AB-SEG-001 |

    Example: The first parablock always fits, even with capacity 1
      Given a parachain runtime with unincluded segment capacity 1 and velocity 1
      And parablock A builds on relay parent 10
      When A is authored
      Then the parachain runtime accepts A
      And the unincluded segment holds A

    Example: With capacity 1 a parablock builds only on an included parent, which is synchronous backing
      Given a parachain runtime with unincluded segment capacity 1 and velocity 1
      And parablock A has been authored on relay parent 10
      And parablock B builds on relay parent 11
      When B is authored
      Then the parachain runtime rejects B under AB-SEG-001
      And the unincluded segment holds A

    Example: Under expect-parent-included the segment holds one parablock whatever capacity is configured
      Given the parachain runtime follows the expect-parent-included variant
      And parablock A has been authored on relay parent 10
      And parablock B builds on relay parent 11
      And B's relay parent proves A included
      When B is authored
      Then the parachain runtime accepts B
      And the unincluded segment holds B

  @AB-SEG-002
  Rule: Inclusion evicts the included ancestor and every ancestor before it
    Eviction happens before the capacity check and releases the bandwidth and upgrade signal those ancestors used.

    Example: Including the oldest parablock of a full segment frees the place the next one needs
      Given parablocks A, B and C have been authored one per relay parent from relay parent 10
      And parablock D builds on relay parent 13
      And D's relay parent proves A included
      When D is authored
      Then the parachain runtime accepts D
      And the unincluded segment holds B, C and D

    Example: Including a parablock in the middle evicts it together with its ancestors
      Given parablocks A, B and C have been authored one per relay parent from relay parent 10
      And parablock D builds on relay parent 13
      And D's relay parent proves B included
      When D is authored
      Then the unincluded segment holds C and D

    Example: The horizontal messages of evicted parablocks no longer count
      Given parablock A builds on relay parent 10
      And A sends 1 horizontal message of 10 bytes in total to para 2001
      And A's relay parent leaves room for 5 messages and 500 bytes on the channel to para 2001
      And A has been authored
      And parablock B builds on relay parent 11
      And B's relay parent proves A included
      When B is authored
      Then the parachain runtime accepts B
      And the unincluded segment accounts for no horizontal message to para 2001

    Example: An evicted consumer of the upgrade go-ahead releases it
      Given parablock A builds on relay parent 10
      And A's relay parent reports the upgrade go-ahead
      And A consumes the upgrade signal
      And A has been authored
      And parablock B builds on relay parent 11
      And B's relay parent proves A included
      When B is authored
      Then the parachain runtime accepts B
      And the unincluded segment holds no consumed upgrade signal

  @AB-SEG-003
  Rule: An included head that no ancestor has evicts nothing
    No ancestor is evicted and new_len is the full segment length; this alone is no reason to reject the parablock.

    Example: A head included long ago leaves every ancestor in the segment
      Given parablocks A and B have been authored one per relay parent from relay parent 10
      And parablock C builds on relay parent 12
      And C's relay parent proves genesis included
      When C is authored
      Then the parachain runtime accepts C
      And the unincluded segment holds A, B and C

    Example: A head already evicted by an earlier parablock evicts nothing more
      Given parablocks A and B have been authored one per relay parent from relay parent 10
      And parablock C has been authored on relay parent 12 with A included
      And parablock D builds on relay parent 13
      And D's relay parent proves A included
      When D is authored
      Then the parachain runtime accepts D
      And the unincluded segment holds B, C and D

    Example: An unknown included head leaves a full segment full
      Given parablocks A, B and C have been authored one per relay parent from relay parent 10
      And parablock D builds on relay parent 13
      And D's relay parent proves Elsewhere included
      When D is authored
      Then the parachain runtime rejects D under AB-SEG-001

  @AB-SEG-004
  Rule: The included head is the para head proven at the relay parent
    A parablock whose relay-parent proof carries no included head is rejected.

    Example: A proof without an included para head is rejected
      Given parablock A builds on relay parent 10
      And A's relay parent proves no included para head
      When A is authored
      Then the parachain runtime rejects A under AB-SEG-004
      And the unincluded segment is empty

    Example: The proven head is used even when it is not the parent
      Given parablocks A and B have been authored one per relay parent from relay parent 10
      And parablock C builds on relay parent 12
      And C's relay parent proves A included
      When C is authored
      Then the parachain runtime accepts C
      And the unincluded segment holds B and C

    Example: Under expect-parent-included a proven head other than the parent is rejected
      Given the parachain runtime follows the expect-parent-included variant
      And parablock A has been authored on relay parent 10
      And parablock B builds on relay parent 11
      When B is authored
      Then the parachain runtime rejects B under AB-SEG-004

    Example: Under expect-parent-included a proof without an included head counts the parent as included
      Given the parachain runtime follows the expect-parent-included variant
      And parablock A has been authored on relay parent 10
      And parablock B builds on relay parent 11
      And B's relay parent proves no included para head
      When B is authored
      Then the parachain runtime accepts B
      And the unincluded segment holds B

  @AB-SEG-005
  Rule: The segment's upward messages may not exceed the relay dispatch queue's remaining count
    The upward messages of the ancestors left after eviction plus the new parablock's are rejected when
    sum > remaining; a sum equal to the remaining count is accepted.

    Scenario Outline: <second> upward messages after 2 when 4 remain
      Given parablock A builds on relay parent 10
      And A sends 2 upward messages of 20 bytes in total
      And A's relay parent leaves room for 4 upward messages and 1000 upward bytes
      And A has been authored
      And parablock B builds on relay parent 11
      And B sends <second> upward messages of 20 bytes in total
      And B's relay parent leaves room for 4 upward messages and 1000 upward bytes
      When B is authored
      Then the parachain runtime <verdict>
      And the unincluded segment accounts for <total> upward messages of <bytes> bytes

      Examples:
        | second | verdict                    | total | bytes |
        | 2      | accepts B                  | 4     | 40    |
        | 3      | rejects B under AB-SEG-005 | 2     | 20    |

  @AB-SEG-006
  Rule: The segment's upward bytes may not exceed the relay dispatch queue's remaining size
    The upward bytes of the ancestors left after eviction plus the new parablock's are rejected when
    sum > remaining; a sum equal to the remaining size is accepted.

    Scenario Outline: <second> upward bytes after 20 when 50 remain
      Given parablock A builds on relay parent 10
      And A sends 1 upward message of 20 bytes in total
      And A's relay parent leaves room for 100 upward messages and 50 upward bytes
      And A has been authored
      And parablock B builds on relay parent 11
      And B sends 1 upward message of <second> bytes in total
      And B's relay parent leaves room for 100 upward messages and 50 upward bytes
      When B is authored
      Then the parachain runtime <verdict>

      Examples:
        | second | verdict                    |
        | 30     | accepts B                  |
        | 31     | rejects B under AB-SEG-006 |

  @AB-SEG-007
  Rule: The segment's horizontal messages to a recipient may not exceed the channel's remaining count
    Per recipient, the messages of the ancestors left after eviction plus the new parablock's are rejected when
    sum > remaining, and a message to a para without channel limits at the relay parent is rejected.

    Scenario Outline: <second> horizontal messages to para 2001 after 1 when 3 remain
      Given parablock A builds on relay parent 10
      And A sends 1 horizontal message of 10 bytes in total to para 2001
      And A's relay parent leaves room for 3 messages and 1000 bytes on the channel to para 2001
      And A has been authored
      And parablock B builds on relay parent 11
      And B sends <second> horizontal messages of 20 bytes in total to para 2001
      And B's relay parent leaves room for 3 messages and 1000 bytes on the channel to para 2001
      When B is authored
      Then the parachain runtime <verdict>

      Examples:
        | second | verdict                    |
        | 2      | accepts B                  |
        | 3      | rejects B under AB-SEG-007 |

    Example: Messages to different recipients are counted per channel
      Given parablock A builds on relay parent 10
      And A sends 3 horizontal messages of 30 bytes in total to para 2001
      And A's relay parent leaves room for 3 messages and 1000 bytes on the channel to para 2001
      And A has been authored
      And parablock B builds on relay parent 11
      And B sends 3 horizontal messages of 30 bytes in total to para 2002
      And B's relay parent leaves room for 3 messages and 1000 bytes on the channel to para 2001
      And B's relay parent leaves room for 3 messages and 1000 bytes on the channel to para 2002
      When B is authored
      Then the parachain runtime accepts B
      And the unincluded segment accounts for 3 horizontal messages of 30 bytes to para 2001
      And the unincluded segment accounts for 3 horizontal messages of 30 bytes to para 2002

    Example: A message to a para without an open channel at the relay parent is rejected
      Given parablock A builds on relay parent 10
      And A sends 1 horizontal message of 10 bytes in total to para 2002
      And A's relay parent leaves room for 3 messages and 1000 bytes on the channel to para 2001
      When A is authored
      Then the parachain runtime rejects A under AB-SEG-007

  @AB-SEG-008
  Rule: The segment's horizontal bytes to a recipient may not exceed the channel's remaining size
    Per recipient, the bytes of the ancestors left after eviction plus the new parablock's are rejected when
    sum > remaining; equality is accepted.

    Scenario Outline: <second> bytes to para 2001 after 60 when 100 remain
      Given parablock A builds on relay parent 10
      And A sends 1 horizontal message of 60 bytes in total to para 2001
      And A's relay parent leaves room for 10 messages and 100 bytes on the channel to para 2001
      And A has been authored
      And parablock B builds on relay parent 11
      And B sends 1 horizontal message of <second> bytes in total to para 2001
      And B's relay parent leaves room for 10 messages and 100 bytes on the channel to para 2001
      When B is authored
      Then the parachain runtime <verdict>

      Examples:
        | second | verdict                    |
        | 40     | accepts B                  |
        | 41     | rejects B under AB-SEG-008 |

  @AB-SEG-009
  Rule: The segment's HRMP watermark advances
    A watermark below the relay-parent number must be strictly greater than the latest one the segment tracks;
    a watermark at or above the relay-parent number is clamped to it and always accepted. From polkadot-sdk
    stable2506 on (PR 8860, the watermark-equal-allowed variant) a watermark equal to the latest one is accepted.

    Scenario Outline: A trunk watermark at relay block <second> after relay block 5
      Given parablock A builds on relay parent 10
      And A advances the HRMP watermark to relay block 5
      And A has been authored
      And parablock B builds on relay parent 11
      And B advances the HRMP watermark to relay block <second>
      When B is authored
      Then the parachain runtime <verdict>
      And the unincluded segment tracks the HRMP watermark at relay block <tracked>

      Examples:
        | second | verdict                    | tracked |
        | 6      | accepts B                  | 6       |
        | 5      | rejects B under AB-SEG-009 | 5       |

    Scenario Outline: Under watermark-equal-allowed a trunk watermark at relay block <second> after relay block 5
      Given the parachain runtime follows the watermark-equal-allowed variant
      And parablock A builds on relay parent 10
      And A advances the HRMP watermark to relay block 5
      And A has been authored
      And parablock B builds on relay parent 11
      And B advances the HRMP watermark to relay block <second>
      When B is authored
      Then the parachain runtime <verdict>

      Examples:
        | second | verdict                    |
        | 5      | accepts B                  |
        | 4      | rejects B under AB-SEG-009 |

    Example: A watermark at the relay parent is accepted even when it equals the latest one
      Given parablock A has been authored on relay parent 10
      And parablock B builds on relay parent 10
      When B is authored
      Then the parachain runtime accepts B
      And the unincluded segment tracks the HRMP watermark at relay block 10

    Example: A watermark beyond the relay parent is tracked as the relay-parent number
      Given parablock A builds on relay parent 10
      And A advances the HRMP watermark to relay block 15
      When A is authored
      Then the parachain runtime accepts A
      And the unincluded segment tracks the HRMP watermark at relay block 10

  @AB-SEG-010
  Rule: The upgrade signal is consumed at most once per segment
    A parablock that consumes the go-ahead (or abort) is rejected while an ancestor left in the segment consumed one.

    Example: A second consumer of the go-ahead is rejected
      Given parablock A builds on relay parent 10
      And A's relay parent reports the upgrade go-ahead
      And A consumes the upgrade signal
      And A has been authored
      And parablock B builds on relay parent 11
      And B's relay parent reports the upgrade go-ahead
      And B consumes the upgrade signal
      When B is authored
      Then the parachain runtime rejects B under AB-SEG-010
      And the unincluded segment holds a consumed upgrade go-ahead

    Example: A parablock may consume a signal once the earlier consumer is evicted
      Given parablock A builds on relay parent 10
      And A's relay parent reports the upgrade abort
      And A consumes the upgrade signal
      And A has been authored
      And parablock B builds on relay parent 11
      And B's relay parent proves A included
      And B's relay parent reports the upgrade go-ahead
      And B consumes the upgrade signal
      When B is authored
      Then the parachain runtime accepts B
      And the unincluded segment holds a consumed upgrade go-ahead

  @AB-SEG-011
  Rule: A consumed upgrade signal is still reported by the relay parent
    While an ancestor that consumed an upgrade signal remains in the segment after eviction, a parablock is rejected
    unless its relay parent reports that same signal.

    Scenario Outline: The relay parent reports the upgrade <reported> after a consumed go-ahead
      Given parablock A builds on relay parent 10
      And A's relay parent reports the upgrade go-ahead
      And A consumes the upgrade signal
      And A has been authored
      And parablock B builds on relay parent 11
      And B's relay parent reports the upgrade <reported>
      When B is authored
      Then the parachain runtime <verdict>

      Examples:
        | reported | verdict                    |
        | go-ahead | accepts B                  |
        | abort    | rejects B under AB-SEG-011 |

    Example: A relay parent that no longer reports the consumed signal is rejected
      Given parablock A builds on relay parent 10
      And A's relay parent reports the upgrade go-ahead
      And A consumes the upgrade signal
      And A has been authored
      And parablock B builds on relay parent 11
      When B is authored
      Then the parachain runtime rejects B under AB-SEG-011

  @AB-SEG-012
  Rule: The size after an included head counts the ancestors after the one with that head
    It is the whole segment when no ancestor has that head; the newest ancestor's head is not yet known, so an
    included head equal to the tip counts the whole segment.

    Background:
      Given a parachain runtime with unincluded segment capacity 5 and velocity 5

    Scenario Outline: The size after included <included> with A, B, C and D in the segment
      Given parablocks A, B, C and D have been authored one per relay parent from relay parent 10
      Then the unincluded segment's size after included <included> is <size>

      Examples:
        | included  | size |
        | A         | 3    |
        | C         | 1    |
        | D         | 4    |
        | genesis   | 4    |
        | Elsewhere | 4    |

    Example: An empty segment has size 0
      Then the unincluded segment's size after included genesis is 0
