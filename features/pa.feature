Feature: Candidates pending availability
  "The unincluded segment keeps record of all candidates in the backing process right up until they are included"
  (seed: "Async Backing Mechanics"), and so does prospective parachains: a candidate backed on chain and waiting for
  availability is no longer a choice but a fact the runtime reports at every leaf, so it heads the best backable chain
  whatever its hash or the age of its relay parent, and nothing may fork it.

  Background:
    Given the relay chain schedules para 2000 at every active leaf
    And validators run prospective parachains with max_candidate_depth 3 and allowed_ancestry_len 2

  @AB-PA-001
  Rule: Candidates pending availability head the best backable chain in runtime order, chosen over any sibling whatever the hashes

    Example: The runtime's pending candidates head the chain in runtime order
      Given candidate P1 building on the included head at relay block 9 is pending availability
      And candidate P2 building on P1 at relay block 9 is pending availability
      When relay block 10 becomes an active leaf
      Then the best backable chain is P1, P2
      And the unconnected candidates are none

    Example: A pending candidate wins over an inherited sibling with a lower hash, which is dropped
      Given validators run prospective parachains with max_candidate_depth 3 and allowed_ancestry_len 1
      And candidate L has a lower hash than P
      And relay block 10 becomes an active leaf
      And candidate L building on the included head is seconded and backed
      And candidate P building on the included head at relay block 10 is pending availability
      When relay block 11 becomes an active leaf
      Then the best backable chain at relay block 11 is P
      And the unconnected candidates at relay block 11 are none

    Example: Without a pending candidate the inherited candidate stays at the head of the chain
      Given validators run prospective parachains with max_candidate_depth 3 and allowed_ancestry_len 1
      And relay block 10 becomes an active leaf
      And candidate L building on the included head is seconded and backed
      When relay block 11 becomes an active leaf
      Then the best backable chain at relay block 11 is L

  @AB-PA-002
  Rule: A candidate pending availability enters the best backable chain even when its relay parent is older than the scope
    It uses the relay parent it was backed with and is never dropped for relay-parent expiry.

    Example: A pending candidate at relay block 5 heads the chain of leaf 10, and a child follows it
      Given validators run prospective parachains with max_candidate_depth 3 and allowed_ancestry_len 1
      And candidate P building on the included head at relay block 5 is pending availability
      And relay block 10 becomes an active leaf
      When candidate C building on P at relay block 9 is seconded and backed
      Then the best backable chain is P, C

    Example: The same candidate not pending availability is rejected
      Given validators run prospective parachains with max_candidate_depth 3 and allowed_ancestry_len 1
      And relay block 10 becomes an active leaf
      When candidate P building on the included head at relay block 5 is seconded
      Then prospective parachains rejects candidate P under AB-SCOPE-001

  @AB-PA-003
  Rule: A relay parent lower than that of the last candidate pending availability is rejected; an equal one is allowed
    For connected and unconnected candidates alike; with nothing pending, the scope's earliest relay parent is the floor.

    Scenario Outline: Pending candidates at relay blocks 8 and 9; an unconnected candidate at relay block <relay parent>
      Given candidate P1 building on the included head at relay block 8 is pending availability
      And candidate P2 building on P1 at relay block 9 is pending availability
      And relay block 10 becomes an active leaf
      When candidate U building on an unknown head at relay block <relay parent> is seconded
      Then prospective parachains <verdict>

      Examples:
        | relay parent | verdict                             |
        | 8            | rejects candidate U under AB-PA-003 |
        | 9            | keeps candidate U                   |

  @AB-PA-004
  Rule: A fork of a candidate pending availability is rejected, even with a lower hash

    Example: A lower-hash fork of the pending candidate is rejected
      Given candidate F has a lower hash than P
      And candidate P building on the included head at relay block 9 is pending availability
      And relay block 10 becomes an active leaf
      When candidate F building on the included head is seconded
      Then prospective parachains rejects candidate F under AB-PA-004

    Example: A child of the pending candidate is kept
      Given candidate P building on the included head at relay block 9 is pending availability
      And relay block 10 becomes an active leaf
      When candidate C building on P is seconded
      Then prospective parachains keeps candidate C

  @AB-PA-005
  Rule: Pending candidates whose relay-parent number moves backwards do not enter the chain, nor do those after them
    The first pending candidate is bounded only by its own relay parent.
    The runtime has refused such lists since PR 5113; a node must still not build a chain from them.

    Scenario Outline: Pending candidates at relay blocks <first>, <second> and 10
      Given candidate P1 building on the included head at relay block <first> is pending availability
      And candidate P2 building on P1 at relay block <second> is pending availability
      And candidate P3 building on P2 at relay block 10 is pending availability
      When relay block 10 becomes an active leaf
      Then the best backable chain is <chain>
      And the unconnected candidates are none

      Examples:
        | first | second | chain      |
        | 9     | 8      | P1         |
        | 9     | 9      | P1, P2, P3 |
