Feature: Queries of the backing and provisioning subsystems
  Prospective parachains is "all about tracking, storing, and providing candidates to the availability/inclusion
  step" (seed: "Prospective Parachains"). The block author asks which candidates it may back next, the backing
  subsystem asks whether an advertised candidate could ever be kept, and collators and validators ask for the
  earliest allowed relay parent and the validation data a collation must use.

  Background:
    Given the relay chain schedules para 2000 at every active leaf
    And validators run prospective parachains with max_candidate_depth 3 and allowed_ancestry_len 2

  @AB-QUERY-001
  Rule: The backable candidates follow the longest prefix of the best chain made of given ancestors, at most count of them
    Ancestors that do not form such a prefix are ignored (Z is a candidate outside the chain); each answer pairs a
    candidate with its relay parent (its scheduling parent in polkadot-sdk master).

    Scenario Outline: <count> backable candidates after <ancestors>, on the chain A, B, C
      Given relay block 10 becomes an active leaf
      And candidate A building on the included head at relay block 9 is seconded and backed
      And candidates B and C are backed in a chain on A
      When the block author building on relay block 10 asks for <count> backable candidates with <ancestors>
      Then the backable candidates are <answer>

      Examples:
        | count | ancestors            | answer |
        | 2     | no ancestors         | A, B   |
        | 2     | ancestors A          | B, C   |
        | 5     | ancestors A and B    | C      |
        | 5     | ancestors A, B and C | none   |
        | 2     | ancestors B          | A, B   |
        | 2     | ancestors A, C and Z | B, C   |

    Example: In polkadot-sdk master (PR 11772) each answer pairs a candidate with its scheduling parent
      Candidate A's relay parent is relay block 6, below the window; the answer names relay block 10, its scheduling
      parent, as upstream's BackableCandidateRef does. Before master the block in the answer is the relay parent.
      Given the node follows the scheduling-parent variant
      And relay block 10 becomes an active leaf
      And a collator prepares candidate A building on the included head at relay block 6
      And candidate A names relay block 10 as its scheduling parent
      And candidate A is seconded and backed
      When the block author building on relay block 10 asks for 1 backable candidate with no ancestors
      Then the backable candidates are A

  @AB-QUERY-002
  Rule: The backable candidates stop before the first candidate pending availability, even when count is not reached

    Scenario Outline: A candidate pending availability P and its backed child X, asked for 2 after <ancestors>
      Given candidate P building on the included head at relay block 9 is pending availability
      And relay block 10 becomes an active leaf
      And candidate X building on P is seconded and backed
      When the block author building on relay block 10 asks for 2 backable candidates with <ancestors>
      Then the best backable chain is P, X
      And the backable candidates are <answer>

      Examples:
        | ancestors    | answer |
        | no ancestors | none   |
        | ancestors P  | X      |

  @AB-QUERY-003
  Rule: There are no backable candidates for count 0, a relay parent that is not an active leaf, or a para without chain

    Scenario Outline: <count> backable candidates of para <para> at the active leaf
      Given relay block 10 becomes an active leaf
      And candidates A, B and C are backed in a chain on the included head
      When the block author building on relay block 10 asks for <count> backable candidates of para <para> with no ancestors
      Then the backable candidates are <answer>

      Examples:
        | count | para | answer |
        | 0     | 2000 | none   |
        | 1     | 2000 | A      |
        | 1     | 3000 | none   |

    Scenario Outline: A request at relay block <relay block> after leaf 10 gave way to leaf 11
      Given relay block 10 becomes an active leaf
      And candidates A, B and C are backed in a chain on the included head
      And relay block 11 becomes an active leaf
      And relay block 10 is no longer an active leaf
      When the block author building on relay block <relay block> asks for 1 backable candidate with no ancestors
      Then the backable candidates are <answer>
      And prospective parachains keeps a fragment chain at relay block 10

      Examples:
        | relay block | answer |
        | 10          | none   |
        | 11          | A      |

  @AB-QUERY-004
  Rule: A hypothetical candidate is a member under each active leaf whose fragment chain would keep it, ignoring depth
    Now or later: a candidate with an unknown parent is a member, and so is one the chain already knows.

    Example: A child of a full best backable chain is a member
      Given validators run prospective parachains with max_candidate_depth 0 and allowed_ancestry_len 2
      And relay block 10 becomes an active leaf
      And candidate A building on the included head is seconded and backed
      When a backing validator asks for the hypothetical membership of candidate B building on A
      Then the hypothetical membership is relay block 10

    Example: A candidate already in the chain is a member
      Given relay block 10 becomes an active leaf
      And candidate A building on the included head is seconded and backed
      When a backing validator asks for the hypothetical membership of candidate A
      Then the hypothetical membership is relay block 10

    Scenario Outline: A candidate with an unknown parent at relay block <relay parent>
      Given relay block 10 becomes an active leaf
      And a collator prepares candidate U building on an unknown head at relay block <relay parent>
      When a backing validator asks for the hypothetical membership of candidate U
      Then the hypothetical membership is <membership>

      Examples:
        | relay parent | membership     |
        | 8            | relay block 10 |
        | 7            | empty          |

    Example: Membership is decided per active leaf
      Given validators run prospective parachains with max_candidate_depth 3 and allowed_ancestry_len 0
      And relay block 10 of fork X becomes an active leaf
      And relay block 10 of fork Y becomes an active leaf
      And a collator prepares candidate A building on the included head at relay block 10 of fork Y
      When a backing validator asks for the hypothetical membership of candidate A
      Then the hypothetical membership is relay block 10 of fork Y

  @AB-QUERY-005
  Rule: An advertised candidate skips the checks on its output head and commitments; the other admission checks apply
    An advertised candidate is known only by hash, para, parent head and relay parent: the zero-length cycle, cycle,
    multiple-paths and constraint checks are skipped; scope, pending-availability, fork and relay-parent order apply.

    Scenario Outline: A candidate that outputs the head it builds on, asked about as <what>
      Given relay block 10 becomes an active leaf
      And a collator prepares candidate Z building on the included head
      And candidate Z outputs the head it builds on
      When a backing validator asks for the hypothetical membership of <what>
      Then the hypothetical membership is <membership>

      Examples:
        | what                       | membership     |
        | candidate Z                | empty          |
        | the advertised candidate Z | relay block 10 |

    Scenario Outline: A candidate validated with another code, asked about as <what>
      Given relay block 10 becomes an active leaf
      And a collator prepares candidate W building on the included head
      And candidate W carries a validation code hash other than the para's current code
      When a backing validator asks for the hypothetical membership of <what>
      Then the hypothetical membership is <membership>

      Examples:
        | what                       | membership     |
        | candidate W                | empty          |
        | the advertised candidate W | relay block 10 |

    Example: The relay-parent order still applies to an advertised candidate
      Given relay block 10 becomes an active leaf
      And candidate A building on the included head at relay block 9 is seconded and backed
      And a collator prepares candidate B building on A at relay block 8
      When a backing validator asks for the hypothetical membership of the advertised candidate B
      Then the hypothetical membership is empty

    Example: In polkadot-sdk master an advertisement names only the scheduling parent, so no relay-parent order applies
      Given the node follows the scheduling-parent variant
      And relay block 10 becomes an active leaf
      And candidate A building on the included head at relay block 9 is seconded and backed
      And a collator prepares candidate B building on A at relay block 8
      When a backing validator asks for the hypothetical membership of the advertised candidate B
      Then the hypothetical membership is relay block 10

  @AB-QUERY-006
  Rule: The minimum relay parent of a para under an active leaf is the oldest relay parent of its scope; other blocks have none

    Scenario Outline: allowed_ancestry_len <ancestry> and min_relay_parent_number <minimum> under leaf relay block 10
      Given validators run prospective parachains with max_candidate_depth 3 and allowed_ancestry_len <ancestry>
      And the runtime sets the para's min_relay_parent_number to relay block <minimum>
      And relay block 10 becomes an active leaf
      When the node is asked for the minimum relay parents at relay block 10
      Then the minimum relay parent of the para is relay block <answer>

      Examples:
        | ancestry | minimum | answer |
        | 2        | 0       | 8      |
        | 2        | 9       | 9      |
        | 0        | 0       | 10     |

    Example: The session boundary cuts the scope, and so the minimum relay parent
      Given validators run prospective parachains with max_candidate_depth 3 and allowed_ancestry_len 3
      And a new session begins with relay block 10
      And relay block 11 becomes an active leaf
      When the node is asked for the minimum relay parents at relay block 11
      Then the minimum relay parent of the para is relay block 9

    Example: A block that is not an active leaf has no minimum relay parents
      Given relay block 10 becomes an active leaf
      When the node is asked for the minimum relay parents at relay block 9
      Then no para has a minimum relay parent there

  @AB-QUERY-007
  Rule: Validation data needs a relay parent in scope and a supplied or known parent head; max_pov_size comes from the constraints
    A head is known as the included head, a best-chain head or a head of an unconnected candidate. The validation data
    a collation gets names its parent head, the number and storage root of its relay parent as the node's scope knows
    them (never taken from the request), and the para's max_pov_size.

    Scenario Outline: A collation building on <parent> at relay block <relay parent>
      Given relay block 10 becomes an active leaf
      And candidate U building on an unknown head is seconded
      When a backing validator asks for the validation data of a collation building on <parent> at relay block <relay parent>
      Then the collation gets <answer>

      Examples:
        | parent            | relay parent | answer              |
        | the included head | 9            | its validation data |
        | U                 | 9            | its validation data |
        | an unknown head   | 9            | no validation data  |
        | the included head | 7            | no validation data  |

    Example: A collation supplying its parent head gets validation data for a head the node never saw
      Given relay block 10 becomes an active leaf
      And the collator supplies the parent head with its collation
      When a backing validator asks for the validation data of a collation building on an unknown head at relay block 9
      Then the collation gets its validation data

    Example: In polkadot-sdk master (PR 11772) a collation may build on a relay parent below the window
      The runtime still allows relay block 6, so the node takes its number and storage root from the runtime; before
      master relay block 6 is out of scope (as relay block 7 above) and there is no validation data.
      Given the node follows the scheduling-parent variant
      And relay block 10 becomes an active leaf
      When a backing validator asks for the validation data of a collation building on the included head at relay block 6
      Then the collation gets its validation data
