#!/usr/bin/env python3
"""An independent implementation of the unincluded-segment subject, served over the abkit process protocol.

Written from the rule catalog (areas SEG and VEL), not from the kit's Java model. Standard library only.

    python3 segment.py [--profile baseline|<variant>+<variant>...]

Requests arrive as JSON lines on stdin and every reply is one JSON line on stdout (docs/protocol.md). Diagnostics go
to stderr only.
"""

import json
import os
import sys

PROTOCOL_VERSIONS = (1, 2)
SUBJECT = "unincluded-segment"
U32_MAX = 0xFFFFFFFF
VARIANTS = {
    "watermark-equal-allowed",
    "velocity-per-para-slot",
    "relay-number-strictly-increases",
    "expect-parent-included",
    "aura-slot-exact",
}


class Rejection(Exception):
    """A block broke a rule: the rule id and what was compared."""

    def __init__(self, rule, detail):
        super().__init__(detail)
        self.rule = rule
        self.detail = detail


class Malformed(Exception):
    """A request this server cannot read."""


def sat_add(a, b):
    return min(a + b, U32_MAX)


class Usage:
    """UMP messages/bytes and HRMP messages/bytes per recipient; recipients with nothing sent are not kept."""

    def __init__(self, ump_messages=0, ump_bytes=0, hrmp=None):
        self.ump_messages = ump_messages
        self.ump_bytes = ump_bytes
        self.hrmp = {}
        for para, (messages, size) in (hrmp or {}).items():
            if messages or size:
                self.hrmp[para] = (messages, size)

    @staticmethod
    def parse(node):
        hrmp = {}
        for para, channel in node["hrmp"].items():
            hrmp[int(para)] = (int(channel["messages"]), int(channel["bytes"]))
        return Usage(int(node["ump_messages"]), int(node["ump_bytes"]), hrmp)

    def plus(self, other):
        hrmp = dict(self.hrmp)
        for para, (m, b) in other.hrmp.items():
            old_m, old_b = hrmp.get(para, (0, 0))
            hrmp[para] = (sat_add(old_m, m), sat_add(old_b, b))
        return Usage(sat_add(self.ump_messages, other.ump_messages), sat_add(self.ump_bytes, other.ump_bytes), hrmp)

    def to(self, para):
        return self.hrmp.get(para, (0, 0))

    def json(self):
        return {
            "ump_messages": self.ump_messages,
            "ump_bytes": self.ump_bytes,
            "hrmp": {str(p): {"messages": m, "bytes": b} for p, (m, b) in sorted(self.hrmp.items())},
        }


