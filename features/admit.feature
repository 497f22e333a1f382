Feature: Candidate admission
  Prospective parachains is "the relay chain's record of all parablock candidates undergoing the backing and
  inclusion process. It is the authoritative gate keeper for parablock validity" (seed: "Prospective Parachains").
  A seconded candidate is kept only if it could ever join a chain: checks that need its parent wait until it
  connects, so candidates may arrive in any order.

  Background:
    Given the relay chain schedules para 2000 at every active leaf
    And validators run prospective parachains with max_candidate_depth 3 and allowed_ancestry_len 2

  @AB-ADMIT-001
  Rule: A candidate whose output head equals the head it builds on is rejected, whether or not its parent is known

    Scenario Outline: A candidate building on <parent> that outputs the head it builds on
      Given relay block 10 becomes an active leaf
      And a collator prepares candidate Z building on <parent>
      And candidate Z outputs the head it builds on
      When candidate Z is seconded
      Then prospective parachains rejects candidate Z under AB-ADMIT-001

      Examples:
        | parent            |
        | the included head |
        | an unknown head   |

    Example: A candidate that outputs a new head is kept
      Given relay block 10 becomes an active leaf
      When candidate A building on the included head is seconded
      Then prospective parachains keeps candidate A

    Example: A cycling candidate is rejected even under the hash of a stored candidate
      The node looks for the cycle before it looks the hash up. Two receipts under one hash only come from a hash
      collision, so this case is not a vector: a node computes the hash from the receipt and cannot be given it.
      Given relay block 10 becomes an active leaf
      And candidate Y building on an unknown head is seconded
      And a collator prepares candidate Z building on an unknown head
      And candidate Z outputs the head it builds on
      And candidate Z has the hash of candidate Y
      When candidate Z is seconded
      Then prospective parachains rejects candidate Z under AB-ADMIT-001
      And prospective parachains keeps candidate Y
      And the unconnected candidates are Y (seconded)

    Example: A candidate pending availability that outputs the head it builds on ends the runtime's pending list
      The node takes the runtime's pending candidates up to the first such cycle: neither it nor a later candidate
      heads the chain or counts as pending, so the oldest relay parent a new candidate may use is P1's.
      Given candidate P1 building on the included head at relay block 9 is pending availability
      And candidate Z building on P1 at relay block 10 is pending availability
      And candidate Z outputs the head it builds on
      And candidate P3 building on Z at relay block 10 is pending availability
      When relay block 10 becomes an active leaf
      Then the best backable chain is P1
      When candidate C building on P1 at relay block 9 is seconded
      Then prospective parachains keeps candidate C

  @AB-ADMIT-002
  Rule: A seconded candidate is rejected when no retained relay parent has a fragment chain for its para

    Example: A candidate of a para no active leaf schedules is rejected
      Given relay block 10 becomes an active leaf
      And a collator prepares candidate X building on the included head
      And candidate X belongs to the unscheduled para 3000
      When candidate X is seconded
      Then prospective parachains rejects candidate X under AB-ADMIT-002

    Example: A candidate of the scheduled para is kept
      Given relay block 10 becomes an active leaf
      When candidate X building on the included head is seconded
      Then prospective parachains keeps candidate X

  @AB-ADMIT-003
  Rule: A candidate with an unknown parent is kept as unconnected once it passes the cycle, scope and pending-availability checks
    Unknown: neither the included head nor the output head of a best-chain candidate.
    Its constraints, relay-parent order and depth are checked only when it connects: with elastic scaling, a child may
    be seconded before its parent. The newest upstream (the unconnected-validated variant, 2026 master) checks its
    commitments against the included head's constraints, and cycles with the best chain, before keeping it.

    Scenario Outline: A candidate with a foreign validation code hash building on <parent>
      Given relay block 10 becomes an active leaf
      And a collator prepares candidate A building on <parent>
      And candidate A carries a validation code hash other than the para's current code
      When candidate A is seconded
      Then prospective parachains <verdict>
      And the unconnected candidates are <unconnected>

      Examples:
        | parent            | verdict                               | unconnected |
        | an unknown head   | keeps candidate A                     | A           |
        | the included head | rejects candidate A under AB-CONS-001 | none        |

    Example: In the newest upstream a candidate with an unknown parent must bring commitments that fit
      Given the node follows the unconnected-validated variant
      And relay block 10 becomes an active leaf
      And a collator prepares candidate A building on an unknown head
      And candidate A carries a validation code hash other than the para's current code
      When candidate A is seconded
      Then prospective parachains rejects candidate A under AB-CONS-001
      And the unconnected candidates are none

  @AB-ADMIT-004
  Rule: A connected candidate is rejected if its output head is the parent head of a best-chain candidate (a cycle)
    Connected: building on the included head or on a best-chain candidate.

    Example: A child of the chain that outputs the included head would close a cycle
      Given relay block 10 becomes an active leaf
      And candidate A building on the included head is seconded and backed
      And a collator prepares candidate C building on A
      And candidate C outputs the included head
      When candidate C is seconded
      Then prospective parachains rejects candidate C under AB-ADMIT-004

    Example: A child of the chain with a head of its own is kept
      Given relay block 10 becomes an active leaf
      And candidate A building on the included head is seconded and backed
      When candidate C building on A is seconded
      Then prospective parachains keeps candidate C
      And C is kept as an unconnected candidate

  @AB-ADMIT-005
  Rule: A connected candidate is rejected if its output head is the output head of a best-chain candidate (multiple paths)

    Example: A lower-hash fork on the included head that reaches B's head by another path is rejected
      Given relay block 10 becomes an active leaf
      And candidate X has a lower hash than A
      And candidates A and B are backed in a chain on the included head
      And a collator prepares candidate X building on the included head
      And candidate X outputs the same head as B
      When candidate X is seconded
      Then prospective parachains rejects candidate X under AB-ADMIT-005

    Example: The same fork with a head of its own is kept
      Given relay block 10 becomes an active leaf
      And candidate X has a lower hash than A
      And candidates A and B are backed in a chain on the included head
      When candidate X building on the included head is seconded
      Then prospective parachains keeps candidate X

  @AB-ADMIT-006
  Rule: A connected candidate must meet the base constraints as modified by every chain candidate up to its parent
    Seed: "Contextual Execution" - the context is the relay parent's, as changed by the unincluded ancestors. A
    violation rejects the candidate under the candidate-constraints rule that fired.

    Scenario Outline: The relay chain takes 4 more upward messages; A sends 3 and its child B sends <sent>
      Given the relay chain accepts at most 4 more upward messages from the para
      And relay block 10 becomes an active leaf
      And a collator prepares candidate A building on the included head
      And candidate A sends 3 upward messages
      And candidate A is seconded and backed
      And a collator prepares candidate B building on A
      And candidate B sends <sent> upward messages
      When candidate B is seconded
      Then prospective parachains <verdict>

      Examples:
        | sent | verdict                               |
        | 1    | keeps candidate B                     |
        | 2    | rejects candidate B under AB-CONS-015 |

    Scenario Outline: Seconded first and backed later, A and B send 2 upward messages each and C sends <sent>
      Each candidate joins the best chain against the constraints its chain ancestors left, in that chain's own copy.
      Given the relay chain accepts at most 5 more upward messages from the para
      And relay block 10 becomes an active leaf
      And a collator prepares candidate A building on the included head
      And candidate A sends 2 upward messages
      And a collator prepares candidate B building on A
      And candidate B sends 2 upward messages
      And a collator prepares candidate C building on B
      And candidate C sends <sent> upward messages
      And candidate A is seconded
      And candidate B is seconded
      And candidate C is seconded
      When the backing group backs candidates A, B and C
      Then the best backable chain is <chain>

      Examples:
        | sent | chain   |
        | 1    | A, B, C |
        | 2    | A, B    |

  @AB-ADMIT-007
  Rule: A candidate building on best-chain candidate P may not have a lower relay-parent number than P; an equal one is allowed

    Scenario Outline: A at relay block 9, its child B at relay block <relay parent>
      Given relay block 10 becomes an active leaf
      And candidate A building on the included head at relay block 9 is seconded and backed
      When candidate B building on A at relay block <relay parent> is seconded
      Then prospective parachains <verdict>

      Examples:
        | relay parent | verdict                                |
        | 8            | rejects candidate B under AB-ADMIT-007 |
        | 9            | keeps candidate B                      |
        | 10           | keeps candidate B                      |

  @AB-ADMIT-008
  Rule: Seconding a candidate already in a fragment chain of its para succeeds without any check and changes nothing

    Example: A best-chain candidate and an unconnected candidate seconded again
      Given relay block 10 becomes an active leaf
      And candidate A building on the included head is seconded and backed
      And candidate U building on an unknown head is seconded
      When candidate A is seconded again
      And candidate U is seconded again
      Then prospective parachains keeps candidate A
      And prospective parachains keeps candidate U
      And the best backable chain is A
      And the unconnected candidates are U (seconded)

    Example: A different candidate under the hash of a stored candidate is taken as the stored one
      The node keys candidates by hash, so the second receipt is not checked, although its relay parent (block 7) is
      out of scope, and it changes nothing. Two receipts under one hash only come from a hash collision, so this case
      is not a vector: a node computes the hash from the receipt and cannot be given it.
      Given relay block 10 becomes an active leaf
      And candidate U building on an unknown head is seconded
      And a collator prepares candidate V building on an unknown head at relay block 7
      And candidate V has the hash of candidate U
      When candidate V is seconded
      Then prospective parachains keeps candidate V
      And prospective parachains keeps candidate U
      And the unconnected candidates are U (seconded)

  @AB-ADMIT-009
  Rule: A candidate is never rejected because the best backable chain already holds max_candidate_depth + 1 candidates
    It waits as unconnected and may join the chain later (fragment trees before PR 4035 rejected it).

    Example: With max_candidate_depth 1 a third candidate is kept outside the full chain
      Given validators run prospective parachains with max_candidate_depth 1 and allowed_ancestry_len 2
      And relay block 10 becomes an active leaf
      And candidates A and B are backed in a chain on the included head
      When candidate C building on B is seconded
      Then prospective parachains keeps candidate C
      And the best backable chain is A, B
      And C is kept as an unconnected candidate

  @AB-ADMIT-010
  Rule: Seconding succeeds if any retained relay parent with a fragment chain of the para keeps the candidate
    It is tried under every such relay parent, active leaf or deactivated but retained, and fails only if all of them
    reject the candidate.

    Example: A candidate on the leaf of one relay-chain fork is kept although the other fork's leaf rejects it
      Given validators run prospective parachains with max_candidate_depth 3 and allowed_ancestry_len 0
      And relay block 10 of fork X becomes an active leaf
      And relay block 10 of fork Y becomes an active leaf
      When candidate A building on the included head at relay block 10 of fork X is seconded
      Then prospective parachains keeps candidate A
      And the unconnected candidates at relay block 10 of fork X are A
      And the unconnected candidates at relay block 10 of fork Y are none

    Example: A candidate every retained relay parent rejects is rejected
      Given validators run prospective parachains with max_candidate_depth 3 and allowed_ancestry_len 0
      And relay block 10 of fork X becomes an active leaf
      And relay block 10 of fork Y becomes an active leaf
      When candidate B building on the included head at relay block 9 is seconded
      Then prospective parachains rejects candidate B under AB-SCOPE-001

  @AB-ADMIT-011
  Rule: A candidate whose descriptor commits to other validation data is rejected

    Example: A candidate whose receipt commits to the validation data it was executed with is kept
      Given relay block 10 becomes an active leaf
      And a collator prepares candidate A building on the included head
      And candidate A's receipt commits to its validation data
      When candidate A is seconded
      Then prospective parachains keeps candidate A

    Example: A candidate whose receipt commits to the validation data of an older relay parent is rejected
      Given relay block 10 becomes an active leaf
      And a collator prepares candidate A building on the included head
      And candidate A's receipt commits to the validation data of relay block 9
      When candidate A is seconded
      Then prospective parachains rejects candidate A under AB-ADMIT-011
