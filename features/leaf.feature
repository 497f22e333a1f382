Feature: Active leaves and retained relay parents
  "A parablock stops being a prospective parablock at the moment when it is included on chain. At that point
  prospective parachains doesn't have to care about it anymore" (seed: "Prospective Parachains"). Each new leaf takes
  over its parent block's candidates and drops those the runtime reports included; a leaf that is no longer active
  keeps serving its relay parents for as long as the node retains the block.

  Background:
    Given the relay chain schedules para 2000 at every active leaf
    And validators run prospective parachains with max_candidate_depth 3 and allowed_ancestry_len 2

  @AB-LEAF-001
  Rule: A new leaf takes over its parent block's candidates and checks them again against its own scope
    It receives the best-chain and unconnected candidates, with their states, when the parent block is in its scope
    ancestry and still has a fragment chain for the para; no other block's chain is used.

    Example: The new leaf inherits the best chain and the unconnected candidates of its parent block
      Given validators run prospective parachains with max_candidate_depth 3 and allowed_ancestry_len 1
      And relay block 10 becomes an active leaf
      And candidate A building on the included head is seconded and backed
      And candidate B building on A is seconded
      And candidate U building on an unknown head is seconded
      When relay block 11 becomes an active leaf
      Then the best backable chain at relay block 11 is A
      And the unconnected candidates at relay block 11 are B (seconded) and U (seconded)

    Example: With allowed_ancestry_len 0 a new leaf inherits nothing
      Given validators run prospective parachains with max_candidate_depth 3 and allowed_ancestry_len 0
      And relay block 10 becomes an active leaf
      And candidate A building on the included head is seconded and backed
      When relay block 11 becomes an active leaf
      Then the best backable chain at relay block 11 is empty
      And the unconnected candidates at relay block 11 are none

  @AB-LEAF-002
  Rule: Candidates pending availability at the parent block are not carried over to the new leaf
    The runtime lists such a candidate again while it is pending; once included or timed out, it vanishes.

    Example: A candidate pending availability at relay block 11 and included at relay block 12 vanishes
      Given relay block 10 becomes an active leaf
      And candidate A building on the included head is seconded and backed
      And candidate A is pending availability
      And relay block 11 becomes an active leaf
      And candidate B building on A at relay block 11 is seconded and backed
      And the relay chain includes candidate A
      When relay block 12 becomes an active leaf
      Then the best backable chain at relay block 12 is B
      And the unconnected candidates at relay block 12 are none

    Example: A candidate still pending availability is listed again by the runtime and heads the chain
      Given relay block 10 becomes an active leaf
      And candidate A building on the included head is seconded and backed
      And candidate A is pending availability
      And relay block 11 becomes an active leaf
      And candidate B building on A at relay block 11 is seconded and backed
      When relay block 12 becomes an active leaf
      Then the best backable chain at relay block 12 is A, B
      And the unconnected candidates at relay block 12 are none

  @AB-LEAF-003
  Rule: A deactivated leaf's fragment chains are kept, and still take candidates, while the node retains the block
    A block is retained while its number is at least the smallest retain minimum of the active leaves; a leaf's retain
    minimum is min(the oldest ancestor it was activated with, its number - 2), and 0 for a leaf activated without
    ancestors, so that nothing is dropped while such a leaf is active.

    Example: A deactivated leaf still retained keeps taking candidates for its own scope
      Given validators run prospective parachains with max_candidate_depth 3 and allowed_ancestry_len 1
      And relay block 10 becomes an active leaf
      And relay block 11 becomes an active leaf
      And relay block 10 is no longer an active leaf
      When candidate O building on the included head at relay block 9 is seconded
      Then prospective parachains keeps candidate O
      And the unconnected candidates at relay block 10 are O
      And the unconnected candidates at relay block 11 are none

    Example: Once the block is no longer retained, its relay parents are refused
      Given validators run prospective parachains with max_candidate_depth 3 and allowed_ancestry_len 1
      And relay block 10 becomes an active leaf
      And relay block 11 becomes an active leaf
      And relay block 12 becomes an active leaf
      And relay block 10 is no longer an active leaf
      And relay block 11 is no longer an active leaf
      And relay block 13 becomes an active leaf
      And relay block 12 is no longer an active leaf
      When candidate O building on the included head at relay block 9 is seconded
      Then prospective parachains rejects candidate O under AB-SCOPE-001

    Example: Without allowed ancestry a leaf keeps every older block retained
      Given validators run prospective parachains with max_candidate_depth 3 and allowed_ancestry_len 0
      And relay block 10 becomes an active leaf
      And relay block 13 becomes an active leaf
      And relay block 10 is no longer an active leaf
      When candidate O building on the included head at relay block 10 is seconded
      Then prospective parachains keeps candidate O
      And prospective parachains keeps fragment chains at relay blocks 10 and 13
      And the unconnected candidates at relay block 10 are O

    Example: A leaf whose children begin a new session keeps every older block retained
      Given validators run prospective parachains with max_candidate_depth 3 and allowed_ancestry_len 2
      And a new session begins with relay block 14
      And relay block 10 becomes an active leaf
      And relay block 13 becomes an active leaf
      When relay block 10 is no longer an active leaf
      Then prospective parachains keeps fragment chains at relay blocks 10 and 13

  @AB-LEAF-004
  Rule: On deactivation, blocks below the smallest retain minimum of the remaining leaves are dropped, all when none remain
    Their fragment chains go with them.

    Example: A block at the smallest retain minimum is kept
      Given validators run prospective parachains with max_candidate_depth 3 and allowed_ancestry_len 1
      And relay block 10 becomes an active leaf
      And relay block 11 becomes an active leaf
      And relay block 12 becomes an active leaf
      When relay block 10 is no longer an active leaf
      And relay block 11 is no longer an active leaf
      Then prospective parachains keeps fragment chains at relay blocks 10, 11 and 12

    Example: A block below the smallest retain minimum is dropped
      Given validators run prospective parachains with max_candidate_depth 3 and allowed_ancestry_len 1
      And relay block 10 becomes an active leaf
      And relay block 11 becomes an active leaf
      And relay block 12 becomes an active leaf
      And relay block 10 is no longer an active leaf
      And relay block 11 is no longer an active leaf
      And relay block 13 becomes an active leaf
      When relay block 12 is no longer an active leaf
      Then prospective parachains keeps fragment chains at relay blocks 11, 12 and 13
      And prospective parachains keeps no fragment chain at relay block 10

    Example: Activation alone drops nothing
      Given validators run prospective parachains with max_candidate_depth 3 and allowed_ancestry_len 1
      When relay block 10 becomes an active leaf
      And relay block 11 becomes an active leaf
      And relay block 12 becomes an active leaf
      And relay block 13 becomes an active leaf
      Then prospective parachains keeps fragment chains at relay blocks 10, 11, 12 and 13

    Example: Without an active leaf nothing is kept
      Given validators run prospective parachains with max_candidate_depth 3 and allowed_ancestry_len 1
      And relay block 10 becomes an active leaf
      And relay block 11 becomes an active leaf
      When relay block 10 is no longer an active leaf
      And relay block 11 is no longer an active leaf
      Then prospective parachains keeps no fragment chain at relay blocks 10 and 11

  @AB-LEAF-005
  Rule: An active leaf activated again is processed again, its fragment chains rebuilt as for a new leaf
    The node does not refuse the second activation: it rebuilds the leaf's chains from the runtime's state and from its
    parent block's chains, and drops the old ones. A candidate only the old chains held is gone.

    Example: A leaf activated again takes its parent block's candidates and loses those only it held
      Given validators run prospective parachains with max_candidate_depth 3 and allowed_ancestry_len 1
      And relay block 10 becomes an active leaf
      And relay block 11 becomes an active leaf
      And candidate A building on the included head at relay block 10 is seconded and backed
      And candidate B building on A at relay block 11 is seconded and backed
      When relay block 11 becomes an active leaf again
      Then the best backable chain at relay block 11 is A
      And the best backable chain at relay block 10 is A

    Example: A leaf activated again stays active
      Given validators run prospective parachains with max_candidate_depth 3 and allowed_ancestry_len 1
      And relay block 10 becomes an active leaf
      And relay block 10 becomes an active leaf again
      And candidate A building on the included head at relay block 10 is seconded and backed
      When the block author building on relay block 10 asks for 1 backable candidate with no ancestors
      Then the backable candidates are A

  @AB-LEAF-006
  Rule: In one update of the active leaves, the activation comes first, and a leaf the same update deactivates is not activated
    The node receives leaf changes as updates: at most one new leaf and any number of leaves that are no longer active.

    Example: A leaf activated and deactivated in the same update is never activated
      Given validators run prospective parachains with max_candidate_depth 3 and allowed_ancestry_len 2
      And relay block 10 becomes an active leaf
      When relay block 11 becomes an active leaf and is no longer an active leaf in the same update
      Then prospective parachains keeps no fragment chain at relay block 11
      And prospective parachains keeps a fragment chain at relay block 10

    Example: A new leaf takes its parent block's candidates although the same update deactivates the parent
      Given validators run prospective parachains with max_candidate_depth 3 and allowed_ancestry_len 2
      And relay block 10 becomes an active leaf
      And candidate A building on the included head at relay block 10 is seconded and backed
      When relay block 11 becomes an active leaf and relay block 10 is no longer an active leaf in the same update
      Then the best backable chain at relay block 11 is A