class Segment:
    """One parachain's runtime from genesis: the unincluded segment and the velocity hook's slot record."""

    def __init__(self, params, profile):
        self.capacity = int(params["capacity"])
        self.velocity = int(params["velocity"])
        self.relay_slot_millis = int(params["relay_slot_millis"])
        self.para_slot_millis = int(params["para_slot_millis"])
        if self.capacity < 1 or self.velocity < 0 or self.relay_slot_millis < 1 or self.para_slot_millis < 1:
            raise Malformed("expected capacity >= 1, velocity >= 0 and positive slot durations")
        self.profile = profile
        # Each ancestor: (head, Usage, consumed signal). Oldest first.
        self.ancestors = []
        self.tip = params["genesis_head"]
        self.watermark = None
        self.last_relay_number = 0
        self.slot = None  # (slot, authored) once recorded

    def has(self, variant):
        return variant in self.profile

    def effective_velocity(self):
        # AB-VEL-003: a velocity of 0 counts as 1.
        return max(self.velocity, 1)

    def effective_capacity(self):
        return 1 if self.has("expect-parent-included") else self.capacity

    def aggregate(self, ancestors):
        total = Usage()
        for _, used, _ in ancestors:
            total = total.plus(used)
        return total

    def author(self, proof, block):
        """Decides one block; raises Rejection and leaves the state unchanged, or applies the block."""
        number = int(proof["number"])
        relay_slot = int(proof["relay_slot"])
        para_slot = int(block["para_slot"])
        velocity_hook = not self.has("expect-parent-included")
        per_para_slot = self.has("velocity-per-para-slot")

        # AB-VEL-005 (velocity-per-para-slot: checked when the block is initialised, on the parachain slot).
        if velocity_hook and per_para_slot and self.slot is not None and para_slot < self.slot[0]:
            raise Rejection("AB-VEL-005", "parachain slot %d < recorded slot %d" % (para_slot, self.slot[0]))

        # AB-VEL-001: the relay-parent number does not decrease (or strictly increases under the variant).
        if self.has("relay-number-strictly-increases"):
            if number <= self.last_relay_number:
                raise Rejection("AB-VEL-001", "relay parent %d <= previous %d" % (number, self.last_relay_number))
        elif number < self.last_relay_number:
            raise Rejection("AB-VEL-001", "relay parent %d < previous %d" % (number, self.last_relay_number))

        # The velocity hook: AB-VEL-006, AB-VEL-005, AB-VEL-004, AB-VEL-002.
        new_slot = self.slot
        if velocity_hook:
            derived = relay_slot * self.relay_slot_millis // self.para_slot_millis
            if per_para_slot:
                if para_slot != derived:
                    raise Rejection("AB-VEL-006", "parachain slot %d != derived slot %d" % (para_slot, derived))
                slot = para_slot
            else:
                slot = relay_slot
                if self.slot is not None and slot < self.slot[0]:
                    raise Rejection("AB-VEL-005", "relay slot %d < recorded slot %d" % (slot, self.slot[0]))
            previous = self.slot[1] if self.slot is not None and self.slot[0] == slot else 0
            v = self.effective_velocity()
            if per_para_slot:
                if previous + 1 > v + 1:
                    raise Rejection("AB-VEL-002", "%d blocks in parachain slot %d > V+1 = %d"
                                    % (previous + 1, slot, v + 1))
            elif previous > v:
                raise Rejection("AB-VEL-002", "%d blocks already in relay slot %d > V = %d" % (previous, slot, v))
            if not per_para_slot and self.has("aura-slot-exact") and para_slot != derived:
                raise Rejection("AB-VEL-006", "parachain slot %d != derived slot %d" % (para_slot, derived))
            if not per_para_slot and para_slot > derived:
                raise Rejection("AB-VEL-006", "parachain slot %d > derived slot %d" % (para_slot, derived))
            new_slot = (slot, previous + 1)

        # AB-SEG-004: the included head comes from the relay-parent proof (read after the velocity hook).
        included = proof["included_head"]
        if included["type"] == "proven":
            included_head = included["head"]
            if self.has("expect-parent-included") and included_head != self.tip:
                raise Rejection("AB-SEG-004", "proven included head %s is not the parent %s" % (included_head, self.tip))
        elif included["type"] == "absent":
            if not self.has("expect-parent-included"):
                raise Rejection("AB-SEG-004", "the relay-parent proof carries no included head")
            included_head = self.tip
        else:
            raise Malformed("unknown included_head type %r" % included["type"])

        # AB-SEG-002 / AB-SEG-003: evict up to and including the included head, if the segment holds it.
        remaining = self.ancestors
        for index, (head, _, _) in enumerate(self.ancestors):
            if head == included_head:
                remaining = self.ancestors[index + 1:]
                break

        # AB-SEG-001: room for the block being built.
        if not len(remaining) < self.effective_capacity():
            raise Rejection("AB-SEG-001", "%d unincluded ancestors, capacity %d" % (len(remaining),
                                                                                  self.effective_capacity()))

        # AB-SEG-011: a go-ahead consumed in the segment is still reported by the relay parent (checked with the
        # relay-parent proof, before the block executes).
        held = "NONE"
        for _, _, signal in remaining:
            if signal != "NONE":
                held = signal
        reported = proof["upgrade_signal"]
        if held != "NONE" and reported != held:
            raise Rejection("AB-SEG-011", "an ancestor consumed %s, the relay parent reports %s" % (held, reported))

        # When the block is appended to the segment: AB-SEG-010, then AB-SEG-009, then bandwidth (AB-SEG-005..008).
        if block["consumes_upgrade_signal"] and held != "NONE":
            raise Rejection("AB-SEG-010", "an ancestor already consumed %s" % held)
        consumed = reported if block["consumes_upgrade_signal"] else "NONE"

        # AB-SEG-009: the HRMP watermark.
        watermark = int(block["hrmp_watermark"])
        if watermark >= number:
            new_watermark = number
        else:
            if self.watermark is not None:
                if self.has("watermark-equal-allowed"):
                    if watermark < self.watermark:
                        raise Rejection("AB-SEG-009", "watermark %d < latest %d" % (watermark, self.watermark))
                elif watermark <= self.watermark:
                    raise Rejection("AB-SEG-009", "watermark %d <= latest %d" % (watermark, self.watermark))
            new_watermark = watermark

        # AB-SEG-005 .. AB-SEG-008: bandwidth of the remaining segment plus the block.
        used = Usage.parse(block["used"])
        limits = proof["limits"]
        segment_used = self.aggregate(remaining)
        total = segment_used.plus(used)
        if total.ump_messages > int(limits["ump_messages_remaining"]):
            raise Rejection("AB-SEG-005", "UMP messages %d > remaining %d"
                            % (total.ump_messages, int(limits["ump_messages_remaining"])))
        if total.ump_bytes > int(limits["ump_bytes_remaining"]):
            raise Rejection("AB-SEG-006", "UMP bytes %d > remaining %d"
                            % (total.ump_bytes, int(limits["ump_bytes_remaining"])))
        channels = {int(p): c for p, c in limits["hrmp_channels"].items()}
        for recipient in sorted(used.hrmp):
            channel = channels.get(recipient)
            if channel is None:
                raise Rejection("AB-SEG-007", "no outbound HRMP channel to %d at the relay parent" % recipient)
            messages, size = total.to(recipient)
            if messages > int(channel["messages_remaining"]):
                raise Rejection("AB-SEG-007", "HRMP messages to %d: %d > remaining %d"
                                % (recipient, messages, int(channel["messages_remaining"])))
            if size > int(channel["bytes_remaining"]):
                raise Rejection("AB-SEG-008", "HRMP bytes to %d: %d > remaining %d"
                                % (recipient, size, int(channel["bytes_remaining"])))

        self.ancestors = remaining + [(block["head"], used, consumed)]
        self.tip = block["head"]
        self.watermark = new_watermark
        self.last_relay_number = number
        self.slot = new_slot

    def size_after(self, head):
        """AB-SEG-012: the newest ancestor's head is not known yet in its own post-state."""
        known = self.ancestors[:-1]
        for index, (h, _, _) in enumerate(known):
            if h == head:
                return len(self.ancestors) - index - 1
        return len(self.ancestors)

    def can_build_upon(self, included_head, slot):
        """AB-VEL-007 / AB-VEL-008."""
        if self.slot is None:
            return True
        if self.size_after(included_head) >= self.effective_capacity():
            return False
        recorded, authored = self.slot
        if slot == recorded:
            return authored < self.effective_velocity() + 1
        return slot > recorded

    def view(self):
        held = "NONE"
        for _, _, signal in self.ancestors:
            if signal != "NONE":
                held = signal
        return {
            "segment": [{"head": h, "used": u.json(), "consumed_upgrade_signal": s} for h, u, s in self.ancestors],
            "tip": self.tip,
            "used_bandwidth": self.aggregate(self.ancestors).json(),
            "hrmp_watermark": {"type": "unset"} if self.watermark is None
            else {"type": "at", "number": self.watermark},
            "consumed_upgrade_signal": held,
            "last_relay_parent_number": self.last_relay_number,
            "slot_info": {"type": "unrecorded"} if self.slot is None
            else {"type": "recorded", "slot": self.slot[0], "authored": self.slot[1]},
        }


