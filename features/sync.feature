Feature: Synchronous backing as a corner case
  "Values of zero for both correspond to synchronous backing" (seed: "Sync Backing as corner case of Async Backing"):
  one parablock of a para at a time on the conveyor belt, built on the latest relay block and on the latest included
  parablock.

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
  Rule: With max_candidate_depth 0 at most one candidate per para is unincluded, counting the one pending availability
    Only that candidate can be backed.
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
