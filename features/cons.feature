Feature: Candidate constraints
  A parablock is checked against the constraints of its relay parent: what the relay chain can still take from the
  para (upward and horizontal messages), what it must process (downward messages), the code it must run, and the
  head it must build on. With asynchronous backing a candidate may build on unincluded ancestors, so the constraints
  it meets are those of its relay parent as changed by everything its ancestors did (seed: "Contextual Execution").
  When two of these rules are broken at once, upstream versions report different ones; each example breaks one.

  @AB-CONS-001
  Rule: A candidate is valid against its constraints only if its validation code hash equals the code in force

    Example: A candidate validated with the current code is accepted
      Given candidate A builds on the included head at relay block 10
      When A is checked against the constraints
      Then the constraints accept A

    Example: A candidate validated with other code is rejected
      Given candidate A builds on the included head at relay block 10
      And A is validated with code "another"
      When A is checked against the constraints
      Then the constraints reject A under AB-CONS-001

  @AB-CONS-002
  Rule: A candidate's head data may be at most max_head_data_size bytes

    Scenario Outline: Head data of <size> bytes against a limit of 64 bytes
      Given the para's head data may be at most 64 bytes
      And candidate A builds on the included head at relay block 10
      And A has head data of <size> bytes
      When A is checked against the constraints
      Then the constraints <verdict>

      Examples:
        | size | verdict                    |
        | 64   | accept A                   |
        | 65   | reject A under AB-CONS-002 |

  @AB-CONS-003
  Rule: A candidate's relay parent may not be older than the oldest allowed relay parent

    Scenario Outline: A relay parent at relay block <relay parent> when the oldest allowed is relay block 8
      Given the oldest allowed relay parent is relay block 8
      And candidate A builds on the included head at relay block <relay parent>
      When A is checked against the constraints
      Then the constraints <verdict>

      Examples:
        | relay parent | verdict                    |
        | 8            | accept A                   |
        | 7            | reject A under AB-CONS-003 |

  @AB-CONS-004
  Rule: A candidate that carries new validation code is rejected while the relay chain restricts upgrades

    Example: New code without a restriction is accepted
      Given candidate A builds on the included head at relay block 10
      And A carries new validation code of 100 bytes
      When A is checked against the constraints
      Then the constraints accept A

    Example: New code under a restriction is rejected
      Given the relay chain restricts code upgrades of the para
      And candidate A builds on the included head at relay block 10
      And A carries new validation code of 100 bytes
      When A is checked against the constraints
      Then the constraints reject A under AB-CONS-004

  @AB-CONS-005
  Rule: New validation code may be at most max_code_size bytes

    Scenario Outline: New code of <size> bytes against a limit of 100 bytes
      Given new validation code may be at most 100 bytes
      And candidate A builds on the included head at relay block 10
      And A carries new validation code of <size> bytes
      When A is checked against the constraints
      Then the constraints <verdict>

      Examples:
        | size | verdict                    |
        | 100  | accept A                   |
        | 101  | reject A under AB-CONS-005 |

  @AB-CONS-006
  Rule: A candidate may send at most max_hrmp_num_per_candidate horizontal messages

    Scenario Outline: <count> horizontal messages when one is allowed
      Given a candidate may send at most 1 horizontal messages
      And an outbound channel to para 2000 can take 100 more bytes in 10 more messages
      And an outbound channel to para 2001 can take 100 more bytes in 10 more messages
      And candidate A builds on the included head at relay block 10
      And A sends horizontal messages of 5 bytes to paras <recipients>
      When A is checked against the constraints
      Then the constraints <verdict>

      Examples:
        | count | recipients    | verdict                    |
        | 1     | 2000          | accept A                   |
        | 2     | 2000 and 2001 | reject A under AB-CONS-006 |

  @AB-CONS-007
  Rule: A candidate's validation data carries its relay parent's number and storage root and the PoV size limit exactly

    Example: Validation data of the relay parent is accepted
      Given candidate A builds on the included head at relay block 10
      When A is checked against the constraints
      Then the constraints accept A

    Example: Validation data stating another PoV size limit is rejected
      Given candidate A builds on the included head at relay block 10
      And A states a PoV size limit of 999 bytes in its validation data
      When A is checked against the constraints
      Then the constraints reject A under AB-CONS-007

    Example: Validation data naming the storage root of another block is rejected
      Given candidate A builds on the included head at relay block 10
      And A states the storage root of another block in its validation data
      When A is checked against the constraints
      Then the constraints reject A under AB-CONS-007

  @AB-CONS-008
  Rule: A candidate that processes no downward message is rejected while a message sent at or before its relay parent waits

    Scenario Outline: A downward message sent at relay block <sent at>, candidate at relay block 10 processing <processed>
      Given downward messages sent at relay blocks <sent at> are queued for the para
      And candidate A builds on the included head at relay block 10
      And A processes <processed> downward messages
      When A is checked against the constraints
      Then the constraints <verdict>

      Examples:
        | sent at | processed | verdict                    |
        | 10      | 0         | reject A under AB-CONS-008 |
        | 10      | 1         | accept A                   |
        | 11      | 0         | accept A                   |

  @AB-CONS-009
  Rule: A candidate may send at most max_upward_message_num_per_candidate upward messages

    Scenario Outline: <messages> upward messages when two are allowed per candidate
      Given a candidate may send at most 2 upward messages
      And candidate A builds on the included head at relay block 10
      And A sends upward messages of <messages> bytes
      When A is checked against the constraints
      Then the constraints <verdict>

      Examples:
        | messages | verdict                    |
        | 1, 1     | accept A                   |
        | 1, 1, 1  | reject A under AB-CONS-009 |

    Example: The UMP separator and the UMP signals after it are not upward messages
      Given a candidate may send at most 2 upward messages
      And candidate A builds on the included head at relay block 10
      And A sends upward messages of 1, 1 bytes, then the UMP separator and UMP signals of 3, 34 bytes
      When A is checked against the constraints
      Then the constraints accept A

  @AB-CONS-010
  Rule: A candidate's horizontal messages go to strictly ascending recipients

    Scenario Outline: Messages to paras <recipients>
      Given an outbound channel to para 2000 can take 100 more bytes in 10 more messages
      And an outbound channel to para 2001 can take 100 more bytes in 10 more messages
      And candidate A builds on the included head at relay block 10
      And A sends horizontal messages of 5 bytes to paras <recipients>
      When A is checked against the constraints
      Then the constraints <verdict>

      Examples:
        | recipients    | verdict                    |
        | 2000 and 2001 | accept A                   |
        | 2000 and 2000 | reject A under AB-CONS-010 |
        | 2001 and 2000 | reject A under AB-CONS-010 |

  @AB-CONS-011
  Rule: A watermark at the relay parent is always allowed; an older one must be a valid watermark

    Scenario Outline: A watermark at relay block <watermark> for a candidate at relay block 10
      Given the valid HRMP watermarks are relay blocks 6, 8
      And candidate A builds on the included head at relay block 10
      And A sets its HRMP watermark to relay block <watermark>
      When A is checked against the constraints
      Then the constraints <verdict>

      Examples:
        | watermark | verdict                    |
        | 10        | accept A                   |
        | 8         | accept A                   |
        | 7         | reject A under AB-CONS-011 |

  @AB-CONS-012
  Rule: A candidate sends horizontal messages only over open outbound channels

    Example: A message over an open channel is accepted
      Given an outbound channel to para 2000 can take 50 more bytes in 1 more messages
      And candidate A builds on the included head at relay block 10
      And A sends horizontal messages of 5 bytes to paras 2000
      When A is checked against the constraints
      Then the constraints accept A

    Example: A message to a para without channel is rejected
      Given an outbound channel to para 2000 can take 50 more bytes in 1 more messages
      And candidate A builds on the included head at relay block 10
      And A sends horizontal messages of 5 bytes to paras 2001
      When A is checked against the constraints
      Then the constraints reject A under AB-CONS-012

  @AB-CONS-013
  Rule: The bytes a candidate sends on a channel may not exceed what the channel can still take

    Scenario Outline: A message of <size> bytes on a channel that takes 50 more
      Given an outbound channel to para 2000 can take 50 more bytes in 1 more messages
      And candidate A builds on the included head at relay block 10
      And A sends horizontal messages of <size> bytes to paras 2000
      When A is checked against the constraints
      Then the constraints <verdict>

      Examples:
        | size | verdict                    |
        | 50   | accept A                   |
        | 51   | reject A under AB-CONS-013 |

  @AB-CONS-014
  Rule: The messages a candidate sends on a channel may not exceed what the channel can still take

    Scenario Outline: One message on a channel that takes <left> more messages
      Given an outbound channel to para 2000 can take 50 more bytes in <left> more messages
      And candidate A builds on the included head at relay block 10
      And A sends horizontal messages of 5 bytes to paras 2000
      When A is checked against the constraints
      Then the constraints <verdict>

      Examples:
        | left | verdict                    |
        | 1    | accept A                   |
        | 0    | reject A under AB-CONS-014 |

  @AB-CONS-015
  Rule: The upward messages a candidate sends may not exceed what the relay dispatch queue can still take

    Scenario Outline: Upward messages of <messages> bytes when the queue takes two more
      Given the relay dispatch queue can take 2 more upward messages and 50 more bytes
      And candidate A builds on the included head at relay block 10
      And A sends upward messages of <messages> bytes
      When A is checked against the constraints
      Then the constraints <verdict>

      Examples:
        | messages | verdict                    |
        | 1, 1     | accept A                   |
        | 1, 1, 1  | reject A under AB-CONS-015 |

    Example: The UMP separator and a SelectCore signal do not take places in the queue
      Given the relay dispatch queue can take 2 more upward messages and 50 more bytes
      And candidate A builds on the included head at relay block 10
      And A sends upward messages of 1, 1 bytes, then the UMP separator and UMP signals of 3 bytes
      When A is checked against the constraints
      Then the constraints accept A
      And the next candidate may send 0 more upward messages

  @AB-CONS-016
  Rule: The upward message bytes a candidate sends may not exceed what the relay dispatch queue can still take

    Scenario Outline: Upward messages of <messages> bytes when the queue takes 50 more bytes
      Given the relay dispatch queue can take 10 more upward messages and 50 more bytes
      And candidate A builds on the included head at relay block 10
      And A sends upward messages of <messages> bytes
      When A is checked against the constraints
      Then the constraints <verdict>

      Examples:
        | messages | verdict                    |
        | 40, 10   | accept A                   |
        | 40, 11   | reject A under AB-CONS-016 |

    Example: The bytes of the UMP signals are not counted
      Given the relay dispatch queue can take 10 more upward messages and 50 more bytes
      And candidate A builds on the included head at relay block 10
      And A sends upward messages of 40, 10 bytes, then the UMP separator and UMP signals of 3 bytes
      When A is checked against the constraints
      Then the constraints accept A

  @AB-CONS-017
  Rule: A candidate processes at most as many downward messages as are queued

    Scenario Outline: Processing <processed> of two queued downward messages
      Given downward messages sent at relay blocks 3, 4 are queued for the para
      And candidate A builds on the included head at relay block 10
      And A processes <processed> downward messages
      When A is checked against the constraints
      Then the constraints <verdict>

      Examples:
        | processed | verdict                    |
        | 2         | accept A                   |
        | 3         | reject A under AB-CONS-017 |

  @AB-CONS-018
  Rule: A candidate builds on the included head, or on the output head of its parent candidate

    Example: A child building on its parent is accepted
      Given candidate A builds on the included head at relay block 10
      And candidate B builds on A at relay block 10
      When A and then B are checked against the constraints
      Then the constraints accept B
      And the next candidate must build on the head of B

    Example: A child building on the included head behind its parent is rejected
      Given candidate A builds on the included head at relay block 10
      And candidate B builds on the included head at relay block 10
      When A and then B are checked against the constraints
      Then the constraints reject B under AB-CONS-018

  @AB-CONS-019
  Rule: The message budgets a candidate meets are those of its relay parent minus what its unincluded ancestors sent

    Example: A child may use what its parent left of the upward queue
      Given the relay dispatch queue can take 3 more upward messages and 1000 more bytes
      And candidate A builds on the included head at relay block 10
      And A sends upward messages of 1, 1 bytes
      And candidate B builds on A at relay block 10
      And B sends upward messages of 1 bytes
      When A and then B are checked against the constraints
      Then the constraints accept B
      And the next candidate may send 0 more upward messages

    Example: A child may not use what its parent already sent
      Given the relay dispatch queue can take 3 more upward messages and 1000 more bytes
      And candidate A builds on the included head at relay block 10
      And A sends upward messages of 1, 1 bytes
      And candidate B builds on A at relay block 10
      And B sends upward messages of 1, 1 bytes
      When A and then B are checked against the constraints
      Then the constraints reject B under AB-CONS-015

  @AB-CONS-020
  Rule: After a candidate's HRMP watermark, its descendants may only use later valid watermarks
    A watermark found among the valid watermarks is consumed with the earlier ones. Upstream emulators from
    polkadot-sdk stable2506 on (PR 8860, the hrmp-watermark-kept variant) keep the matched watermark valid for
    descendants; the kit's baseline consumes it.

    Example: A parent's trunk watermark is consumed for its child
      Given the valid HRMP watermarks are relay blocks 6, 8
      And candidate A builds on the included head at relay block 10
      And A sets its HRMP watermark to relay block 6
      When A is checked against the constraints
      Then the constraints accept A
      And the valid HRMP watermarks for the next candidate are relay blocks 8

    Example: A child may not repeat its parent's trunk watermark
      Given the valid HRMP watermarks are relay blocks 6, 8
      And candidate A builds on the included head at relay block 10
      And A sets its HRMP watermark to relay block 6
      And candidate B builds on A at relay block 10
      And B sets its HRMP watermark to relay block 6
      When A and then B are checked against the constraints
      Then the constraints reject B under AB-CONS-011

    Example: From stable2506 on, a child may repeat its parent's trunk watermark
      Given the inclusion emulator follows the hrmp-watermark-kept variant
      And the valid HRMP watermarks are relay blocks 6, 8
      And candidate A builds on the included head at relay block 10
      And A sets its HRMP watermark to relay block 6
      And candidate B builds on A at relay block 10
      And B sets its HRMP watermark to relay block 6
      When A and then B are checked against the constraints
      Then the constraints accept B
      And the valid HRMP watermarks for the next candidate are relay blocks 6, 8

    Example: A child may not go below its parent's watermark
      Given the valid HRMP watermarks are relay blocks 6, 8
      And candidate A builds on the included head at relay block 10
      And A sets its HRMP watermark to relay block 8
      And candidate B builds on A at relay block 10
      And B sets its HRMP watermark to relay block 6
      When A and then B are checked against the constraints
      Then the constraints reject B under AB-CONS-011

  @AB-CONS-021
  Rule: The downward messages a candidate processed leave the queue its descendants see

    Example: A child sees the queue its parent left
      Given downward messages sent at relay blocks 3, 4 are queued for the para
      And candidate A builds on the included head at relay block 10
      And A processes 1 downward message
      When A is checked against the constraints
      Then the constraints accept A
      And downward messages sent at relay blocks 4 remain queued for the next candidate

    Example: A child may not process a message its parent processed
      Given downward messages sent at relay blocks 3, 4 are queued for the para
      And candidate A builds on the included head at relay block 10
      And A processes 2 downward messages
      And candidate B builds on A at relay block 10
      And B processes 1 downward message
      When A and then B are checked against the constraints
      Then the constraints reject B under AB-CONS-017

  @AB-CONS-022
  Rule: The first candidate whose relay parent reaches a scheduled upgrade applies it; its descendants use the new code

    Example: At the scheduled relay block the candidate applies the upgrade
      Given an upgrade to code "next" is scheduled for relay block 10
      And candidate A builds on the included head at relay block 10
      When A is checked against the constraints
      Then the constraints accept A
      And the next candidate must use code "next"

    Example: One relay block before the scheduled block nothing changes
      Given an upgrade to code "next" is scheduled for relay block 11
      And candidate A builds on the included head at relay block 10
      When A is checked against the constraints
      Then the constraints accept A
      And the next candidate must use code "current"
