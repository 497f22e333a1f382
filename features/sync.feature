Feature: Synchronous backing as a corner case of asynchronous backing
  Asynchronous backing generalises synchronous backing: "Values of zero for both correspond to synchronous backing",
  and a parachain that leaves no room for a second unincluded parablock gets no pipelining whatever the relay chain
  allows (seed: "Sync Backing as corner case of Async Backing", "Sync Backing Mechanics").
  The seed swaps the two parameters. As in the code and in production: max_candidate_depth bounds the unincluded chain
  (at most max_candidate_depth + 1 candidates of a para, counting those pending availability) and allowed_ancestry_len
  bounds the age of the relay parent (the active leaf and that many ancestors); "3 and 2" are max_candidate_depth 3 and
  allowed_ancestry_len 2. Zero for both is synchronous backing either way.

  @AB-SYNC-005
  Rule: With an unincluded segment capacity of 1 at most one parablock of the para is unincluded at any time, so at most one parablock is included per two relay blocks (one per 12 s) whatever the relay-side parameters and cores

    Example: Capacity 1 under max_candidate_depth 3 and allowed_ancestry_len 2 gives the synchronous timeline
      Given the pipeline parameters are max_candidate_depth 3, allowed_ancestry_len 2, segment capacity 1, velocity 1 and 1 core
      When the pipeline runs over relay blocks R0 to R6
      Then the pipeline timeline reads:
        | relay block | time | authored | backed | included |
        | R0          | 0 s  | P1       | -      | -        |
        | R1          | 6 s  | -        | P1     | -        |
        | R2          | 12 s | P2       | -      | P1       |
        | R3          | 18 s | -        | P2     | -        |
        | R4          | 24 s | P3       | -      | P2       |
        | R5          | 30 s | -        | P3     | -        |
        | R6          | 36 s | P4       | -      | P3       |
      And in the 24 seconds from R1 to R5 the relay chain includes P1 and P2 and backs P3

    Scenario Outline: Segment capacity <capacity> with velocity <velocity> and <cores>
      Given the pipeline parameters are max_candidate_depth 3, allowed_ancestry_len 2, segment capacity <capacity>, velocity <velocity> and <cores>
      When the pipeline runs over relay blocks R0 to R9
      Then the pipeline includes 1 parablock in every <seconds> seconds of steady state

      Examples:
        | capacity | velocity | cores   | seconds |
        | 1        | 1        | 1 core  | 12      |
        | 1        | 2        | 2 cores | 12      |
        | 1        | 3        | 3 cores | 12      |
        | 2        | 1        | 1 core  | 6       |
