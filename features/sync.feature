Feature: Synchronous backing as a corner case of asynchronous backing
  Asynchronous backing generalises synchronous backing: "Values of zero for both correspond to synchronous backing",
  and a parachain that leaves no room for a second unincluded parablock gets no pipelining whatever the relay chain
  allows (seed: "Sync Backing as corner case of Async Backing", "Sync Backing Mechanics").
  The seed swaps the two parameters. As in the code and in production: max_candidate_depth bounds the unincluded chain
  (at most max_candidate_depth + 1 candidates of a para, counting those pending availability) and allowed_ancestry_len
  bounds the age of the relay parent (the active leaf and that many ancestors); "3 and 2" are max_candidate_depth 3 and
  allowed_ancestry_len 2. Zero for both is synchronous backing either way.

  Background:
    Given the relay chain schedules para 2000 at every active leaf

  @AB-SYNC-001
  Rule: A relay chain whose max_candidate_depth and allowed_ancestry_len are both 0 backs parachains synchronously
    One unincluded candidate per para, built on the active leaf and on the included head. Either parameter above 0 is
    not synchronous backing, whichever way the two are read.

    Scenario Outline: max_candidate_depth <depth> and allowed_ancestry_len <ancestry>
      Given validators run prospective parachains with max_candidate_depth <depth> and allowed_ancestry_len <ancestry>
      And relay block 10 becomes an active leaf
      And candidates A and B are backed in a chain on the included head
      When candidate C building on an unknown head at relay block 9 is seconded
      Then the best backable chain is <chain>
      And prospective parachains <verdict>

      Examples:
        | depth | ancestry | chain | verdict                                |
        | 0     | 0        | A     | rejects candidate C under AB-SCOPE-001 |
        | 1     | 0        | A, B  | rejects candidate C under AB-SCOPE-001 |
        | 0     | 1        | A     | keeps candidate C                      |

  @AB-SYNC-002
  Rule: With max_candidate_depth 0 the best backable chain of a para holds one candidate, counting the one pending availability
    While a candidate is pending availability no other candidate of the para is backable; of competing backed
    candidates on the included head only one, the lowest candidate hash, is backable.
    Seed erratum: the seed swaps the definitions of max_candidate_depth and allowed_ancestry_len. The kit follows the
    code: max_candidate_depth bounds the unincluded chain to max_candidate_depth + 1 candidates, counting the one
    pending availability, and allowed_ancestry_len bounds the relay parent's age; the production values are 3 and 2.

    Example: Before anything is pending availability, the backed candidate alone is backable
      Given validators run prospective parachains with max_candidate_depth 0 and allowed_ancestry_len 0
      And relay block 10 becomes an active leaf
      And candidate A building on the included head is seconded and backed
      When the block author building on relay block 10 asks for 2 backable candidates with no ancestors
      Then the backable candidates are A

    Example: While A is pending availability, nothing else of the para is backable
      Given validators run prospective parachains with max_candidate_depth 0 and allowed_ancestry_len 0
      And relay block 10 becomes an active leaf
      And candidate A building on the included head is seconded and backed
      And candidate A is pending availability
      And relay block 11 becomes an active leaf
      When candidate B building on A at relay block 11 is seconded and backed
      And the block author building on relay block 11 asks for 1 backable candidate with ancestors A
      Then the best backable chain at relay block 11 is A
      And the backable candidates are none

  @AB-SYNC-003
  Rule: With allowed_ancestry_len 0 a candidate's relay parent must be the active leaf itself
    Seed erratum: the seed gives this meaning to max_candidate_depth; the kit follows the code, where
    allowed_ancestry_len bounds the relay parent's age (the leaf and its allowed_ancestry_len ancestors).

    Scenario Outline: Under the active leaf relay block 10, a candidate at relay block <relay parent>
      Given validators run prospective parachains with max_candidate_depth 0 and allowed_ancestry_len 0
      And relay block 10 becomes an active leaf
      When candidate A building on the included head at relay block <relay parent> is seconded
      Then prospective parachains <verdict>

      Examples:
        | relay parent | verdict                                |
        | 10           | keeps candidate A                      |
        | 9            | rejects candidate A under AB-SCOPE-001 |

    Scenario Outline: A candidate <progress> on relay block 10 that did not reach the relay chain is gone at relay block 11
      Given validators run prospective parachains with max_candidate_depth 0 and allowed_ancestry_len 0
      And relay block 10 becomes an active leaf
      And candidate A building on the included head is <progress>
      When relay block 11 becomes an active leaf
      Then the best backable chain at relay block 11 is empty
      And the unconnected candidates at relay block 11 are none

      Examples:
        | progress            |
        | seconded            |
        | seconded and backed |

  @AB-SYNC-004
  Rule: Under synchronous backing a candidate's parent head must be the para's included head at the active leaf
    "Contextual execution is driven by the latest included parablock in the most recent relay parent" (seed: "Sync
    Backing Mechanics"): the next parablock can build on its predecessor only once that predecessor is included.

    Example: A candidate building on a candidate pending availability is not backable
      Given validators run prospective parachains with max_candidate_depth 0 and allowed_ancestry_len 0
      And candidate P1 building on the included head at relay block 10 is pending availability
      And relay block 11 becomes an active leaf
      When candidate P2 building on P1 at relay block 11 is seconded and backed
      And the block author building on relay block 11 asks for 1 backable candidate with ancestors P1
      Then the best backable chain is P1
      And the backable candidates are none

    Example: Once its parent is included, the next candidate is backable
      Given validators run prospective parachains with max_candidate_depth 0 and allowed_ancestry_len 0
      And candidate P1 building on the included head at relay block 10 is pending availability
      And relay block 11 becomes an active leaf
      And the relay chain includes candidate P1
      And relay block 12 becomes an active leaf
      When candidate P2 building on P1 at relay block 12 is seconded and backed
      And the block author building on relay block 12 asks for 1 backable candidate with no ancestors
      Then the best backable chain is P2
      And the backable candidates are P2

  @AB-SYNC-005
  Rule: With an unincluded segment capacity of 1 at most one parablock of the para is unincluded at any time, so at most one parablock is included per two relay blocks (one per 12 s) whatever the relay-side parameters and cores

    Example: Capacity 1 under max_candidate_depth 3 and allowed_ancestry_len 2 gives the synchronous timeline
      Given the pipeline parameters are max_candidate_depth 3, allowed_ancestry_len 2, segment capacity 1, velocity 1 and 1 core
      When the pipeline runs over relay blocks R0 to R6
      Then the pipeline timeline reads:
        | relay block | time | authored | backed | included |
        | R0          | 0 s  | P1       | -      | -        |
        | R1          | 6 s  | -        | P1     | -        |
        | R2          | 12 s | P2       | -      | P1       |
        | R3          | 18 s | -        | P2     | -        |
        | R4          | 24 s | P3       | -      | P2       |
        | R5          | 30 s | -        | P3     | -        |
        | R6          | 36 s | P4       | -      | P3       |
      And in the 24 seconds from R1 to R5 the relay chain includes P1 and P2 and backs P3

    Scenario Outline: Segment capacity <capacity> with velocity <velocity> and <cores>
      Given the pipeline parameters are max_candidate_depth 3, allowed_ancestry_len 2, segment capacity <capacity>, velocity <velocity> and <cores>
      When the pipeline runs over relay blocks R0 to R9
      Then the pipeline includes 1 parablock in every <seconds> seconds of steady state

      Examples:
        | capacity | velocity | cores   | seconds |
        | 1        | 1        | 1 core  | 12      |
        | 1        | 2        | 2 cores | 12      |
        | 1        | 3        | 3 cores | 12      |
        | 2        | 1        | 1 core  | 6       |
