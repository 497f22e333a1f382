Feature: Parachain runtime decisions while a block is built
  A collator builds each parablock by running the parachain runtime, and the runtime decides what the block carries:
  which outbound messages fit what the relay chain and the unincluded segment leave, whether to act on a code-upgrade
  signal, which limits follow from the relay chain's messaging state, and which inbound messages are new. The
  unincluded segment only checks these choices; "the parachain runtime bounds the segment" (seed: "Unincluded
  Segments") because it chooses within those bounds.

  @AB-RTD-001
  Rule: Upward messages sent within what the relay and the segment leave
    The relay dispatch queue's room is shared by the whole segment: what the unincluded ancestors already sent is
    subtracted first. The block sends the longest prefix that fits and keeps the rest queued.

    Example: The segment's two messages leave room for three more
      Given the relay-parent state leaves room for 5 upward messages and 100 bytes in the dispatch queue
      And the unincluded ancestors already sent 2 upward messages of 30 bytes in all
      And the block has these outbound messages queued:
        | message | bytes | to          |
        | U1      | 20    | relay chain |
        | U2      | 30    | relay chain |
        | U3      | 20    | relay chain |
        | U4      | 5     | relay chain |
      When the block chooses its outbound messages
      Then it sends U1, U2 and U3 upward
      And it keeps U4 in the upward queue

    Example: A message too large for the bytes left stops the queue
      Given the relay-parent state leaves room for 10 upward messages and 80 bytes in the dispatch queue
      And the unincluded ancestors already sent 1 upward message of 30 bytes in all
      And the block has these outbound messages queued:
        | message | bytes | to          |
        | U1      | 60    | relay chain |
        | U2      | 5     | relay chain |
      When the block chooses its outbound messages
      Then it sends nothing upward
      And it keeps U1 and U2 in the upward queue

    Example: One upward message per candidate
      Given at most 1 upward message and 4 horizontal messages go out per candidate
      And the block has these outbound messages queued:
        | message | bytes | to          |
        | U1      | 10    | relay chain |
        | U2      | 10    | relay chain |
      When the block chooses its outbound messages
      Then it sends U1 upward
      And it keeps U2 in the upward queue

  @AB-RTD-002
  Rule: At most one horizontal message per channel, within its room
    Each outbound channel takes one message per block, if it exists and is not full once the segment's messages are
    counted: the first queued message it has room for. Recipients go in ascending order until the per-candidate
    count is used.

    Background:
      Given the outbound channel to para 2000 holds 1 of 3 messages and 10 of 100 bytes, messages up to 50 bytes
      And the outbound channel to para 3000 holds 1 of 3 messages and 0 of 2000 bytes, messages up to 1000 bytes
      And the outbound channel to para 5000 holds 0 of 5 messages and 0 of 1000 bytes, messages up to 50 bytes

    Example: One message per channel; full, missing and too-small channels keep theirs
      Given the unincluded ancestors already sent 2 messages of 20 bytes in all to para 3000
      And the block has these outbound messages queued:
        | message | bytes | to   |
        | H1      | 40    | 2000 |
        | H2      | 10    | 2000 |
        | H3      | 10    | 3000 |
        | H4      | 10    | 4000 |
        | H5      | 60    | 5000 |
      When the block chooses its outbound messages
      Then it sends H1 to para 2000
      And it keeps H2 for para 2000
      And it sends nothing to para 3000
      And it keeps H3 for para 3000
      And it keeps H4 for para 4000
      And it keeps H5 for para 5000

    Example: The segment's bytes fill the channel
      Given the unincluded ancestors already sent 1 message of 60 bytes in all to para 2000
      And the block has these outbound messages queued:
        | message | bytes | to   |
        | H1      | 40    | 2000 |
      When the block chooses its outbound messages
      Then it sends nothing to para 2000
      And it keeps H1 for para 2000

    Example: A message too large for the room waits while a smaller one behind it goes
      Given the outbound channel to para 400 holds 1 of 2 messages and 1 of 4 bytes, messages up to 10 bytes
      And the block has these outbound messages queued:
        | message | bytes | to  |
        | M2222   | 4     | 400 |
        | M444    | 3     | 400 |
        | M4      | 1     | 400 |
      When the block chooses its outbound messages
      Then it sends M444 to para 400
      And it keeps M2222 and M4 for para 400

    Example: One horizontal message per candidate goes to the lowest recipient
      Given at most 10 upward messages and 1 horizontal message go out per candidate
      And the block has these outbound messages queued:
        | message | bytes | to   |
        | H1      | 10    | 2000 |
        | H5      | 10    | 5000 |
      When the block chooses its outbound messages
      Then it sends H1 to para 2000
      And it keeps H5 for para 5000

  @AB-RTD-003
  Rule: An upgrade signal is acted on once per segment
    The relay chain keeps reporting a go-ahead until the block that acted on it is included; the blocks built on top
    of that block in the meantime see the same signal and must not act on it again.

    Example: The first block applies the code, the next one ignores the same signal
      Given the relay-parent state reports the go-ahead signal
      And validation code is pending
      When the block handles the upgrade signal
      Then the block applies the pending validation code
      And the block records the go-ahead signal as consumed

    Example: A block on top of the one that applied it ignores the signal
      Given the relay-parent state reports the go-ahead signal
      And an unincluded ancestor consumed the go-ahead signal
      When the block handles the upgrade signal
      Then the block ignores the signal it already acted on
      And the block records no signal as consumed

    Example: An abort discards the pending code
      Given the relay-parent state reports the abort signal
      And validation code is pending
      When the block handles the upgrade signal
      Then the block discards the pending validation code
      And the block records the abort signal as consumed

    Example: A signal other than the consumed one is a panic
      Given the relay-parent state reports no upgrade signal
      And an unincluded ancestor consumed the go-ahead signal
      When the block handles the upgrade signal
      Then the block panics because the signal differs from the one consumed

    Example: A go-ahead without pending code is a panic
      Given the relay-parent state reports the go-ahead signal
      And no validation code is pending
      When the block handles the upgrade signal
      Then the block panics because no validation code is pending

  @AB-RTD-004
  Rule: Outbound limits from the relay-chain messaging state
    The limits are for the whole segment including the new block: the dispatch queue's room, and per channel its
    capacity less what is queued in it.

    Example: Capacity less what the channels already hold
      Given the relay-parent state leaves room for 8 upward messages and 900 bytes in the dispatch queue
      And the outbound channel to para 2000 holds 3 of 10 messages and 250 of 1000 bytes, messages up to 100 bytes
      When the block derives its outbound limits
      Then the limits leave 8 upward messages and 900 bytes
      And the limits leave 7 messages and 750 bytes to para 2000

    Example: A channel holding more than its capacity leaves nothing, not less
      Given the outbound channel to para 2000 holds 5 of 2 messages and 150 of 100 bytes, messages up to 100 bytes
      When the block derives its outbound limits
      Then the limits leave 0 messages and 0 bytes to para 2000

  @AB-RTD-005
  Rule: Processed inbound messages are not processed again
    Several blocks may share one relay parent; the messages the parent's relay block had already delivered were
    processed by the parent or before, and are dropped from the inherent.

    Background:
      Given the inherent offers these inbound messages:
        | message | from        | sent at |
        | D1      | relay chain | 9       |
        | D2      | relay chain | 10      |
        | D3      | relay chain | 11      |
        | X1      | 2000        | 5       |
        | X2      | 2000        | 12      |

    Example: The parent was built on relay block 10
      Given the parent was built on relay block 10
      When the block filters its inbound messages
      Then it processes D3 from the relay chain
      And it processes X2 from para 2000

    Example: The first block processes everything
      Given the parent was built on relay block 0
      When the block filters its inbound messages
      Then it processes D1, D2 and D3 from the relay chain
      And it processes X1 and X2 from para 2000
