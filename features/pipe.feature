Feature: Pipeline timing
  In synchronous backing "it takes six seconds (one relay block) to generate and back a parablock" and another six to
  include it, and the next parablock waits for the previous one to be included: no pipelining. In asynchronous backing
  "backing of block N + 1 and inclusion of block N happen on the same relay chain block", so one core includes a
  parablock every 6 s instead of every 12 s (seed: "Sync Backing Mechanics", "Async Backing Mechanics", "Pipelining").
  Parameters are named as in the code: max_candidate_depth bounds the unincluded chain and allowed_ancestry_len the age
  of the relay parent; the seed's "Sync Backing as corner case of Async Backing" swaps the two.

  @AB-PIPE-001
  Rule: Relay block R(k) is produced at 6k seconds, and every parablock authored in relay slot k is built on R(k), the relay block just imported

    Example: Synchronous backing builds each parablock on the relay block just imported
      Given the pipeline parameters are max_candidate_depth 0, allowed_ancestry_len 0, segment capacity 1, velocity 1 and 1 core
      When the pipeline runs over relay blocks R0 to R4
      Then the pipeline timeline reads:
        | relay block | time | authored | backed | included |
        | R0          | 0 s  | P1       | -      | -        |
        | R1          | 6 s  | -        | P1     | -        |
        | R2          | 12 s | P2       | -      | P1       |
        | R3          | 18 s | -        | P2     | -        |
        | R4          | 24 s | P3       | -      | P2       |
      And every parablock is built on the relay block in which it is authored

    Example: Asynchronous backing builds P1 and P2 on R0 and P3 on R1
      Given the pipeline parameters are max_candidate_depth 3, allowed_ancestry_len 2, segment capacity 3, velocity 1 and 1 core
      When the pipeline runs over relay blocks R0 to R2
      Then the pipeline timeline reads:
        | relay block | time | authored | backed | included |
        | R0          | 0 s  | P1, P2   | -      | -        |
        | R1          | 6 s  | P3       | P1     | -        |
        | R2          | 12 s | P4       | P2     | P1       |
      And every parablock is built on the relay block in which it is authored

  @AB-PIPE-002
  Rule: The collator authors a parablock on R(k) only if its unincluded ancestors, after dropping everything included as of R(k), number fewer than the segment capacity (new_len < capacity)

    Scenario Outline: Two unincluded ancestors on R1 against a segment capacity of <capacity>
      Given the pipeline parameters are max_candidate_depth 3, allowed_ancestry_len 2, segment capacity <capacity>, velocity 1 and 1 core
      When the pipeline runs over relay blocks R0 to R2
      Then the pipeline timeline reads:
        | relay block | authored      | backed | included |
        | R0          | P1, P2        | -      | -        |
        | R1          | <authored R1> | P1     | -        |
        | R2          | <authored R2> | P2     | P1       |

      Examples:
        | capacity | authored R1 | authored R2 |
        | 2        | -           | P3          |
        | 3        | P3          | P4          |

    Example: The segment, not the velocity, stops authoring when it is full
      Given the pipeline parameters are max_candidate_depth 3, allowed_ancestry_len 2, segment capacity 2, velocity 2 and 1 core
      When the pipeline runs over relay blocks R0 to R0
      Then the pipeline timeline reads:
        | relay block | authored |
        | R0          | P1, P2   |

  @AB-PIPE-003
  Rule: The collator authors at most velocity + 1 parablocks on one relay parent

    Scenario Outline: Velocity <velocity> with room for five unincluded parablocks
      Given the pipeline parameters are max_candidate_depth 3, allowed_ancestry_len 2, segment capacity 5, velocity <velocity> and 1 core
      When the pipeline runs over relay blocks R0 to R0
      Then the pipeline timeline reads:
        | relay block | authored   |
        | R0          | <authored> |

      Examples:
        | velocity | authored       |
        | 1        | P1, P2         |
        | 2        | P1, P2, P3     |
        | 3        | P1, P2, P3, P4 |

  @AB-PIPE-004
  Rule: A parablock built on R(r) is backed in some R(b) with r + 1 <= b <= r + 1 + allowed_ancestry_len, or never; one not backed by then is abandoned with its unbacked descendants

    Example: Synchronous backing backs a parablock in the relay block after its relay parent
      Given the pipeline parameters are max_candidate_depth 0, allowed_ancestry_len 0, segment capacity 1, velocity 1 and 1 core
      When the pipeline runs over relay blocks R0 to R1
      Then the pipeline timeline reads:
        | relay block | authored | backed |
        | R0          | P1       | -      |
        | R1          | -        | P1     |

    Scenario Outline: P2, built on R0 while the single core is busy with P1, under allowed_ancestry_len <ancestry>
      Given the pipeline parameters are max_candidate_depth 3, allowed_ancestry_len <ancestry>, segment capacity 3, velocity 1 and 1 core
      When the pipeline runs over relay blocks R0 to R2
      Then the pipeline timeline reads:
        | relay block | backed      | abandoned      |
        | R1          | P1          | <abandoned R1> |
        | R2          | <backed R2> | <abandoned R2> |

      Examples:
        | ancestry | abandoned R1 | backed R2 | abandoned R2 |
        | 0        | P2           | P3        | P4           |
        | 1        | -            | P2        | -            |

    Scenario Outline: P3, built on R0 with velocity 2, reaches the end of its backing window in R3 under allowed_ancestry_len <ancestry>
      Given the pipeline parameters are max_candidate_depth 3, allowed_ancestry_len <ancestry>, segment capacity 4, velocity 2 and 1 core
      When the pipeline runs over relay blocks R0 to R3
      Then the pipeline timeline reads:
        | relay block | authored      | backed      | abandoned      |
        | R0          | P1, P2, P3    | -           | -              |
        | R1          | P4            | P1          | -              |
        | R2          | <authored R2> | P2          | <abandoned R2> |
        | R3          | <authored R3> | <backed R3> | -              |

      Examples:
        | ancestry | authored R2 | abandoned R2 | backed R3 | authored R3 |
        | 1        | P5, P6, P7  | P3, P4       | P5        | P8          |
        | 2        | P5          | -            | P3        | P6          |

  @AB-PIPE-005
  Rule: A relay block R(b) backs a parablock only if the para's candidates pending availability at R(b-1) plus those backed in R(b), this one included, number at most max_candidate_depth + 1

    Scenario Outline: P1 pending availability at R1 and P2 ready, under max_candidate_depth <depth>
      Given the pipeline parameters are max_candidate_depth <depth>, allowed_ancestry_len 2, segment capacity 3, velocity 1 and 1 core
      When the pipeline runs over relay blocks R0 to R3
      Then the pipeline timeline reads:
        | relay block | backed      | included      |
        | R1          | P1          | -             |
        | R2          | <backed R2> | P1            |
        | R3          | <backed R3> | <included R3> |

      Examples:
        | depth | backed R2 | backed R3 | included R3 |
        | 0     | -         | P2        | -           |
        | 1     | P2        | P3        | P2          |

    Scenario Outline: Two cores, P1 and P2 pending availability at R1, under max_candidate_depth <depth>
      Given the pipeline parameters are max_candidate_depth <depth>, allowed_ancestry_len 2, segment capacity 5, velocity 2 and 2 cores
      When the pipeline runs over relay blocks R0 to R2
      Then the pipeline timeline reads:
        | relay block | backed      | included |
        | R1          | P1, P2      | -        |
        | R2          | <backed R2> | P1, P2   |

      Examples:
        | depth | backed R2 |
        | 2     | P3        |
        | 3     | P3, P4    |

  @AB-PIPE-006
  Rule: Each core assigned to the para holds at most one candidate pending availability, and a core freed by an inclusion in R(b) may take a candidate backed in the same R(b)

    Example: Asynchronous backing includes P(i) and backs P(i+1) on the same core in the same relay block
      Given the pipeline parameters are max_candidate_depth 3, allowed_ancestry_len 2, segment capacity 3, velocity 1 and 1 core
      When the pipeline runs over relay blocks R0 to R4
      Then the pipeline timeline reads:
        | relay block | backed | included |
        | R1          | P1     | -        |
        | R2          | P2     | P1       |
        | R3          | P3     | P2       |
        | R4          | P4     | P3       |

    Scenario Outline: Three parablocks ready on R0 and <cores>
      Given the pipeline parameters are max_candidate_depth 3, allowed_ancestry_len 2, segment capacity 5, velocity 2 and <cores>
      When the pipeline runs over relay blocks R0 to R2
      Then the pipeline timeline reads:
        | relay block | authored      | backed      | included      |
        | R0          | P1, P2, P3    | -           | -             |
        | R1          | P4, P5        | <backed R1> | -             |
        | R2          | <authored R2> | <backed R2> | <included R2> |

      Examples:
        | cores   | backed R1 | authored R2 | backed R2 | included R2 |
        | 1 core  | P1        | P6          | P2        | P1          |
        | 2 cores | P1, P2    | P6, P7      | P3, P4    | P1, P2      |

  @AB-PIPE-007
  Rule: A parablock backed in R(b) is included in R(b + 1), at least 12 s after its relay parent: exactly 12 s under synchronous backing, at least 12 s under asynchronous backing

    Example: Synchronous backing includes every parablock 12 s after its relay parent
      Given the pipeline parameters are max_candidate_depth 0, allowed_ancestry_len 0, segment capacity 1, velocity 1 and 1 core
      When the pipeline runs over relay blocks R0 to R6
      Then the pipeline timeline reads:
        | relay block | time | backed | included |
        | R1          | 6 s  | P1     | -        |
        | R2          | 12 s | -      | P1       |
      And every parablock is included exactly 12 seconds after its relay parent

    Example: Asynchronous backing does not shorten the latency; a parablock built ahead waits longer
      Given the pipeline parameters are max_candidate_depth 3, allowed_ancestry_len 2, segment capacity 3, velocity 1 and 1 core
      When the pipeline runs over relay blocks R0 to R5
      Then the pipeline timeline reads:
        | relay block | time | authored | backed | included |
        | R0          | 0 s  | P1, P2   | -      | -        |
        | R1          | 6 s  | P3       | P1     | -        |
        | R2          | 12 s | P4       | P2     | P1       |
        | R3          | 18 s | P5       | P3     | P2       |
      And every parablock is included between 12 and 18 seconds after its relay parent

  @AB-PIPE-008
  Rule: A relay block includes at most one parablock per core; the seed's "in 24 seconds" is the window of relay blocks R1 to R5, both included

    Scenario Outline: The seed's 24 seconds under <backing> backing
      Given the pipeline parameters are max_candidate_depth <depth>, allowed_ancestry_len <ancestry>, segment capacity <capacity>, velocity 1 and 1 core
      When the pipeline runs over relay blocks R0 to R5
      Then in the 24 seconds from R1 to R5 the relay chain includes <included> and backs <backed>

      Examples:
        | backing      | depth | ancestry | capacity | included          | backed |
        | synchronous  | 0     | 0        | 1        | P1 and P2         | P3     |
        | asynchronous | 3     | 2        | 3        | P1, P2, P3 and P4 | P5     |

    Example: Counting the 24 seconds from R0 to R4 instead gives only P1 to P3
      Given the pipeline parameters are max_candidate_depth 3, allowed_ancestry_len 2, segment capacity 3, velocity 1 and 1 core
      When the pipeline runs over relay blocks R0 to R4
      Then in the 24 seconds from R0 to R4 the relay chain includes P1, P2 and P3 and backs P4

    Scenario Outline: Steady-state throughput with <cores>, segment capacity <capacity> and velocity <velocity>
      Given the pipeline parameters are max_candidate_depth <depth>, allowed_ancestry_len <ancestry>, segment capacity <capacity>, velocity <velocity> and <cores>
      When the pipeline runs over relay blocks R0 to R9
      Then the pipeline includes <parablocks> parablocks in every <seconds> seconds of steady state

      Examples:
        | depth | ancestry | capacity | velocity | cores   | parablocks | seconds |
        | 0     | 0        | 1        | 1        | 1 core  | 1          | 12      |
        | 3     | 2        | 3        | 1        | 1 core  | 1          | 6       |
        | 3     | 2        | 5        | 2        | 2 cores | 2          | 6       |
        | 5     | 2        | 8        | 3        | 3 cores | 3          | 6       |