class Server:
    def __init__(self, profile):
        self.profile = profile
        self.segment = None
        self.finished = False
        self.protocol = 1

    def handle(self, line):
        try:
            request = json.loads(line)
        except ValueError as e:
            return {"id": None, "error": {"kind": "malformed", "message": "not JSON: %s" % e}}
        if not isinstance(request, dict) or not isinstance(request.get("id"), int):
            return {"id": None, "error": {"kind": "malformed", "message": "expected an object with an integer id"}}
        rid = request["id"]
        try:
            return dict({"id": rid}, **self.dispatch(request))
        except Malformed as e:
            return {"id": rid, "error": {"kind": "malformed", "message": str(e)}}
        except (KeyError, TypeError, ValueError) as e:
            return {"id": rid, "error": {"kind": "malformed", "message": "%s: %s" % (type(e).__name__, e)}}
        except Unsupported as e:
            return {"id": rid, "error": {"kind": "unsupported", "message": str(e)}}
        except Exception as e:  # noqa: BLE001 - any other failure is this server's own bug
            return {"id": rid, "error": {"kind": "internal", "message": "%s: %s" % (type(e).__name__, e)}}

    def dispatch(self, request):
        kind = request.get("type")
        if kind == "hello":
            self.protocol = negotiate(request)
            return {
                "protocol": self.protocol,
                "name": "abkit-python-segment",
                "version": "0.1.0",
                "profile": "+".join(sorted(self.profile)) if self.profile else "baseline",
                "subjects": [SUBJECT],
                "reports_reasons": True,
            }
        if kind == "reset":
            if request["subject"] != SUBJECT:
                raise Unsupported("this server provides only %s, not %s" % (SUBJECT, request["subject"]))
            self.segment = None
            self.segment = Segment(request["parameters"], self.profile)
            return {"ok": True}
        if kind == "step":
            segment = self.require_segment()
            event = request["event"]
            if event.get("type") != "author":
                raise Unsupported("unknown event type %r" % event.get("type"))
            try:
                segment.author(event["proof"], event["block"])
                reply = {"outcome": {"type": "accepted"}}
            except Rejection as r:
                reply = {"outcome": {"type": "rejected", "rule": r.rule, "detail": r.detail}}
            if self.protocol >= 2 and "observe" in request:
                # Version 2: the queries the kit asks right after this event, answered in the same reply.
                reply["answers"] = [self.answer(segment, q) for q in request["observe"]]
            return reply
        if kind == "query":
            return {"answer": self.answer(self.require_segment(), request["query"])}
        if kind == "bye":
            self.finished = True
            return {"ok": True}
        raise Unsupported("unknown request type %r" % kind)

    @staticmethod
    def answer(segment, query):
        qtype = query.get("type")
        if qtype == "segment":
            return segment.view()
        if qtype == "size_after_included":
            return segment.size_after(query["included_head"])
        if qtype == "can_build_upon":
            return segment.can_build_upon(query["included_head"], int(query["slot"]))
        raise Unsupported("unknown query type %r" % qtype)

    def require_segment(self):
        if self.segment is None:
            raise Malformed("no subject instance: send reset first")
        return self.segment


