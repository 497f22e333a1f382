#!/usr/bin/env python3
"""An implementation of the collator subject, served over the abkit process protocol.

Written from the rule catalog (areas COL and RTD) and the vector JSON, not from the kit's Java model. Standard
library only.

    python3 collator.py [--profile baseline|<variant>+<variant>...]

Requests arrive as JSON lines on stdin and every reply is one JSON line on stdout (docs/protocol.md). Diagnostics go
to stderr only. The subject has no events: every case is a `reset` with what the collator knows (the relay chain and
its local parachain blocks) and a series of queries.
"""

import json
import os
import sys

PROTOCOL_VERSIONS = (1, 2)
SUBJECT = "collator"
VARIANTS = {"unknown-pending-included-only", "no-included-parent-bypass"}
MINIMUM_INTERVAL_MS = 500
LOOKAHEAD_BLOCKS = 2


class Malformed(Exception):
    """A request this server cannot read."""


class Unsupported(Exception):
    """A request this server does not implement."""


class Collator:
    """What one collator knows: relay blocks by name and parachain blocks by name, with children in listed order."""

    def __init__(self, params, profile):
        self.profile = profile
        self.relay = {b["name"]: b for b in params["relay_chain"]}
        self.blocks = {b["name"]: b for b in params["para_blocks"]}
        self.children = {}
        for block in params["para_blocks"]:
            self.children.setdefault(block["parent"], []).append(block["name"])

    # --- area COL: parent search --------------------------------------------------------------------------------

    def allowed_relay_parents(self, target, lookback):
        """The target and up to `lookback` ancestors in the target's session, not below relay block #1 (AB-COL-003)."""
        if target not in self.relay:
            return set()
        session = self.relay[target]["session"]
        allowed, name = [], target
        while len(allowed) <= lookback and name in self.relay and self.relay[name]["session"] == session:
            allowed.append(name)
            if self.relay[name]["number"] == 1:
                break
            name = self.relay[name]["parent"]
        return set(allowed)

    def ancestors(self, name):
        """The block and its known ancestors, newest first."""
        chain = []
        while name in self.blocks and name not in chain:
            chain.append(name)
            name = self.blocks[name]["parent"]
        return chain

    def potential_parents(self, search):
        included, max_depth = search["included"], search["max_depth"]
        ignore = search["ignore_alternative_branches"]
        if included not in self.blocks:  # AB-COL-001
            return []
        if max_depth == 0:  # AB-COL-002
            return [(included, 0, True)]
        pending = None
        if search["pending"]["type"] == "pending_block" and search["pending"]["block"] != included:
            pending = search["pending"]["block"]
            if pending not in self.blocks:  # AB-COL-006
                if ignore:
                    return [(included, 0, True)] if "unknown-pending-included-only" in self.profile else []
                pending = None
        path = None  # blocks after the common ancestor up to the pending block, oldest first
        if pending is not None:
            mine, theirs = self.ancestors(included), self.ancestors(pending)
            common = next((b for b in mine if b in theirs), None)
            if common is None:
                return []
            if ignore and common != included:  # AB-COL-005: the pending block does not descend from the included
                return []
            path = list(reversed(theirs[:theirs.index(common)]))
        allowed = self.allowed_relay_parents(search["relay_parent"], search["ancestry_lookback"])
        found = []
        if pending is not None and ignore:
            found.append((included, 0, True))
            for depth, name in enumerate(path[:-1], start=1):
                if depth <= max_depth:  # AB-COL-004
                    found.append((name, depth, True))
            if len(found) > max_depth:
                return found
            start = (pending, len(path), True)
        else:
            start = (included, 0, True)
        self.expand(start, search, pending, path, allowed, found)
        return found

    def expand(self, entry, search, pending, path, allowed, found):
        name, depth, aligned = entry
        on_chain = name == pending or name == search["included"]
        if not on_chain and self.blocks[name]["relay_parent"] not in allowed:  # AB-COL-003
            return
        found.append(entry)
        if depth + 1 > search["max_depth"]:  # AB-COL-004
            return
        for child in self.children.get(name, []):
            child_aligned = aligned and (path is None or depth + 1 > len(path) or child == pending or child in path)
            if search["ignore_alternative_branches"] and not child_aligned:  # AB-COL-005
                continue
            self.expand((child, depth + 1, child_aligned), search, pending, path, allowed, found)

    def sorted_parents(self, search):
        parents = sorted(self.potential_parents(search), key=lambda p: (p[1], p[0].encode("utf-8")))
        return [{"block": n, "depth": d, "aligned_with_pending": a} for n, d, a in parents]

    def build_parent(self, search):
        parents = self.sorted_parents(search)
        if not parents:
            return "none"
        deepest = max(p["depth"] for p in parents)
        return next(p for p in parents if p["depth"] == deepest)  # AB-COL-007

    # --- area COL: whether and how often to build ---------------------------------------------------------------

    def decide_build(self, o):
        not_called = {"type": "not_called"}
        if not o["claims_slot"]:  # AB-COL-008
            return {"build": False, "runtime_call": not_called}
        if o["parent"] == o["included"] and "no-included-parent-bypass" not in self.profile:  # AB-COL-009
            return {"build": True, "runtime_call": not_called}
        if o["api_version"] == 0:  # AB-COL-010
            return {"build": False, "runtime_call": not_called}
        slot = o["relay_slot"] if o["api_version"] > 1 else o["para_slot"]
        return {"build": o["runtime_allows"], "runtime_call": {"type": "called_with_slot", "slot": slot}}

    @staticmethod
    def production_interval(t):
        para, relay, cores = t["para_slot_millis"], t["relay_slot_millis"], t["cores"]
        interval = min(para, relay)
        if cores > relay // para and para >= relay:  # AB-COL-011
            interval = max(relay // cores, MINIMUM_INTERVAL_MS)
        return interval

    @staticmethod
    def wait_for_next_attempt(timing, now, offset):
        interval = Collator.production_interval(timing)
        shifted = max(0, now - offset)
        return interval - shifted % interval  # AB-COL-011: the next multiple, a whole interval at a multiple

    @staticmethod
    def blocks_per_relay_slot(pace):
        timing = pace["timing"]
        if pace["collator"] == "LOOKAHEAD":
            attempts = LOOKAHEAD_BLOCKS
        else:
            attempts = timing["relay_slot_millis"] // Collator.production_interval(timing)
        return min(attempts, max(pace["velocity"], 1) + 1)  # AB-COL-012

    # --- area RTD: the runtime's decisions while a block is built -----------------------------------------------

    @staticmethod
    def select_outbound(r):
        state, segment = r["relay_state"], r["segment_used"]
        count_left = min(max(0, state["relay_dispatch_remaining_count"] - segment["ump_messages"]),
                         r["max_upward_messages_per_candidate"])
        bytes_left = max(0, state["relay_dispatch_remaining_size"] - segment["ump_bytes"])
        sent_up, size = [], 0
        for message in r["pending_upward"]:  # AB-RTD-001: a prefix
            if len(sent_up) + 1 > count_left or size + message["bytes"] > bytes_left:
                break
            sent_up.append(message)
            size += message["bytes"]
        sent, kept, used = {}, {}, {}
        for para in sorted(r["pending_horizontal"], key=int):
            queue = r["pending_horizontal"][para]
            channel = state["egress_channels"].get(para)
            seg = segment["hrmp"].get(para, {"messages": 0, "bytes": 0})
            left = list(queue)
            for message in queue:  # AB-RTD-002: the first message that fits
                if len(sent) >= r["max_horizontal_messages_per_candidate"] or para in sent or channel is None:
                    break
                count = min(channel["msg_count"] + seg["messages"], channel["max_capacity"])
                total = min(channel["total_size"] + seg["bytes"], channel["max_total_size"])
                if count + 1 > channel["max_capacity"]:
                    break
                if message["bytes"] <= channel["max_total_size"] - total and message["bytes"] <= channel[
                        "max_message_size"]:
                    sent[para] = message
                    used[para] = {"messages": 1, "bytes": message["bytes"]}
                    left.remove(message)
            if left:
                kept[para] = left
        return {
            "sent_upward": sent_up,
            "kept_upward": r["pending_upward"][len(sent_up):],
            "sent_horizontal": sent,
            "kept_horizontal": kept,
            "used": {"ump_messages": len(sent_up), "ump_bytes": size, "hrmp": used},
        }

    @staticmethod
    def go_ahead(s):
        relay, consumed = s["relay_signal"], s["consumed_in_segment"]
        if consumed != "NONE":  # AB-RTD-003
            action = "IGNORE_CONSUMED" if relay == consumed else "PANIC_SIGNAL_MISMATCH"
            return {"action": action, "consumes": "NONE"}
        if relay == "GO_AHEAD":
            action = "APPLY_CODE" if s["pending_code"] else "PANIC_NO_PENDING_CODE"
        elif relay == "ABORT":
            action = "DISCARD_CODE"
        else:
            action = "NOTHING"
        return {"action": action, "consumes": relay}

    @staticmethod
    def outbound_limits(state):
        channels = {}
        for para, c in state["egress_channels"].items():  # AB-RTD-004
            channels[para] = {"messages_remaining": max(0, c["max_capacity"] - c["msg_count"]),
                              "bytes_remaining": max(0, c["max_total_size"] - c["total_size"])}
        return {"ump_messages_remaining": state["relay_dispatch_remaining_count"],
                "ump_bytes_remaining": state["relay_dispatch_remaining_size"], "hrmp_channels": channels}

    @staticmethod
    def inbound_to_process(r):
        last = r["last_relay_chain_block_number"]

        def fresh(queue):  # AB-RTD-005: drop the processed prefix
            i = 0
            while i < len(queue) and queue[i]["sent_at"] <= last:
                i += 1
            return queue[i:]

        offered = r["offered"]
        return {"downward": fresh(offered["downward"]),
                "horizontal": {para: fresh(q) for para, q in offered["horizontal"].items()}}

    def answer(self, query):
        kind = query.get("type")
        if kind == "potential_parents":
            return self.sorted_parents(query["search"])
        if kind == "build_parent":
            return self.build_parent(query["search"])
        if kind == "decide_build":
            return self.decide_build(query["opportunity"])
        if kind == "production_interval":
            return self.production_interval(query["timing"])
        if kind == "wait_for_next_attempt":
            return self.wait_for_next_attempt(query["timing"], query["now_millis"], query["offset_millis"])
        if kind == "blocks_per_relay_slot":
            return self.blocks_per_relay_slot(query["pace"])
        if kind == "select_outbound":
            return self.select_outbound(query["request"])
        if kind == "go_ahead":
            return self.go_ahead(query["situation"])
        if kind == "outbound_limits":
            return self.outbound_limits(query["state"])
        if kind == "inbound_to_process":
            return self.inbound_to_process(query["request"])
        raise Unsupported("query type '%s' is not implemented" % kind)


class Server:
    def __init__(self, profile):
        self.profile = profile
        self.collator = None

    def handle(self, line):
        try:
            request = json.loads(line)
        except ValueError:
            return {"id": None, "error": {"kind": "malformed", "message": "not JSON: " + line[:80]}}
        if not isinstance(request, dict) or not isinstance(request.get("id"), int):
            return {"id": None, "error": {"kind": "malformed", "message": "a request needs an integer id"}}
        reply = {"id": request["id"]}
        try:
            reply.update(self.dispatch(request))
        except Unsupported as e:
            reply["error"] = {"kind": "unsupported", "message": str(e)}
        except (Malformed, KeyError, TypeError, ValueError) as e:
            reply["error"] = {"kind": "malformed", "message": "%s: %s" % (type(e).__name__, e)}
        except Exception as e:  # the last resort: report, keep serving
            reply["error"] = {"kind": "internal", "message": "%s: %s" % (type(e).__name__, e)}
        return reply

    def dispatch(self, request):
        kind = request.get("type")
        if kind == "hello":
            # The newest version the kit offers ('protocols'; a version-1 kit sends only 'protocol') that we speak.
            offered = [v for v in (request.get("protocols") or [request.get("protocol")]) if v in PROTOCOL_VERSIONS]
            if not offered:
                raise Unsupported("this server speaks protocol versions %s" % (PROTOCOL_VERSIONS,))
            return {"protocol": max(offered), "name": "abkit-python-collator", "version": "0.1.0",
                    "profile": "+".join(sorted(self.profile)) or "baseline", "subjects": [SUBJECT],
                    "reports_reasons": True}
        if kind == "reset":
            if request.get("subject") != SUBJECT:
                raise Unsupported("subject '%s' is not implemented" % request.get("subject"))
            self.collator = Collator(request["parameters"], self.profile)
            return {"ok": True}
        if kind == "step":
            raise Unsupported("the collator subject has no events")
        if kind == "query":
            if self.collator is None:
                raise Malformed("a query before any reset")
            return {"answer": self.collator.answer(request["query"])}
        if kind == "bye":
            return {"ok": True}
        raise Unsupported("request type '%s' is not implemented" % kind)


def parse_profile(text):
    if text in (None, "", "baseline"):
        return set()
    variants = set(text.split("+"))
    unknown = variants - VARIANTS
    if unknown:
        raise SystemExit("unknown profile variant(s) %s; expected baseline or %s" % (sorted(unknown), sorted(VARIANTS)))
    return variants


def main(argv):
    profile = set()
    if len(argv) == 2 and argv[0] == "--profile":
        profile = parse_profile(argv[1])
    elif argv:
        sys.stderr.write("usage: collator.py [--profile baseline|<variant>+<variant>...]\n")
        return 2
    server = Server(profile)
    # Every complete line of a chunk is answered before one flush: a version-2 kit pipelines its queries.
    pending = b""
    while True:
        chunk = os.read(sys.stdin.fileno(), 1 << 16)
        if chunk:
            *lines, pending = (pending + chunk).split(b"\n")
        else:
            lines, pending = [pending], b""
        replies, done = [], False
        for raw in lines:
            line = raw.decode("utf-8", "replace").strip()
            if not line:
                continue
            reply = server.handle(line)
            replies.append(json.dumps(reply, separators=(",", ":")))
            if '"type":"bye"' in line.replace(" ", "") and "error" not in reply:
                done = True
                break
        if replies:
            sys.stdout.write("\n".join(replies) + "\n")
            sys.stdout.flush()
        if done or not chunk:
            return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
