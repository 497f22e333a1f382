Feature: Fork choice between competing candidates
  Prospective parachains "has to simultaneously keep track of candidates from all forks of all parachains"
  (seed: "Prospective Parachains"). The seed describes fragment trees; since PR 4035 a node keeps one fragment chain
  per leaf and para, and keeps a competing fork only until a backed winner exists: the lower candidate hash wins,
  so that every validator converges on the same chain whatever the order in which it heard of the candidates.

  Background:
    Given the relay chain schedules para 2000 at every active leaf
    And validators run prospective parachains with max_candidate_depth 3 and allowed_ancestry_len 2
    And relay block 10 becomes an active leaf

  @AB-FORK-001
  Rule: A fork of best-chain candidate X, not pending availability, is kept only if its hash is lower than X's
    Otherwise it is rejected.
    Hashes compare as unsigned 32-byte big-endian numbers.

    Scenario Outline: A fork F of the best-chain candidate A, where <lower> has the lower hash
      Given candidate <lower> has a lower hash than <higher>
      And candidate A building on the included head is seconded and backed
      When candidate F building on the included head is seconded
      Then prospective parachains <verdict>
      And the best backable chain is A

      Examples:
        | lower | higher | verdict                               |
        | F     | A      | keeps candidate F                     |
        | A     | F      | rejects candidate F under AB-FORK-001 |

    Example: Two seconded forks are both kept while neither is backed
      When candidate H building on the included head is seconded
      And candidate L building on the included head is seconded
      Then the unconnected candidates are H (seconded) and L (seconded)
      And the best backable chain is empty

  @AB-FORK-002
  Rule: Among backed siblings qualifying as the next best-chain element, the lowest hash is chosen whatever the arrival order
    This holds when none of them is pending availability (see AB-PA-001).

    Scenario Outline: Siblings L and H on the included head, L with the lower hash, backed <first> first
      Given candidate L has a lower hash than H
      And candidate L building on the included head is seconded
      And candidate H building on the included head is seconded
      When the backing group backs candidates <first> and <second>
      Then the best backable chain is L
      And the unconnected candidates are none

      Examples:
        | first | second |
        | L     | H      |
        | H     | L      |

    Example: A lower-hash sibling seconded after the other was backed still wins once backed
      Given candidate L has a lower hash than H
      And candidate H building on the included head is seconded and backed
      When candidate L building on the included head is seconded and backed
      Then the best backable chain is L
      And the unconnected candidates are none

  @AB-FORK-003
  Rule: Backing a stored fork of the included head or of best-chain candidate k reverts the chain after k and rebuilds it
    The candidates that then lose the fork choice are dropped with their stored descendants.
    The revert starts at the fork point, wherever it is in the chain: before PR 6417 a fork replacing any candidate
    but the first left the chain unchanged.

    Example: Backing a lower-hash fork of the second candidate replaces the chain after the first
      Given candidate B2 has a lower hash than B
      And candidates A, B and C are backed in a chain on the included head
      And candidate B2 building on A is seconded
      And candidate C2 building on B2 is seconded and backed
      When the backing group backs candidate B2
      Then the best backable chain is A, B2, C2
      And the unconnected candidates are none

    Example: Backing a lower-hash fork of the third candidate keeps the first two
      Given candidate C2 has a lower hash than C
      And candidates A, B and C are backed in a chain on the included head
      And candidate C2 building on B is seconded
      When the backing group backs candidate C2
      And candidate C is seconded again
      Then the best backable chain is A, B, C2
      And the unconnected candidates are none
      And prospective parachains rejects candidate C under AB-FORK-001

    Example: Backing a lower-hash fork of the first candidate replaces the whole chain
      Given candidate A2 has a lower hash than A
      And candidates A and B are backed in a chain on the included head
      When candidate A2 building on the included head is seconded and backed
      Then the best backable chain is A2
      And the unconnected candidates are none

    Example: Backing a stored candidate whose parent is unknown leaves the chain as it is
      Given candidate A building on the included head is seconded and backed
      When candidate U building on an unknown head is seconded and backed
      Then the best backable chain is A
      And the unconnected candidates are U (backed)
