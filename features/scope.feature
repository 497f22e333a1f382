Feature: Relay parent scope
  A candidate is anchored to a relay parent that need not be the most recent relay block, but it may not be too old:
  "a parablock's relay parent can get too old before that parablock is included, in which case prospective
  parachains can throw away the candidate" (seed: "Prospective Parachains"). The scope of an active leaf is the leaf
  and its allowed ancestry, cut at a session boundary and at the para's min_relay_parent_number.

  Background:
    Given the relay chain schedules para 2000 at every active leaf
    And validators run prospective parachains with max_candidate_depth 3 and allowed_ancestry_len 2

  @AB-SCOPE-001
  Rule: A candidate's relay parent must be the active leaf or one of its first allowed_ancestry_len ancestors
    The seed swaps the definitions of the two parameters; the kit follows the code, where allowed_ancestry_len bounds
    the relay parent's age: with the production value 2, relay parents L - 2 to L are allowed under leaf L.

    Scenario Outline: Under the active leaf relay block 10, a candidate with relay parent relay block <relay parent>
      Given relay block 10 becomes an active leaf
      When candidate A building on the included head at relay block <relay parent> is seconded
      Then prospective parachains <verdict>

      Examples:
        | relay parent | verdict                                |
        | 10           | keeps candidate A                      |
        | 9            | keeps candidate A                      |
        | 8            | keeps candidate A                      |
        | 7            | rejects candidate A under AB-SCOPE-001 |

    Example: In polkadot-sdk master (PR 11772) the window bounds the scheduling parent and the relay parent may be older
      Given the node follows the scheduling-parent variant
      And relay block 10 becomes an active leaf
      And a collator prepares candidate A building on the included head at relay block 6
      And candidate A names relay block 10 as its scheduling parent
      When candidate A is seconded and backed
      Then the best backable chain is A

    Example: Before master the window bounds the relay parent, whatever scheduling parent a candidate names
      Given relay block 10 becomes an active leaf
      And a collator prepares candidate A building on the included head at relay block 6
      And candidate A names relay block 10 as its scheduling parent
      When candidate A is seconded
      Then prospective parachains rejects candidate A under AB-SCOPE-001

  @AB-SCOPE-002
  Rule: The scope stops at the first ancestor whose children belong to another session than the leaf's
    What counts is the session of a block's children: relay block 9, the last block of the old session, is still in
    scope under a leaf of the new session, because its child opens that session.

    Scenario Outline: A new session begins with relay block 10; a candidate at relay block <relay parent> under leaf 11
      Given validators run prospective parachains with max_candidate_depth 3 and allowed_ancestry_len 3
      And a new session begins with relay block 10
      And relay block 11 becomes an active leaf
      When candidate A building on the included head at relay block <relay parent> is seconded
      Then prospective parachains <verdict>

      Examples:
        | relay parent | verdict                                |
        | 10           | keeps candidate A                      |
        | 9            | keeps candidate A                      |
        | 8            | rejects candidate A under AB-SCOPE-002 |

    Example: In polkadot-sdk master a relay parent may be from max_relay_parent_session_age sessions before the leaf's
      Given the node follows the scheduling-parent variant
      And the relay runtime allows relay parents from up to 1 session before the leaf's
      And a new session begins with relay block 10
      And relay block 11 becomes an active leaf
      And a collator prepares candidate A building on the included head at relay block 8
      And candidate A names relay block 11 as its scheduling parent
      When candidate A is seconded
      Then prospective parachains keeps candidate A

    Example: In polkadot-sdk master with max_relay_parent_session_age 0 the relay parent stays in the leaf's session
      Given the node follows the scheduling-parent variant
      And a new session begins with relay block 10
      And relay block 11 becomes an active leaf
      And a collator prepares candidate A building on the included head at relay block 8
      And candidate A names relay block 11 as its scheduling parent
      When candidate A is seconded
      Then prospective parachains rejects candidate A under AB-SCOPE-002

  @AB-SCOPE-003
  Rule: The scope takes ancestors only down to the para's min_relay_parent_number, which is itself still in scope

    Scenario Outline: With min_relay_parent_number 8, a candidate at relay block <relay parent> under leaf 10
      Given validators run prospective parachains with max_candidate_depth 3 and allowed_ancestry_len 3
      And the runtime sets the para's min_relay_parent_number to relay block 8
      And relay block 10 becomes an active leaf
      When candidate A building on the included head at relay block <relay parent> is seconded
      Then prospective parachains <verdict>

      Examples:
        | relay parent | verdict                                |
        | 8            | keeps candidate A                      |
        | 7            | rejects candidate A under AB-SCOPE-003 |

  @AB-SCOPE-004
  Rule: On a new leaf, every inherited candidate not pending availability whose relay parent left the scope is dropped
    Best-chain and unconnected candidates alike; a candidate whose relay parent is still in scope is kept if it passes
    the other checks.

    Scenario Outline: A backed candidate at relay block <relay parent> when relay block 11 becomes the active leaf
      Given validators run prospective parachains with max_candidate_depth 3 and allowed_ancestry_len 1
      And relay block 10 becomes an active leaf
      And candidate A building on the included head at relay block <relay parent> is seconded and backed
      When relay block 11 becomes an active leaf
      Then the best backable chain at relay block 11 is <chain>

      Examples:
        | relay parent | chain |
        | 10           | A     |
        | 9            | empty |

    Example: An unconnected candidate whose relay parent leaves the scope is dropped, a younger one is kept
      Given validators run prospective parachains with max_candidate_depth 3 and allowed_ancestry_len 1
      And relay block 10 becomes an active leaf
      And candidate U building on an unknown head at relay block 9 is seconded
      And candidate V building on an unknown head at relay block 10 is seconded
      When relay block 11 becomes an active leaf
      Then the unconnected candidates at relay block 11 are V
      And the unconnected candidates at relay block 10 are U and V

  @AB-SCOPE-005
  Rule: Stored descendants of a dropped candidate on the included head or a best-chain parent head are dropped with it
    Even a descendant whose own relay parent is still in scope, and which would be kept as unconnected if it were
    seconded on its own.

    Scenario Outline: A at relay block <relay parent> and its child B at relay block 10, when relay block 11 becomes the leaf
      Given validators run prospective parachains with max_candidate_depth 3 and allowed_ancestry_len 1
      And relay block 10 becomes an active leaf
      And candidate A building on the included head at relay block <relay parent> is seconded
      And candidate B building on A at relay block 10 is seconded
      When relay block 11 becomes an active leaf
      Then the unconnected candidates at relay block 11 are <unconnected>

      Examples:
        | relay parent | unconnected |
        | 10           | A and B     |
        | 9            | none        |

    Example: The dropped child, seconded again on its own, is kept as unconnected
      Given validators run prospective parachains with max_candidate_depth 3 and allowed_ancestry_len 1
      And relay block 10 becomes an active leaf
      And candidate A building on the included head at relay block 9 is seconded
      And candidate B building on A at relay block 10 is seconded
      And relay block 11 becomes an active leaf
      When candidate B is seconded again
      Then prospective parachains keeps candidate B
      And the unconnected candidates at relay block 11 are B

  @AB-SCOPE-006
  Rule: In polkadot-sdk master a candidate's scheduling parent must be the active leaf or one of its ancestors in the window
    The scheduling parent is the relay block whose backing group and core a candidate uses; a V1 or V2 candidate's is
    its relay parent, a V3 candidate names its own (PR 11772). The window of the leaf and its allowed ancestry, cut at
    the session, now bounds the scheduling parent; the relay parent may be older.

    Scenario Outline: Under leaf 10, a candidate at relay block 6 naming relay block <scheduling parent> as its scheduling parent
      Given the node follows the scheduling-parent variant
      And relay block 10 becomes an active leaf
      And a collator prepares candidate A building on the included head at relay block 6
      And candidate A names relay block <scheduling parent> as its scheduling parent
      When candidate A is seconded
      Then prospective parachains <verdict>

      Examples:
        | scheduling parent | verdict                                |
        | 10                | keeps candidate A                      |
        | 8                 | keeps candidate A                      |
        | 7                 | rejects candidate A under AB-SCOPE-006 |

    Example: Before master the scheduling parent is not read: a relay parent in the window is enough
      Given relay block 10 becomes an active leaf
      And a collator prepares candidate A building on the included head at relay block 9
      And candidate A names relay block 7 as its scheduling parent
      When candidate A is seconded
      Then prospective parachains keeps candidate A