class Unsupported(Exception):
    """A request for something this server does not provide."""


def negotiate(hello):
    """The newest version the kit offers in 'protocols' (version 1 kits send only 'protocol') that we speak."""
    offered = hello.get("protocols") or [hello.get("protocol")]
    common = [v for v in offered if v in PROTOCOL_VERSIONS]
    if not common:
        raise Unsupported("this server speaks protocol versions %s" % (PROTOCOL_VERSIONS,))
    return max(common)


def serve(server):
    """Answers every complete request line of each chunk read, then flushes once: a version-2 kit pipelines."""
    pending = b""
    while not server.finished:
        chunk = os.read(sys.stdin.fileno(), 1 << 16)
        if not chunk:
            lines, pending = [pending], b""
        else:
            *lines, pending = (pending + chunk).split(b"\n")
        replies = []
        for raw in lines:
            line = raw.decode("utf-8", "replace")
            if not line.strip():
                continue
            replies.append(json.dumps(server.handle(line), separators=(",", ":")))
            if server.finished:
                break
        if replies:
            sys.stdout.write("\n".join(replies) + "\n")
            sys.stdout.flush()
        if not chunk:
            break


def parse_profile(text):
    if text in ("", "baseline"):
        return frozenset()
    variants = frozenset(v.strip() for v in text.split("+"))
    unknown = variants - VARIANTS
    if unknown:
        raise SystemExit("unknown profile variants: %s (known: %s)" % (sorted(unknown), sorted(VARIANTS)))
    return variants


def main(argv):
    profile = frozenset()
    args = list(argv)
    while args:
        arg = args.pop(0)
        if arg == "--profile" and args:
            profile = parse_profile(args.pop(0))
        else:
            print("usage: segment.py [--profile baseline|<variant>+...]", file=sys.stderr)
            return 2
    serve(Server(profile))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
