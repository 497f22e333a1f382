#!/usr/bin/env python3
"""Candidate receipts as the vectors carry them, decoded and hashed with Python's standard library only.

A vector's candidate carries `receipt`, the SCALE encoding of its committed candidate receipt. A runner computes the
candidate hash itself: blake2-256 of the plain receipt, i.e. the 292-byte descriptor followed by blake2-256 of the
encoded commitments (vectors/README.md, "Receipts and candidate hashes"). Written from that description, not from
the kit's Java code.

As a filter: each line of standard input is a JSON object {"receipt": "0x..."}; each line of output is
{"hash": "0x...", "descriptor": "v1"|"v2", "para": N, "head_data": "0x...", "pvd_hash": "0x...", "para_head": "0x..."}
or {"error": "..."} for bytes that do not decode.
"""

import hashlib
import json
import sys

DESCRIPTOR_SIZE = 292


def blake2_256(data):
    return hashlib.blake2b(data, digest_size=32).digest()


class Reader:
    def __init__(self, data):
        self.data = data
        self.at = 0

    def take(self, n, what):
        if n > len(self.data) - self.at:
            raise ValueError("%s: needs %d bytes at offset %d but %d are left"
                             % (what, n, self.at, len(self.data) - self.at))
        chunk = self.data[self.at:self.at + n]
        self.at += n
        return chunk

    def u8(self, what):
        return self.take(1, what)[0]

    def u32(self, what):
        return int.from_bytes(self.take(4, what), "little")

    def compact(self, what):
        first = self.u8(what)
        mode = first & 3
        if mode == 0:
            return first >> 2
        if mode == 1:
            return (first | self.u8(what) << 8) >> 2
        if mode == 2:
            return int.from_bytes(bytes([first]) + self.take(3, what), "little") >> 2
        return int.from_bytes(self.take((first >> 2) + 4, what), "little")

    def vec(self, what):
        return self.take(self.compact(what + " length"), what)


def decode(receipt):
    """The fields of a committed receipt; raises ValueError on bytes that are not one."""
    r = Reader(receipt)
    para = r.u32("para_id")
    relay_parent = r.take(32, "relay_parent")
    collator_slot = r.take(32, "collator")
    pvd_hash = r.take(32, "persisted_validation_data_hash")
    r.take(32, "pov_hash")
    r.take(32, "erasure_root")
    signature_slot = r.take(64, "signature")
    para_head = r.take(32, "para_head")
    r.take(32, "validation_code_hash")
    # V2 when both reserved runs are zero and the version byte is 0 (upstream CandidateDescriptorV2::version).
    is_v2 = collator_slot[0] == 0 and not any(collator_slot[7:]) and not any(signature_slot)
    start = r.at
    upward = [r.vec("upward message") for _ in range(r.compact("upward_messages count"))]
    for _ in range(r.compact("horizontal_messages count")):
        r.u32("recipient")
        r.vec("horizontal message")
    if r.u8("new_validation_code option"):
        r.vec("new_validation_code")
    head_data = r.vec("head_data")
    r.u32("processed_downward_messages")
    r.u32("hrmp_watermark")
    if r.at != len(receipt):
        raise ValueError("%d bytes left over after the commitments" % (len(receipt) - r.at))
    commitments = receipt[start:]
    plain = receipt[:DESCRIPTOR_SIZE] + blake2_256(commitments)
    return {
        "hash": "0x" + blake2_256(plain).hex(),
        "descriptor": "v2" if is_v2 else "v1",
        "para": para,
        "relay_parent": "0x" + relay_parent.hex(),
        "head_data": "0x" + head_data.hex(),
        "pvd_hash": "0x" + pvd_hash.hex(),
        "para_head": "0x" + para_head.hex(),
        "upward_sizes": [len(m) for m in upward],
    }


def candidate_hash(receipt_hex):
    """The candidate hash of a receipt given as 0x-hex."""
    return decode(bytes.fromhex(receipt_hex[2:]))["hash"]


def main():
    for line in sys.stdin:
        if not line.strip():
            continue
        try:
            receipt = json.loads(line)["receipt"]
            if not receipt.startswith("0x"):
                raise ValueError("a receipt is 0x-hex")
            answer = decode(bytes.fromhex(receipt[2:]))
        except (ValueError, KeyError, TypeError) as e:
            answer = {"error": str(e)}
        sys.stdout.write(json.dumps(answer, sort_keys=True) + "\n")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
