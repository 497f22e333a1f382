Feature: Runtime acceptance of backed parablocks
  With asynchronous backing "a relay parent (not necessarily the latest block)" is the execution context of a
  parablock (seed: "Async Backing Mechanics"). The relay runtime bounds it: the relay parent may be a few blocks old,
  up to allowed_ancestry_len blocks behind the including block's parent, but not older, and never from a previous
  session, whose validators and state are gone. Within a para the relay parent never moves backwards.

  Background:
    Given a relay runtime with allowed_ancestry_len 2
    And paras 2000 and 2001 are registered

  @AB-RT-001
  Rule: A parablock backed in relay block N is accepted only if its relay parent is one of the blocks N-1-a .. N-1 of the same chain (a = allowed_ancestry_len)
    The seed text ("Sync Backing as corner case of Async Backing") swaps the two parameter names: it calls
    allowed_ancestry_len the number of unincluded parablocks and max_candidate_depth the relay-parent age limit. The
    kit follows the code: allowed_ancestry_len bounds the age of the relay parent, max_candidate_depth the unincluded
    chain (DESIGN.md, "The seed's erratum").

    Scenario Outline: With a=2 a relay parent <age> in block 10
      Given parablock A of para 2000 builds on the included head with relay parent <relay parent>
      When A is backed in the inherent of relay block 10
      Then the relay runtime <verdict>

      Examples:
        | age                         | relay parent | verdict                 |
        | is the parent N-1           | 9            | accepts A               |
        | is the oldest allowed N-1-a | 7            | accepts A               |
        | is one block older, N-2-a   | 6            | drops A under AB-RT-001 |
        | is the including block N    | 10           | drops A under AB-RT-001 |

    Example: The allowed relay parents fill up from the genesis and then slide
      When the relay chain executes blocks up to 3
      Then the allowed relay parents are relay blocks 0, 1, 2
      When the next relay block is executed
      Then the allowed relay parents are relay blocks 1, 2, 3

    Example: A relay parent allowed in one block is too old in the next
      Given parablock A of para 2000 builds on the included head with relay parent 7
      And parablock B of para 2001 builds on the included head with relay parent 7
      When A is backed in the inherent of relay block 10
      And B is backed in the inherent of relay block 11
      Then the relay runtime accepts A
      And the relay runtime drops B under AB-RT-001

    Example: A relay parent with the right number but off the relay chain is dropped
      Given parablock A of para 2000 builds on the included head with relay parent 9
      And parablock A names a relay parent of that number off the relay chain
      When A is backed in the inherent of relay block 10
      Then the relay runtime drops A under AB-RT-001

  @AB-RT-002
  Rule: In the first block S of a new session the allowed relay parents are cleared before S-1 joins them, and every parablock pending availability is dropped

    Example: Only the last block of the old session is allowed in the first block of the new one
      Given relay block 10 started a new session
      Then the allowed relay parents are relay blocks 9

    Scenario Outline: A relay parent <relay parent> in block 11, the second block of a session that began at 10
      Given parablock A of para 2000 builds on the included head with relay parent <relay parent>
      And relay block 10 started a new session
      When A is backed in the inherent of relay block 11
      Then the relay runtime <verdict>

      Examples:
        | relay parent | verdict                 |
        | 9            | accepts A               |
        | 8            | drops A under AB-RT-002 |

    Example: A session change drops the parablocks pending availability and keeps the included head
      Given parablock A of para 2000 builds on the included head with relay parent 8
      When A is backed in the inherent of relay block 9
      And relay block 10 starts a new session
      Then nothing of para 2000 is pending availability
      And the head of para 2000 is still its genesis head

  @AB-RT-003
  Rule: The first parablock of a para in an inherent needs a relay-parent number at least that of the para's newest parablock pending availability, or, with none pending, of its last included one

    Scenario Outline: A relay parent <relay parent> after a pending parablock with relay parent 9
      Given parablock A of para 2000 builds on the included head with relay parent 9
      And parablock B of para 2000 builds on A with relay parent <relay parent>
      When A is backed in the inherent of relay block 10
      And B is backed in the inherent of relay block 11
      Then the relay runtime <verdict>

      Examples:
        | relay parent | verdict                 |
        | 10           | accepts B               |
        | 9            | accepts B               |
        | 8            | drops B under AB-RT-003 |

    Scenario Outline: A relay parent <relay parent> when the para last included a parablock with relay parent 8
      Given para 2000 last included a parablock with relay parent 8
      And parablock A of para 2000 builds on the included head with relay parent <relay parent>
      When A is backed in the inherent of relay block 10
      Then the relay runtime <verdict>

      Examples:
        | relay parent | verdict                 |
        | 8            | accepts A               |
        | 7            | drops A under AB-RT-003 |

  @AB-RT-004
  Rule: A later parablock of a para in the same inherent needs a relay-parent number at least that of the para's previous accepted parablock there

    Scenario Outline: A second parablock with relay parent <relay parent> after one with relay parent 9
      Given parablock A of para 2000 builds on the included head with relay parent 9
      And parablock B of para 2000 builds on A with relay parent <relay parent>
      When A and B are backed in the inherent of relay block 10
      Then the relay runtime accepts A
      And the relay runtime <verdict>

      Examples:
        | relay parent | verdict                 |
        | 9            | accepts B               |
        | 8            | drops B under AB-RT-004 |

  @AB-RT-005
  Rule: A parablock builds on the output of the para's previous parablock in the inherent, else of its newest parablock pending availability, else on the included head

    Example: A parablock builds on the one pending availability
      Given parablock A of para 2000 builds on the included head with relay parent 9
      And parablock B of para 2000 builds on A with relay parent 10
      When A is backed in the inherent of relay block 10
      And B is backed in the inherent of relay block 11
      Then the relay runtime accepts A and B
      And A and B of para 2000 are pending availability

    Example: A parablock building on the included head while another is pending is dropped
      Given parablock A of para 2000 builds on the included head with relay parent 9
      And parablock B of para 2000 builds on the included head with relay parent 10
      When A is backed in the inherent of relay block 10
      And B is backed in the inherent of relay block 11
      Then the relay runtime drops B under AB-RT-005
      And A of para 2000 is pending availability

  @AB-RT-006
  Rule: A parablock repeated among the parablocks of its para in one inherent is dropped, even when it would chain

    Example: The repeat of a parablock that keeps the head is dropped
      Given parablock A of para 2000 builds on the included head with relay parent 9
      And parablock A repeats the head it builds on
      When A and A are backed in the inherent of relay block 10
      Then the relay runtime drops the repeat of A under AB-RT-006
      And A of para 2000 is pending availability

    Example: Another parablock with the same head chains after the first
      Given parablock A of para 2000 builds on the included head with relay parent 9
      And parablock A repeats the head it builds on
      And parablock B of para 2000 builds on the included head with relay parent 9
      And parablock B repeats the head it builds on
      When A and B are backed in the inherent of relay block 10
      Then the relay runtime accepts A and B
      And A and B of para 2000 are pending availability

  @AB-RT-007
  Rule: A parablock's persisted validation data carries exactly the relay parent's number and state root and the configured max_pov_size

    Example: Validation data of the relay parent is accepted
      Given parablock A of para 2000 builds on the included head with relay parent 9
      When A is backed in the inherent of relay block 10
      Then the relay runtime accepts A

    Example: Validation data naming another block's number is dropped
      Given parablock A of para 2000 builds on the included head with relay parent 9
      And parablock A states relay-parent number 8 in its validation data
      When A is backed in the inherent of relay block 10
      Then the relay runtime drops A under AB-RT-007

    Example: Validation data with another block's state root is dropped
      Given parablock A of para 2000 builds on the included head with relay parent 9
      And parablock A states the state root of relay block 8 in its validation data
      When A is backed in the inherent of relay block 10
      Then the relay runtime drops A under AB-RT-007

    Example: Validation data with another PoV limit is dropped
      Given parablock A of para 2000 builds on the included head with relay parent 9
      And parablock A states a PoV limit of 1000 bytes in its validation data
      When A is backed in the inherent of relay block 10
      Then the relay runtime drops A under AB-RT-007

  @AB-RT-008
  Rule: A parablock's validation code hash is the para's current one

    Example: A parablock validated with another para's code is dropped
      Given parablock A of para 2000 builds on the included head with relay parent 9
      And parablock A was validated with the code of para 2001
      When A is backed in the inherent of relay block 10
      Then the relay runtime drops A under AB-RT-008

  @AB-RT-009
  Rule: A parablock's descriptor para head is the hash of the head data it outputs

    Example: A descriptor naming another head is dropped
      Given parablock A of para 2000 builds on the included head with relay parent 9
      And the descriptor of parablock A names the head of another parablock
      When A is backed in the inherent of relay block 10
      Then the relay runtime drops A under AB-RT-009

  @AB-RT-010
  Rule: A parablock's head data is at most max_head_data_size bytes and its new code at most max_code_size bytes

    Scenario Outline: A head of <head> bytes and new code of <code> bytes against limits of 32 and 1024 bytes
      Given the relay runtime takes head data of at most 32 bytes and new code of at most 1024 bytes
      And parablock A of para 2000 builds on the included head with relay parent 9
      And parablock A outputs a head of <head> bytes
      And parablock A upgrades to new code of <code> bytes
      When A is backed in the inherent of relay block 10
      Then the relay runtime <verdict>

      Examples:
        | head | code | verdict                 |
        | 32   | 1024 | accepts A               |
        | 33   | 0    | drops A under AB-RT-010 |
        | 8    | 1025 | drops A under AB-RT-010 |

  @AB-RT-011
  Rule: When a parablock of a para is dropped from an inherent, every later parablock of that para there is dropped too, while other paras are judged on their own

    Example: A dropped parablock takes the rest of its para with it
      Given parablock A of para 2000 builds on the included head with relay parent 9
      And parablock A was validated with the code of para 2001
      And parablock B of para 2000 builds on the included head with relay parent 9
      And parablock C of para 2001 builds on the included head with relay parent 9
      When A, B and C are backed in the inherent of relay block 10
      Then the relay runtime drops A under AB-RT-008
      And the relay runtime drops B under AB-RT-011
      And the relay runtime accepts C

  @AB-RT-012
  Rule: The min_relay_parent_number reported at leaf L is L - min(a, n), where n is the number of allowed relay parents after executing L
    At the last block of a session n is 0, because the session change clears the allowed relay parents at the end of
    that block, so the minimum there is the block itself.

    Scenario Outline: At leaf <leaf> the minimum relay parent is <minimum>
      When the relay chain executes blocks up to <leaf>
      Then the minimum relay parent reported to collators is relay block <minimum>

      Examples:
        | leaf | minimum |
        | 1    | 0       |
        | 2    | 0       |
        | 3    | 1       |
        | 10   | 8       |

    Example: In the first block of a session the minimum is its parent
      Given relay block 10 started a new session
      Then the minimum relay parent reported to collators is relay block 9

  @AB-RT-013
  Rule: A parablock pending availability is included only once it and every earlier parablock of its para are available

    Example: An available parablock is included and sets the head and most recent context
      Given parablock A of para 2000 builds on the included head with relay parent 8
      When A is backed in the inherent of relay block 10
      And A becomes available in relay block 11
      Then the head of para 2000 is the output of A
      And the most recent context of para 2000 is relay block 8
      And nothing of para 2000 is pending availability

    Example: A later parablock available first waits for the earlier one
      Given parablock A of para 2000 builds on the included head with relay parent 8
      And parablock B of para 2000 builds on A with relay parent 9
      When A and B are backed in the inherent of relay block 10
      And B becomes available in relay block 11
      Then the head of para 2000 is still its genesis head
      And A and B of para 2000 are pending availability
      When A becomes available in relay block 12
      Then the head of para 2000 is the output of B
      And the most recent context of para 2000 is relay block 9

  @AB-RT-014
  Rule: When a parablock pending availability times out, it and every later parablock of its para are dropped, and the earlier ones stay

    Example: A timeout drops the later parablock too
      Given parablock A of para 2000 builds on the included head with relay parent 8
      And parablock B of para 2000 builds on A with relay parent 9
      When A and B are backed in the inherent of relay block 10
      And the availability of A times out in relay block 11
      Then nothing of para 2000 is pending availability

    Example: A timeout of the later parablock keeps the earlier one
      Given parablock A of para 2000 builds on the included head with relay parent 8
      And parablock B of para 2000 builds on A with relay parent 9
      And parablock C of para 2000 builds on A with relay parent 10
      When A and B are backed in the inherent of relay block 10
      And the availability of B times out in relay block 11
      And C is backed in the inherent of relay block 11
      Then the relay runtime accepts C
      And A and C of para 2000 are pending availability

  @AB-RT-015
  Rule: Under candidate-descriptor-v2, a parablock whose receipt carries a V2 descriptor is accepted only if the descriptor names the session the including relay block executes in
    RFC 103 gives the descriptor a core index and a session index, taken from the bytes that held the collator's key
    and signature. A runtime that knows the V2 descriptor (polkadot-sdk stable2412 on) checks the session; the
    baseline runtime reads every descriptor as V1 and checks none.

    Example: A V2 descriptor naming the session of the including block is accepted
      Given the relay runtime follows the candidate-descriptor-v2 variant
      And relay block 8 started a new session
      And parablock A of para 2000 builds on the included head with relay parent 9
      And the receipt of parablock A carries a V2 descriptor of session 1
      When A is backed in the inherent of relay block 10
      Then the relay runtime accepts A

    Example: A V2 descriptor naming the session before the change is dropped
      Given the relay runtime follows the candidate-descriptor-v2 variant
      And relay block 8 started a new session
      And parablock A of para 2000 builds on the included head with relay parent 9
      And the receipt of parablock A carries a V2 descriptor of session 0
      When A is backed in the inherent of relay block 10
      Then the relay runtime drops A under AB-RT-015

  @AB-RT-016
  Rule: Under candidate-descriptor-v2, the upward messages after the UMP separator are at most two signals, at most one SelectCore and at most one ApprovedPeer, each decoding as a signal
    A parachain puts its XCM messages first, then an empty message, the UMP separator, then its signals: which core
    it selects, and which collator it vouches for. Anything else after the separator drops the parablock.

    Scenario Outline: Parablock A with a V2 descriptor sends <upward>
      Given the relay runtime follows the candidate-descriptor-v2 variant
      And parablock A of para 2000 builds on the included head with relay parent 9
      And the receipt of parablock A carries a V2 descriptor of session 0
      And parablock A sends upward <upward>
      When A is backed in the inherent of relay block 10
      Then the relay runtime <verdict>

      Examples:
        | upward                                                                     | verdict                 |
        | an XCM message, the UMP separator, a SelectCore and an ApprovedPeer signal | accepts A               |
        | an XCM message and the UMP separator                                       | accepts A               |
        | the UMP separator, a SelectCore and a SelectCore signal                    | drops A under AB-RT-016 |
        | the UMP separator, an ApprovedPeer and an ApprovedPeer signal              | drops A under AB-RT-016 |
        | the UMP separator and an XCM message                                       | drops A under AB-RT-016 |
        | the UMP separator, a SelectCore, an ApprovedPeer and a SelectCore signal   | drops A under AB-RT-016 |

  @AB-RT-017
  Rule: Under candidate-descriptor-v2, a parablock whose receipt carries a V1 descriptor sends no UMP signal
    A parachain that selects its core commits to it in a V2 descriptor; with a V1 descriptor the signals would be read
    by nobody, so upstream refuses them (stable2506 on).

    Example: A V1 descriptor with a SelectCore signal is dropped
      Given the relay runtime follows the candidate-descriptor-v2 variant
      And parablock A of para 2000 builds on the included head with relay parent 9
      And parablock A sends upward an XCM message, the UMP separator and a SelectCore signal
      When A is backed in the inherent of relay block 10
      Then the relay runtime drops A under AB-RT-017

    Example: A V1 descriptor with messages and the separator alone is accepted
      Given the relay runtime follows the candidate-descriptor-v2 variant
      And parablock A of para 2000 builds on the included head with relay parent 9
      And parablock A sends upward an XCM message and the UMP separator
      When A is backed in the inherent of relay block 10
      Then the relay runtime accepts A

    Example: The baseline runtime does not read the signals
      Given parablock A of para 2000 builds on the included head with relay parent 9
      And parablock A sends upward an XCM message, the UMP separator and a SelectCore signal
      When A is backed in the inherent of relay block 10
      Then the relay runtime accepts A

  @AB-RT-018
  Rule: Under candidate-descriptor-v2, a parablock whose receipt carries a V2 descriptor is accepted only if its para holds a core at the claim-queue offset it selects, in the claim queue at its relay parent
    With elastic scaling a para holds several cores, and a parablock commits to one of them: its SelectCore signal
    names a depth of the claim queue (the offset, 0 without a signal) and a selector among the para's cores there.
    The runtime reads the claim queue it stored with the parablock's relay parent; a para with nothing at that depth
    has no core to commit to.

    Example: A SelectCore at offset 1 finds the para's core at that depth
      Given the relay runtime follows the candidate-descriptor-v2 variant
      And the claim queue at the relay parent claims core 0 for paras 2000, 2000
      And the claim queue at the relay parent claims core 1 for paras 2000, 2001
      And parablock A of para 2000 builds on the included head with relay parent 9
      And the receipt of parablock A carries a V2 descriptor of core 0
      And parablock A sends upward the UMP separator and a SelectCore picking 0 at offset 1
      When A is backed in the inherent of relay block 10
      Then the relay runtime accepts A

    Example: A SelectCore beyond the claim queue's depth finds no core
      Given the relay runtime follows the candidate-descriptor-v2 variant
      And the claim queue at the relay parent claims core 0 for paras 2000, 2000
      And parablock A of para 2000 builds on the included head with relay parent 9
      And the receipt of parablock A carries a V2 descriptor of core 0
      And parablock A sends upward the UMP separator and a SelectCore picking 0 at offset 2
      When A is backed in the inherent of relay block 10
      Then the relay runtime drops A under AB-RT-018

  @AB-RT-019
  Rule: Under candidate-descriptor-v2, the core index of a V2 descriptor is the core its selector picks among the para's cores at the selected offset, or the para's single core there when it sends no selector
    The para's cores at the offset are taken in ascending order and the selector counts round them, so a collator
    that puts another of the para's cores in the descriptor cannot have the parablock backed twice.

    Example: Selector 1 picks the second of the para's two cores
      Given the relay runtime follows the candidate-descriptor-v2 variant
      And the claim queue at the relay parent claims core 0 for paras 2000, 2000
      And the claim queue at the relay parent claims core 1 for paras 2000, 2001
      And parablock A of para 2000 builds on the included head with relay parent 9
      And the receipt of parablock A carries a V2 descriptor of core 1
      And parablock A sends upward an XCM message, the UMP separator and a SelectCore picking 1 at offset 0
      When A is backed in the inherent of relay block 10
      Then the relay runtime accepts A

    Example: A descriptor naming the para's other core is dropped
      Given the relay runtime follows the candidate-descriptor-v2 variant
      And the claim queue at the relay parent claims core 0 for paras 2000, 2000
      And the claim queue at the relay parent claims core 1 for paras 2000, 2001
      And parablock A of para 2000 builds on the included head with relay parent 9
      And the receipt of parablock A carries a V2 descriptor of core 0
      And parablock A sends upward the UMP separator and a SelectCore picking 1 at offset 0
      When A is backed in the inherent of relay block 10
      Then the relay runtime drops A under AB-RT-019

    Example: Without a selector the para's single core is the committed one
      Given the relay runtime follows the candidate-descriptor-v2 variant
      And the claim queue at the relay parent claims core 0 for paras 2000, 2000
      And the claim queue at the relay parent claims core 1 for paras 2001, 2001
      And parablock A of para 2000 builds on the included head with relay parent 9
      And the receipt of parablock A carries a V2 descriptor of core 1
      When A is backed in the inherent of relay block 10
      Then the relay runtime drops A under AB-RT-019

  @AB-RT-020
  Rule: Under candidate-descriptor-v2, a parablock with a V2 descriptor and no SelectCore signal whose para holds several cores at offset 0 names one of those cores
    Without a selector the runtime cannot tell which of the para's cores the parablock meant, so any of them is
    accepted; a core the para does not hold is not.

    Example: Either of the para's cores is accepted without a selector
      Given the relay runtime follows the candidate-descriptor-v2 variant
      And the claim queue at the relay parent claims core 0 for paras 2000, 2000
      And the claim queue at the relay parent claims core 1 for paras 2000, 2001
      And parablock A of para 2000 builds on the included head with relay parent 9
      And the receipt of parablock A carries a V2 descriptor of core 1
      When A is backed in the inherent of relay block 10
      Then the relay runtime accepts A

    Example: A core the para does not hold is dropped
      Given the relay runtime follows the candidate-descriptor-v2 variant
      And the claim queue at the relay parent claims core 0 for paras 2000, 2000
      And the claim queue at the relay parent claims core 1 for paras 2000, 2001
      And the claim queue at the relay parent claims core 2 for paras 2001, 2001
      And parablock A of para 2000 builds on the included head with relay parent 9
      And the receipt of parablock A carries a V2 descriptor of core 2
      When A is backed in the inherent of relay block 10
      Then the relay runtime drops A under AB-RT-020
