Feature: The best backable chain
  Prospective parachains "look[s] up and provide[s] candidates which are children of the most recently included
  parablock" (seed: "Prospective Parachains"): per leaf and para it keeps one best backable chain of backed
  candidates from the included head, as long as max_candidate_depth allows, in the order the relay chain can include
  them. The seed ("Sync Backing as corner case of Async Backing") swaps the two parameters: it is max_candidate_depth
  (3 in production, so 4 unincluded parablocks) that bounds the chain.

  Background:
    Given the relay chain schedules para 2000 at every active leaf
    And validators run prospective parachains with max_candidate_depth 3 and allowed_ancestry_len 2

  @AB-CHAIN-001
  Rule: The best backable chain holds at most max_candidate_depth + 1 candidates, counting those pending availability
    From polkadot-sdk stable2503 on (PR 7254, the claim-queue variant) the node reads the claim queue instead: the
    candidates pending availability plus one per distinct core the para holds in the claim queue.

    Scenario Outline: A backed candidate beyond the depth limit waits outside the chain (max_candidate_depth <depth>)
      Given validators run prospective parachains with max_candidate_depth <depth> and allowed_ancestry_len 2
      And relay block 10 becomes an active leaf
      And candidates A and B are backed in a chain on the included head
      When candidate C building on B is seconded and backed
      Then the best backable chain is <chain>
      And the unconnected candidates are <unconnected>

      Examples:
        | depth | chain   | unconnected |
        | 1     | A, B    | C (backed)  |
        | 2     | A, B, C | none        |

    Example: From stable2503 on, the claim queue sets the limit: one candidate per core beyond those pending
      Given validators run prospective parachains with max_candidate_depth 0 and allowed_ancestry_len 2
      And the node reads the claim queue, where the para holds 3 claims on each of 1 core, with scheduling lookahead 3
      And candidate P building on the included head at relay block 9 is pending availability
      And relay block 10 becomes an active leaf
      When candidates X and Y are backed in a chain on P
      Then the best backable chain is P, X
      And the unconnected candidates are Y (backed)

    Example: A candidate pending availability counts towards the limit
      Given validators run prospective parachains with max_candidate_depth 1 and allowed_ancestry_len 2
      And candidate P building on the included head at relay block 9 is pending availability
      And relay block 10 becomes an active leaf
      When candidates X and Y are backed in a chain on P
      Then the best backable chain is P, X
      And the unconnected candidates are Y (backed)

  @AB-CHAIN-002
  Rule: Only backed candidates, or candidates pending availability, enter the best backable chain
    A seconded candidate stays unconnected however well it fits.

    Example: A seconded candidate on the included head stays unconnected
      Given relay block 10 becomes an active leaf
      When candidate A building on the included head is seconded
      Then the best backable chain is empty
      And the unconnected candidates are A (seconded)

    Example: Once backed it enters the chain
      Given relay block 10 becomes an active leaf
      And candidate A building on the included head is seconded
      When the backing group backs candidate A
      Then the best backable chain is A
      And the unconnected candidates are none

    Example: Backed once, it enters the chain of every leaf that keeps it
      Given relay block 10 becomes an active leaf
      And relay block 11 becomes an active leaf
      And candidate A building on the included head at relay block 10 is seconded
      When the backing group backs candidate A
      Then the best backable chain at relay block 10 is A
      And the best backable chain at relay block 11 is A
      And the unconnected candidates at relay block 11 are none

  @AB-CHAIN-003
  Rule: Stored backed descendants of a candidate entering the best backable chain follow it in the same step
    As far as max_candidate_depth + 1 allows.

    Scenario Outline: C and B are backed before their parent A (max_candidate_depth <depth>)
      Given validators run prospective parachains with max_candidate_depth <depth> and allowed_ancestry_len 2
      And relay block 10 becomes an active leaf
      And a collator prepares candidate A building on the included head
      And a collator prepares candidate B building on A
      And candidate C building on B is seconded and backed
      And candidate B is seconded and backed
      When candidate A is seconded and backed
      Then the best backable chain is <chain>
      And the unconnected candidates are <unconnected>

      Examples:
        | depth | chain   | unconnected |
        | 3     | A, B, C | none        |
        | 1     | A, B    | C (backed)  |

  @AB-CHAIN-004
  Rule: Relay-parent numbers never decrease along the best backable chain
    A backed candidate joins only if its relay-parent number is at least the tip's, or at least the scope's earliest
    relay parent's when the chain is empty.

    Scenario Outline: B at relay block <relay parent> waits for its parent A at relay block 10
      Given relay block 10 becomes an active leaf
      And a collator prepares candidate A building on the included head at relay block 10
      And candidate B building on A at relay block <relay parent> is seconded and backed
      When candidate A is seconded and backed
      Then the best backable chain is <chain>
      And the unconnected candidates are none

      Examples:
        | relay parent | chain |
        | 9            | A     |
        | 10           | A, B  |
