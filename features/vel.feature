Feature: Block-production velocity
  Asynchronous backing decouples parablock generation from the backing process, which allows "increasing block
  velocity based on demand" (seed: "Async Backing Mechanics"). The parachain runtime bounds that velocity: at most V+1
  parablocks per relay-chain slot, relay parents that never go back, and a parachain slot that does not run ahead of
  the relay chain; collators ask can_build_upon before they author.

  Background:
    Given a parachain runtime with unincluded segment capacity 5 and velocity 1

  @AB-VEL-001
  Rule: The relay-parent number never decreases
    A parablock is rejected if its relay-parent number is lower than its parent's (current < previous); equal
    numbers are accepted, so several parablocks may share a relay parent.

    Scenario Outline: A parablock on relay parent <second> after one on relay parent 10
      Given parablock A has been authored on relay parent 10
      And parablock B builds on relay parent <second>
      When B is authored
      Then the parachain runtime <verdict>
      And the parachain runtime's latest relay-parent number is <latest>

      Examples:
        | second | verdict                    | latest |
        | 10     | accepts B                  | 10     |
        | 9      | rejects B under AB-VEL-001 | 10     |

    Scenario Outline: Under relay-number-strictly-increases a parablock on relay parent <second> after relay parent 10
      Given the parachain runtime follows the relay-number-strictly-increases variant
      And parablock A has been authored on relay parent 10
      And parablock B builds on relay parent <second>
      When B is authored
      Then the parachain runtime <verdict>

      Examples:
        | second | verdict                    |
        | 11     | accepts B                  |
        | 10     | rejects B under AB-VEL-001 |

  @AB-VEL-002
  Rule: At most V+1 parablocks per relay-chain slot
    A parablock is rejected if more than V parablocks were already authored in the relay-chain slot of its relay
    parent (previous > V).

    Scenario Outline: With velocity 2, a parablock after <before> in the same relay-chain slot
      Given a parachain runtime with unincluded segment capacity 5 and velocity 2
      And parablocks <earlier> have been authored on relay parent 10
      And parablock N builds on relay parent 10
      When N is authored
      Then the parachain runtime <verdict>
      And the parachain runtime counts <counted> parablocks in slot 10

      Examples:
        | before | earlier    | verdict                    | counted |
        | 2      | A and B    | accepts N                  | 3       |
        | 3      | A, B and C | rejects N under AB-VEL-002 | 3       |

    Example: With 12 second parachain slots the count follows the relay-chain slot
      Given parachain slots of 12 seconds and relay-chain slots of 6 seconds
      And parablocks A and B have been authored on relay parent 20
      And parablock C builds on relay parent 21
      When C is authored
      Then the parachain runtime accepts C
      And the parachain runtime counts 1 parablock in slot 21

    Example: Under velocity-per-para-slot the count follows the parachain slot across relay-chain slots
      Given the parachain runtime follows the velocity-per-para-slot variant
      And parachain slots of 12 seconds and relay-chain slots of 6 seconds
      And parablocks A and B have been authored on relay parent 20
      And parablock C builds on relay parent 21
      When C is authored
      Then the parachain runtime rejects C under AB-VEL-002
      And the parachain runtime counts 2 parablocks in slot 10

    Example: Under expect-parent-included no velocity limits the parablocks of a slot
      Given the parachain runtime follows the expect-parent-included variant
      And parablock A has been authored on relay parent 10
      And parablock B has been authored on relay parent 10 with A included
      And parablock C builds on relay parent 10
      And C's relay parent proves B included
      When C is authored
      Then the parachain runtime accepts C
      And the parachain runtime records no slot

  @AB-VEL-003
  Rule: A velocity of 0 behaves as velocity 1
    The velocity check and can_build_upon treat a configured velocity of 0 as 1, so two parablocks fit in a slot.

    Background:
      Given a parachain runtime with unincluded segment capacity 5 and velocity 0

    Scenario Outline: With velocity 0, a parablock after <before> in the same relay-chain slot
      Given parablocks <earlier> have been authored on relay parent 10
      And parablock N builds on relay parent 10
      When N is authored
      Then the parachain runtime <verdict>

      Examples:
        | before | earlier | verdict                    |
        | 1      | A       | accepts N                  |
        | 2      | A and B | rejects N under AB-VEL-002 |

    Example: With velocity 0 can_build_upon allows a second parablock in the slot but not a third
      Given parablock A has been authored on relay parent 10
      Then a collator may build on the tip in slot 10 with genesis included
      And parablock B has been authored on relay parent 10
      And a collator may not build on the tip in slot 10 with genesis included

  @AB-VEL-004
  Rule: A new slot restarts the count
    A parablock in a slot later than the recorded one (or with none recorded) is the first parablock of that slot.

    Example: A new relay-chain slot restarts the count
      Given parablocks A and B have been authored on relay parent 10
      And parablock C builds on relay parent 11
      When C is authored
      Then the parachain runtime accepts C
      And the parachain runtime counts 1 parablock in slot 11

    Example: A slot several slots later restarts the count too
      Given parablocks A and B have been authored on relay parent 10
      And parablock C builds on relay parent 15
      When C is authored
      Then the parachain runtime accepts C
      And the parachain runtime counts 1 parablock in slot 15

    Example: Under velocity-per-para-slot a new parachain slot restarts the count
      Given the parachain runtime follows the velocity-per-para-slot variant
      And parablocks A and B have been authored on relay parent 10
      And parablock C builds on relay parent 11
      When C is authored
      Then the parachain runtime accepts C
      And the parachain runtime counts 1 parablock in slot 11

  @AB-VEL-005
  Rule: The slot does not move backwards
    A parablock is rejected if its relay-chain slot is lower than the recorded slot (slot < recorded).

    Scenario Outline: A relay parent in relay-chain slot <slot> after slot 10
      Given parablock A has been authored on relay parent 10
      And parablock B builds on relay parent 10
      And B's relay parent is in relay-chain slot <slot>
      When B is authored
      Then the parachain runtime <verdict>

      Examples:
        | slot | verdict                    |
        | 10   | accepts B                  |
        | 9    | rejects B under AB-VEL-005 |

    Example: Under velocity-per-para-slot a parachain slot before the recorded one is rejected
      Given the parachain runtime follows the velocity-per-para-slot variant
      And parablock A has been authored on relay parent 10
      And parablock B builds on relay parent 10
      And B's relay parent is in relay-chain slot 9
      When B is authored
      Then the parachain runtime rejects B under AB-VEL-005

  @AB-VEL-006
  Rule: The parachain slot is not ahead of the relay chain
    A parablock is rejected if its parachain slot is greater than the slot derived from its relay parent,
    floor(relay_slot * relay_slot_duration / para_slot_duration). From polkadot-sdk stable2512 on (PR 9712, the
    aura-slot-exact variant) a parachain slot behind the derived one is rejected too.

    Scenario Outline: Parachain slot <claimed> in relay-chain slot 21 with 12 second parachain slots
      Given parachain slots of 12 seconds and relay-chain slots of 6 seconds
      And parablock A builds on relay parent 21
      And A claims parachain slot <claimed>
      When A is authored
      Then the parachain runtime <verdict>

      Examples:
        | claimed | verdict                    |
        | 10      | accepts A                  |
        | 11      | rejects A under AB-VEL-006 |

    Example: A parachain slot behind the derived slot is accepted
      Given parablock A builds on relay parent 10
      And A claims parachain slot 9
      When A is authored
      Then the parachain runtime accepts A

    Example: Under aura-slot-exact a parachain slot behind the derived slot is rejected
      Given the parachain runtime follows the aura-slot-exact variant
      And parablock A builds on relay parent 10
      And A claims parachain slot 9
      When A is authored
      Then the parachain runtime rejects A under AB-VEL-006

    Example: Under velocity-per-para-slot a parachain slot behind the derived slot is rejected
      Given the parachain runtime follows the velocity-per-para-slot variant
      And parablock A builds on relay parent 10
      And A claims parachain slot 9
      When A is authored
      Then the parachain runtime rejects A under AB-VEL-006

  @AB-VEL-007
  Rule: can_build_upon refuses a full segment or an exhausted slot
    With a slot recorded it is false when the size after the included head is at least the capacity, and otherwise
    true exactly for the recorded slot with fewer than V+1 parablocks in it, or for a later slot.

    Example: One parablock in the slot leaves room for another
      Given parablock A has been authored on relay parent 10
      Then a collator may build on the tip in slot 10 with genesis included

    Example: V+1 parablocks exhaust the slot, the next slot is open and an earlier one is not
      Given parablocks A and B have been authored on relay parent 10
      Then a collator may not build on the tip in slot 10 with genesis included
      And a collator may build on the tip in slot 11 with genesis included
      And a collator may not build on the tip in slot 9 with genesis included

    Scenario Outline: Size after included <included> against a capacity of 3
      Given a parachain runtime with unincluded segment capacity 3 and velocity 1
      And parablocks A, B and C have been authored one per relay parent from relay parent 10
      Then a collator <may> build on the tip in slot 13 with <included> included

      Examples:
        | included | may     |
        | A        | may     |
        | genesis  | may not |
        | C        | may not |

    Example: Under velocity-per-para-slot can_build_upon counts per parachain slot
      Given the parachain runtime follows the velocity-per-para-slot variant
      And parachain slots of 12 seconds and relay-chain slots of 6 seconds
      And parablock A has been authored on relay parent 20
      And parablock B has been authored on relay parent 21
      Then a collator may not build on the tip in slot 10 with genesis included
      And a collator may build on the tip in slot 11 with genesis included

  @AB-VEL-008
  Rule: can_build_upon allows building while no slot is recorded
    Before any slot is recorded it answers true whatever the size of the segment.

    Example: Before the first parablock a collator may build
      Then a collator may build on the tip in slot 0 with genesis included

    Example: Under expect-parent-included no slot is recorded, so can_build_upon allows building on a full segment
      Given the parachain runtime follows the expect-parent-included variant
      And parablock A has been authored on relay parent 10
      Then a collator may build on the tip in slot 10 with genesis included
