package dev.abkit.process;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.abkit.catalog.Profile;
import dev.abkit.catalog.RuleId;
import dev.abkit.catalog.Subject;
import dev.abkit.model.CandidateHash;
import dev.abkit.model.HeadData;
import dev.abkit.model.Outcome;
import dev.abkit.model.ParaId;
import dev.abkit.model.RelayBlockNumber;
import dev.abkit.model.RelayHash;
import dev.abkit.process.ProcessFaultException.Fault;
import dev.abkit.reference.collator.AuthoringPace;
import dev.abkit.reference.collator.BuildDecision;
import dev.abkit.reference.collator.BuildOpportunity;
import dev.abkit.reference.collator.CollatorView;
import dev.abkit.reference.collator.GoAheadDecision;
import dev.abkit.reference.collator.GoAheadSituation;
import dev.abkit.reference.collator.InboundMessages;
import dev.abkit.reference.collator.InboundRequest;
import dev.abkit.reference.collator.MessagingState;
import dev.abkit.reference.collator.OutboundRequest;
import dev.abkit.reference.collator.OutboundSelection;
import dev.abkit.reference.collator.ParentSearchParams;
import dev.abkit.reference.collator.PotentialParent;
import dev.abkit.reference.collator.SlotTiming;
import dev.abkit.reference.constraints.ConstraintCandidate;
import dev.abkit.reference.constraints.Constraints;
import dev.abkit.reference.constraints.PersistedValidationData;
import dev.abkit.reference.pipeline.PipelineParameters;
import dev.abkit.reference.pipeline.Timeline;
import dev.abkit.reference.pipeline.TimelineRow;
import dev.abkit.reference.prospective.AsyncBackingParams;
import dev.abkit.reference.prospective.BackableCandidate;
import dev.abkit.reference.prospective.Candidate;
import dev.abkit.reference.prospective.ChainView;
import dev.abkit.reference.prospective.HypotheticalCandidate;
import dev.abkit.reference.prospective.ProspectiveEvent;
import dev.abkit.reference.prospective.ValidationDataRequest;
import dev.abkit.reference.runtime.AllowedRelayParent;
import dev.abkit.reference.runtime.BackedCandidate;
import dev.abkit.reference.runtime.CandidateVerdict;
import dev.abkit.reference.runtime.ParaView;
import dev.abkit.reference.runtime.RelayBlock;
import dev.abkit.reference.runtime.RuntimeEvent;
import dev.abkit.reference.runtime.RuntimeGenesis;
import dev.abkit.reference.runtime.RuntimeParams;
import dev.abkit.reference.segment.AuthorBlock;
import dev.abkit.reference.segment.BandwidthLimits;
import dev.abkit.reference.segment.SegmentParams;
import dev.abkit.reference.segment.SegmentView;
import dev.abkit.spi.CandidateConstraintsSubject;
import dev.abkit.spi.Capabilities;
import dev.abkit.spi.CollatorSubject;
import dev.abkit.spi.Implementation;
import dev.abkit.spi.NotRunException;
import dev.abkit.spi.PipelineSubject;
import dev.abkit.spi.ProspectiveParachainsSubject;
import dev.abkit.spi.RuntimeAcceptanceSubject;
import dev.abkit.spi.UnincludedSegmentSubject;
import dev.abkit.spi.UnsupportedSubjectException;
import dev.abkit.vectors.DomainJson;
import dev.abkit.vectors.Lookahead;
import dev.abkit.vectors.subjects.CollatorDriver;
import dev.abkit.vectors.subjects.ConstraintsDriver;
import dev.abkit.vectors.subjects.PipelineDriver;
import dev.abkit.vectors.subjects.ProspectiveDriver;
import dev.abkit.vectors.subjects.RuntimeDriver;
import dev.abkit.vectors.subjects.SegmentDriver;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * An implementation under test that runs as a child process and speaks the kit's JSON-lines protocol
 * (docs/protocol.md). Each subject instance the kit asks for is a {@code reset} of the process; events are sent as
 * {@code step} and queries as {@code query} requests, in exactly the JSON form of the vectors.
 *
 * <p>Every request has a timeout. A process that exits, hangs, writes something that is not a reply, or answers an
 * error makes the call throw {@link ProcessFaultException} (the runner fails that case); after a fatal fault the
 * process is killed with its descendants and started again at the next {@code reset}. Close it to end the process.
 */
public final class ProcessImplementation implements Implementation, Lookahead, AutoCloseable {
    /** The newest protocol version the kit speaks; it speaks every version from 1 up to this one. */
    public static final int PROTOCOL_VERSION = 2;
    /** Requests a version-2 process is sent ahead of the reply the kit waits for. */
    static final int WINDOW = 64;
    /**
     * Cases a version-2 process is sent ahead of the current one. In a steady-state campaign with the Java reference
     * server, the two processes kept 1.41 of the two cores busy with one case ahead, 1.64 with three, and 1.78 to 1.81
     * with eight or sixteen: with few cases ahead, the process idled while the kit prepared the next one, and the kit
     * waited while the process caught up.
     */
    static final int CASES_AHEAD = 8;
    /** The rule a rejection carries when the implementation does not report reasons and named none. */
    public static final RuleId UNREPORTED = RuleId.of("AB-UNREPORTED-000");

    private static final ObjectMapper JSON = DomainJson.mapper();

    private final ProcessSettings settings;
    private final Capabilities capabilities;
    private final int protocol;
    private final Thread shutdownHook;
    private ImplementationProcess current;
    private long generation;
    private long starts = 1;
    private long earlierRequests;
    private boolean closed;
    private volatile boolean shuttingDown;
    private final Map<Subject, Integer> faultedInARow = new EnumMap<>(Subject.class);
    private Subject caseSubject;
    private boolean caseFaulted;
    private String lastFault = "";
    private Instance instance;
    /** The next cases sent ahead, in the order they were sent; the process answers them in that order. */
    private final ArrayDeque<Prefetch> prefetched = new ArrayDeque<>();

    private ProcessImplementation(ProcessSettings settings, ImplementationProcess process, Hello hello) {
        this.settings = settings;
        this.current = process;
        this.capabilities = hello.capabilities();
        this.protocol = hello.protocol();
        this.shutdownHook = new Thread(this::killQuietly, "abkit-process-shutdown");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /**
     * Starts {@code command} (program and arguments, no shell) and performs the {@code hello} handshake; the
     * capabilities come from its answer. {@code timeout} bounds every request.
     *
     * @throws ProcessFaultException when the process cannot be started or fails the handshake
     */
    public static ProcessImplementation start(List<String> command, Duration timeout) {
        return start(ProcessSettings.of(command, timeout));
    }

    /** Starts a process with the given settings; see {@link #start(List, Duration)}. */
    public static ProcessImplementation start(ProcessSettings settings) {
        ImplementationProcess process = ImplementationProcess.launch(settings);
        return new ProcessImplementation(settings, process, handshake(process, settings));
    }

    /** What the hello settled: the capabilities the process declares and the protocol version both speak. */
    private record Hello(Capabilities capabilities, int protocol) {
    }

    /**
     * The hello offers version 1 in {@code protocol} (a version-1 server reads that field only) and every version
     * the kit speaks in {@code protocols}; the process answers the one it picked.
     */
    private static Hello handshake(ImplementationProcess process, ProcessSettings settings) {
        JsonNode reply;
        try {
            ArrayNode versions = JSON.createArrayNode();
            for (int v = 1; v <= PROTOCOL_VERSION; v++) {
                versions.add(v);
            }
            reply = process.request("hello", ordered("protocol", IntNode.valueOf(1), "protocols", versions,
                    "kit", TextNode.valueOf("abkit")), settings.startupTimeout(), "hello");
        } catch (ProcessFaultException e) {
            process.kill("failed the handshake");
            String message = e.getMessage();
            int context = message.indexOf(" | process: ");
            String hint = helloHint(e.fault(), settings);
            throw new ProcessFaultException(Fault.START_FAILED, "the implementation process failed the hello "
                    + "handshake: " + (context < 0 ? message + hint
                            : message.substring(0, context) + hint + message.substring(context)), e);
        }
        List<String> problems = new ArrayList<>();
        JsonNode protocol = reply.path("protocol");
        if (protocol.isMissingNode() || protocol.isNull()) {
            problems.add("'protocol' is missing (the protocol version it speaks, " + PROTOCOL_VERSION + ")");
        } else if (!protocol.isIntegralNumber() || protocol.asInt() < 1 || protocol.asInt() > PROTOCOL_VERSION) {
            problems.add("it speaks protocol version " + protocol + ", the kit speaks 1 to " + PROTOCOL_VERSION);
        }
        String name = text(reply, "name", "its name", problems);
        String version = text(reply, "version", "its version", problems);
        String profileKey = text(reply, "profile", "the profile it targets, e.g. baseline", problems);
        Profile profile = Profile.BASELINE;
        if (profileKey != null) {
            try {
                profile = Profile.parse(profileKey);
            } catch (IllegalArgumentException e) {
                problems.add("'profile': " + e.getMessage());
            }
        }
        Set<Subject> subjects = EnumSet.noneOf(Subject.class);
        JsonNode list = reply.path("subjects");
        if (!list.isArray()) {
            problems.add("'subjects' is " + (list.isMissingNode() ? "missing" : list.toString())
                    + " (a list of subject names, e.g. [\"unincluded-segment\"])");
        } else {
            for (JsonNode s : list) {
                try {
                    subjects.add(Subject.fromKey(s.asText()));
                } catch (IllegalArgumentException e) {
                    problems.add("'subjects': " + e.getMessage());
                }
            }
            if (list.isEmpty()) {
                problems.add("'subjects' is empty (name at least one subject the implementation provides)");
            }
        }
        JsonNode reasons = reply.path("reports_reasons");
        if (!reasons.isBoolean()) {
            problems.add("'reports_reasons' is " + (reasons.isMissingNode() ? "missing" : reasons.toString())
                    + " (true or false: whether its rejections name the rule)");
        }
        if (!problems.isEmpty()) {
            String shown = reply.toString();
            throw process.fatal(Fault.START_FAILED, "the implementation process answered hello with "
                    + (shown.length() > 300 ? shown.substring(0, 300) + "..." : shown) + ", which is not a hello reply: "
                    + String.join("; ", problems) + " (docs/protocol.md, 'hello', gives the reply's fields)");
        }
        return new Hello(new Capabilities(name, version, profile, subjects, reasons.asBoolean()), protocol.asInt());
    }

    /** What to check when a process fails the handshake, by how it failed. */
    private static String helloHint(Fault fault, ProcessSettings settings) {
        return switch (fault) {
            case EXITED -> "; the process must keep running and answer one JSON line on stdout per JSON line it "
                    + "reads on stdin (a script without a shebang line is run by /bin/sh: add #!/usr/bin/env python3 "
                    + "or name the interpreter in --process)";
            case TIMEOUT -> "; it must answer the hello within " + settings.startupTimeout().toSeconds() + " s (check "
                    + "that it reads stdin line by line and flushes stdout after each reply)";
            case MALFORMED_OUTPUT, OVERSIZED_LINE -> "; stdout carries protocol replies only, one JSON object per "
                    + "line: write logs and banners to stderr";
            case WRONG_ID -> "; a reply carries the id of its request";
            default -> "";
        };
    }

    private static String text(JsonNode reply, String field, String meaning, List<String> problems) {
        JsonNode node = reply.path(field);
        if (!node.isTextual() || node.asText().isBlank()) {
            problems.add("'" + field + "' is " + (node.isMissingNode() ? "missing" : node.toString()) + " ("
                    + meaning + ", a string)");
            return null;
        }
        return node.asText();
    }

    @Override
    public Capabilities capabilities() {
        return capabilities;
    }

    /** The protocol version the hello settled on. */
    public int protocolVersion() {
        return protocol;
    }

    /**
     * Version 2: the steps of the case just reset are sent ahead, pipelined, with the queries that follow an event
     * folded into its step ({@code observe}); version 1 sends one request at a time and ignores this.
     */
    @Override
    public synchronized void expect(List<Lookahead.Planned> steps) {
        // The pipeline's adapter asks one rows query of its own and answers the vector's queries from it.
        if (protocol >= 2 && instance != null && instance.generation == generation
                && instance.subject != Subject.PIPELINE) {
            instance.plan(steps);
        }
    }

    /** The settings the process runs with. */
    public ProcessSettings settings() {
        return settings;
    }

    /** How many processes were started so far: 1, plus one per restart after a fatal fault. */
    public synchronized long starts() {
        return starts;
    }

    /** How many requests were sent so far, over every process. */
    public synchronized long requests() {
        return earlierRequests + (current == null ? 0 : current.requests());
    }

    /** Sends {@code bye}, waits a bounded time for the process to exit, and kills it if it did not. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (instance != null && instance.owner == current && current.isAlive()) {
            try {
                instance.drain();
            } catch (ProcessFaultException e) {
                // The run is over; the process is shut down or was killed.
            }
        }
        dropAllPrefetched();
        if (current != null) {
            current.shutdown(Duration.ofSeconds(2));
        }
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException e) {
            // The JVM is already shutting down; the hook does the same.
        }
    }

    private void killQuietly() {
        shuttingDown = true;
        ImplementationProcess p = current;
        if (p != null) {
            p.kill("the kit's JVM shut down");
        }
    }


    /** The process side of one subject instance; stale once another reset or a restart replaced it. */
    private final class Instance {
        private final ImplementationProcess owner;
        private final long generation;
        private final Subject subject;
        private final JsonNode parameters;
        /** The requests of this instance whose replies were used, for a replay when a case leaves its plan. */
        private final List<Sent> log = new ArrayList<>();
        private final ArrayDeque<Ahead> unsent = new ArrayDeque<>();
        private final ArrayDeque<Ahead> inFlight = new ArrayDeque<>();
        private final ArrayDeque<Observed> observed = new ArrayDeque<>();
        /** Version 2: the id of the reset sent without waiting for its reply, 0 once the reply was read. */
        private long pendingReset;

        Instance(ImplementationProcess owner, long generation, Subject subject, JsonNode parameters) {
            this.owner = owner;
            this.generation = generation;
            this.subject = subject;
            this.parameters = parameters;
        }

        /** Groups each event with the queries after it into one step, and sends the first ones. */
        void plan(List<Lookahead.Planned> steps) {
            if (!inFlight.isEmpty() || !log.isEmpty()) {
                return;
            }
            unsent.clear();
            unsent.addAll(grouped(steps));
            refill();
        }

        /** Sends every step still held back by the window: a next case is about to be sent after them. */
        void sendAll() {
            while (!unsent.isEmpty()) {
                Ahead next = unsent.poll();
                inFlight.add(postAhead(owner, next, subject));
            }
            owner.flushPosted();
        }

        /** Reads the reply to the reset sent ahead; a fault there is the case's, as it was at the reset itself. */
        void settleReset() {
            if (pendingReset != 0) {
                long id = pendingReset;
                pendingReset = 0;
                counted(() -> owner.receive(id, settings.requestTimeout(), "reset " + subject.key()));
            }
        }

        private void refill() {
            while (inFlight.size() < WINDOW && !unsent.isEmpty()) {
                inFlight.add(postAhead(owner, unsent.poll(), subject));
            }
            owner.flushPosted();
        }

        /** The reply to this request from the work sent ahead, or null when the case left its plan. */
        private JsonNode ahead(String type, Object payload) {
            settleReset();
            if (type.equals("query") && !observed.isEmpty()) {
                Observed o = observed.peek();
                if (o.matches(payload)) {
                    observed.poll();
                    log.add(new Sent("query", "query", o.tree()));
                    ObjectNode reply = JSON.createObjectNode();
                    reply.set("answer", o.answer());
                    return reply;
                }
                return null;
            }
            if (!observed.isEmpty() || inFlight.isEmpty()) {
                return null;
            }
            Ahead next = inFlight.peek();
            if (!next.type().equals(type) || !next.matches(payload)) {
                return null;
            }
            inFlight.poll();
            JsonNode reply = counted(() -> owner.receive(next.id(), settings.requestTimeout(), next.what()));
            log.add(new Sent(next.type(), next.field(), next.tree()));
            if (!next.observe().isEmpty()) {
                JsonNode answers = reply.path("answers");
                if (!answers.isArray() || answers.size() != next.observe().size()) {
                    throw owner.fault(Fault.BAD_REPLY, "the reply to " + next.what() + " observing "
                            + next.observe().size() + " queries has no 'answers' array of that size: "
                            + abbreviate(reply.toString()));
                }
                for (int i = 0; i < answers.size(); i++) {
                    observed.add(next.observe().get(i).answered(answers.get(i)));
                }
            }
            refill();
            return reply;
        }

        /**
         * The case asked something else than announced: the answers sent ahead are dropped, and the instance is
         * reset and brought back to where the case stands by replaying what it used, one request at a time.
         */
        private void leavePlan(String what) {
            boolean ahead = !inFlight.isEmpty() || !unsent.isEmpty() || !observed.isEmpty();
            drain();
            // The cases sent ahead come before the replay in the process's input: their replies are read first.
            dropAllPrefetched();
            unsent.clear();
            observed.clear();
            if (!ahead) {
                return;
            }
            counted(() -> owner.request("reset", ordered("subject", TextNode.valueOf(subject.key()),
                    "parameters", parameters), settings.requestTimeout(), "reset " + subject.key() + " (replay)"));
            for (Sent sent : log) {
                counted(() -> owner.request(sent.type(), Map.of(sent.field(), sent.tree()), settings.requestTimeout(),
                        sent.type() + " (replay before " + what + ")"));
            }
        }

        /** Reads and drops the replies still due, so that the next request's reply is its own. */
        void drain() {
            try {
                settleReset();
            } catch (ProcessFaultException e) {
                if (e.isFatal()) {
                    inFlight.clear();
                    throw e;
                }
            }
            while (!inFlight.isEmpty()) {
                Ahead next = inFlight.poll();
                try {
                    owner.receive(next.id(), settings.requestTimeout(), next.what());
                } catch (ProcessFaultException e) {
                    if (e.isFatal()) {
                        inFlight.clear();
                        throw e;
                    }
                }
            }
        }

        JsonNode step(Object event) {
            String what = "step " + DomainJson.typeName(event.getClass()) + " of " + subject.key();
            return send("step", "event", event, what);
        }

        Outcome outcome(JsonNode reply, String what) {
            return decodeOutcome(reply, what);
        }

        JsonNode query(Object query) {
            String what = "query " + DomainJson.typeName(query.getClass()) + " of " + subject.key();
            JsonNode reply = send("query", "query", query, what);
            if (!reply.has("answer")) {
                throw owner.fault(Fault.BAD_REPLY, "the reply to " + what + " has no 'answer' field: " + reply);
            }
            return reply.get("answer");
        }

        <T> T answer(Object query, JavaType type) {
            JsonNode answer = query(query);
            return decode(answer, type, "the answer to query " + DomainJson.typeName(query.getClass()));
        }

        <T> T answer(Object query, Class<T> type) {
            return answer(query, JSON.constructType(type));
        }

        private JsonNode send(String type, String field, Object payload, String what) {
            synchronized (ProcessImplementation.this) {
                if (owner != current || !owner.isAlive()) {
                    throw new ProcessFaultException(Fault.EXITED, "the implementation process that held this "
                            + subject.key() + " instance is gone (" + owner.death() + "), so " + what
                            + " cannot be sent");
                }
                if (generation != ProcessImplementation.this.generation) {
                    throw new ProcessFaultException(Fault.STALE_INSTANCE, "this " + subject.key() + " instance was "
                            + "replaced by a later reset; the protocol holds one subject instance at a time");
                }
                JsonNode reply = ahead(type, payload);
                if (reply != null) {
                    return reply;
                }
                leavePlan(what);
                JsonNode tree = DomainJson.toTree(payload);
                reply = counted(() -> owner.request(type, Map.of(field, tree), settings.requestTimeout(), what));
                log.add(new Sent(type, field, tree));
                return reply;
            }
        }

        private <T> T decode(JsonNode node, JavaType type, String what) {
            try {
                return JSON.readerFor(type).readValue(node);
            } catch (IOException | IllegalArgumentException e) {
                String field = e instanceof JsonMappingException m
                        ? DomainJson.fieldPath(m) : "";
                throw owner.fault(Fault.BAD_REPLY, what + " does not have the shape docs/protocol.md gives it: "
                        + DomainJson.describe(e) + (field.isEmpty() ? "" : " at " + field) + " in "
                        + abbreviate(node.toString()));
            }
        }

        private Outcome decodeOutcome(JsonNode reply, String what) {
            JsonNode outcome = reply.path("outcome");
            String type = outcome.path("type").asText("");
            if (type.equals("accepted")) {
                return Outcome.accepted();
            }
            if (type.equals("rejected")) {
                JsonNode rule = outcome.path("rule");
                String detail = outcome.path("detail").asText("");
                if (rule.isMissingNode() || rule.isNull()) {
                    if (capabilities.reportsReasons()) {
                        throw owner.fault(Fault.BAD_REPLY, "the reply to " + what + " is a rejection without a rule, "
                                + "though the implementation declared reports_reasons: " + reply);
                    }
                    return Outcome.rejected(UNREPORTED, detail);
                }
                try {
                    return Outcome.rejected(RuleId.of(rule.asText()), detail);
                } catch (IllegalArgumentException e) {
                    throw owner.fault(Fault.BAD_REPLY, "the reply to " + what + " names no rule id: "
                            + e.getMessage());
                }
            }
            throw owner.fault(Fault.BAD_REPLY, "expected the reply to " + what + " to hold an outcome "
                    + "{\"type\":\"accepted\"} or {\"type\":\"rejected\",\"rule\":..,\"detail\":..} but was " + reply);
        }

        Outcome apply(Object event) {
            String what = "step " + DomainJson.typeName(event.getClass());
            return outcome(step(event), what);
        }
    }

    /**
     * A request's fields in the order given ({@code Map.of} has none from one run to the next), so that the kit writes
     * the same line every run: a reset's {@code subject} before its {@code parameters}.
     */
    private static Map<String, JsonNode> ordered(Object... namesAndValues) {
        Map<String, JsonNode> fields = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            fields.put((String) namesAndValues[i], (JsonNode) namesAndValues[i + 1]);
        }
        return fields;
    }

    /** Each event with the queries after it as one step; queries before the first event on their own. */
    private static List<Ahead> grouped(List<Lookahead.Planned> steps) {
        List<Ahead> requests = new ArrayList<>();
        Ahead step = null;
        for (Lookahead.Planned p : steps) {
            // Serialised straight to the request line, without a tree of its own.
            JsonNode tree = JSON.getNodeFactory().pojoNode(p.step());
            if (p.isEvent()) {
                step = new Ahead("step", "event", p.step(), tree, new ArrayList<>());
                requests.add(step);
            } else if (step != null) {
                step.observe().add(new Observed(p.step(), tree, null));
            } else {
                requests.add(new Ahead("query", "query", p.step(), tree, List.of()));
            }
        }
        return requests;
    }

    /** Posts one request sent ahead (without waiting) and returns it with its id. */
    private Ahead postAhead(ImplementationProcess owner, Ahead next, Subject subject) {
        Map<String, JsonNode> fields = new LinkedHashMap<>();
        fields.put(next.field(), next.tree());
        if (!next.observe().isEmpty()) {
            ArrayNode queries = JSON.createArrayNode();
            next.observe().forEach(o -> queries.add(o.tree()));
            fields.put("observe", queries);
        }
        String what = next.type() + " " + DomainJson.typeName(next.payload().getClass()) + " of " + subject.key();
        try {
            return next.posted(owner.post(next.type(), fields, what), what);
        } catch (ProcessFaultException e) {
            throw noted(e);
        }
    }

    /** The next case, sent while the current one runs: its reset, then its steps. */
    private record Prefetch(ImplementationProcess owner, Subject subject, Object parameters, JsonNode tree,
            long resetId, List<Ahead> requests) {
    }

    /**
     * Version 2: the case after the current one is sent now, behind the current case's steps, so that the process
     * has work queued when it finishes the current case; the next {@code reset} of that subject with those parameters
     * takes it up, any other drops it.
     */
    @Override
    public synchronized void expectNext(Subject subject, Object parameters, List<Lookahead.Planned> steps) {
        if (protocol < 2 || prefetched.size() >= CASES_AHEAD || closed || subject == Subject.PIPELINE
                || current == null || !current.isAlive() || instance == null || instance.owner != current) {
            return;
        }
        try {
            if (prefetched.isEmpty()) {
                instance.sendAll();
            }
            JsonNode tree = DomainJson.toTree(parameters);
            long resetId = current.post("reset", ordered("subject", TextNode.valueOf(subject.key()), "parameters",
                    tree), "reset " + subject.key());
            List<Ahead> requests = new ArrayList<>();
            for (Ahead a : grouped(steps)) {
                requests.add(postAhead(current, a, subject));
            }
            current.flushPosted();
            prefetched.add(new Prefetch(current, subject, parameters, tree, resetId, requests));
        } catch (ProcessFaultException e) {
            // The current case meets the fault when it reads its replies.
        }
    }

    /** Version 2 with the fuzzer: how many cases may be announced ahead of the current one. */
    @Override
    public int casesAhead() {
        return protocol >= 2 ? CASES_AHEAD : 0;
    }

    /**
     * Takes up the first case sent ahead if it is this one; else reads and drops the replies of every case sent
     * ahead, since a new reset is answered only after them.
     */
    private Instance takePrefetched(Subject subject, Object parameters) {
        Prefetch p = prefetched.poll();
        if (p == null || p.owner() != current || !current.isAlive()) {
            prefetched.clear();
            return null;
        }
        if (p.subject() == subject && (p.parameters().equals(parameters) || sameTree(p.parameters(), parameters))) {
            Instance taken = new Instance(current, generation, subject, p.tree());
            taken.pendingReset = p.resetId();
            taken.inFlight.addAll(p.requests());
            return taken;
        }
        prefetched.addFirst(p);
        dropAllPrefetched();
        return null;
    }

    /** Reads and drops the replies of every case sent ahead, oldest first, while their process still runs. */
    private void dropAllPrefetched() {
        while (!prefetched.isEmpty()) {
            Prefetch p = prefetched.poll();
            if (p.owner() == current && current.isAlive()) {
                dropPrefetched(p);
            }
        }
    }

    private void dropPrefetched(Prefetch p) {
        try {
            p.owner().receive(p.resetId(), settings.requestTimeout(), "reset " + p.subject().key());
        } catch (ProcessFaultException e) {
            if (e.isFatal()) {
                return;
            }
        }
        for (Ahead a : p.requests()) {
            try {
                p.owner().receive(a.id(), settings.requestTimeout(), a.what());
            } catch (ProcessFaultException e) {
                if (e.isFatal()) {
                    return;
                }
            }
        }
    }

    /** A request whose reply was used: replayed when a case leaves its plan. */
    private record Sent(String type, String field, JsonNode tree) {
    }

    /** A query folded into the step before it, and once that step's reply came, its answer. */
    private record Observed(Object query, JsonNode tree, JsonNode answer) {
        Observed answered(JsonNode a) {
            return new Observed(query, tree, a);
        }

        boolean matches(Object payload) {
            return query.equals(payload) || sameTree(query, payload);
        }
    }

    /** A request sent ahead (or about to be), with its id once posted. */
    private record Ahead(String type, String field, Object payload, JsonNode tree, List<Observed> observe, long id,
            String what) {
        Ahead(String type, String field, Object payload, JsonNode tree, List<Observed> observe) {
            this(type, field, payload, tree, observe, 0, "");
        }

        Ahead posted(long requestId, String description) {
            return new Ahead(type, field, payload, tree, observe, requestId, description);
        }

        boolean matches(Object actual) {
            return payload.equals(actual) || sameTree(payload, actual);
        }
    }

    private static boolean sameTree(Object planned, Object payload) {
        return DomainJson.toTree(planned).equals(WHOLE_NUMBERS, DomainJson.toTree(payload));
    }

    private static final java.util.Comparator<JsonNode> WHOLE_NUMBERS = (a, b) -> {
        if (a.isIntegralNumber() && b.isIntegralNumber()) {
            return a.bigIntegerValue().compareTo(b.bigIntegerValue());
        }
        return a.equals(b) ? 0 : 1;
    };

    private synchronized Instance reset(Subject subject, Object parameters) {
        if (closed) {
            throw new IllegalStateException("the process implementation was closed");
        }
        if (!capabilities.provides(subject)) {
            throw new UnsupportedSubjectException(capabilities.name(), subject);
        }
        if (shuttingDown) {
            throw new NotRunException("not run: the kit is shutting down");
        }
        endCase();
        int limit = settings.maxConsecutiveFaults();
        int inARow = faultedInARow.getOrDefault(subject, 0);
        if (limit > 0 && inARow >= limit) {
            throw new NotRunException("not run: the implementation process failed " + inARow + " " + subject.key()
                    + " cases in a row, so the kit sends it no more of them (the limit is --max-process-faults "
                    + limit + "); the last fault: " + lastFault);
        }
        if (instance != null && instance.owner == current) {
            try {
                instance.drain();
            } catch (ProcessFaultException e) {
                // A request sent ahead of the last case's end failed after that case was over: not this case's
                // fault; the process was killed and is started again below.
            }
        }
        instance = null;
        caseSubject = subject;
        caseFaulted = false;
        generation++;
        try {
            ensureRunning();
        } catch (ProcessFaultException e) {
            throw noted(e);
        }
        Instance prefetched = takePrefetched(subject, parameters);
        if (prefetched != null) {
            instance = prefetched;
            return instance;
        }
        JsonNode tree = DomainJson.toTree(parameters);
        Map<String, JsonNode> fields = ordered("subject", TextNode.valueOf(subject.key()), "parameters", tree);
        instance = new Instance(current, generation, subject, tree);
        if (protocol >= 2) {
            // Its reply is read before the first reply of the case: a case costs no round trip of its own.
            try {
                instance.pendingReset = current.post("reset", fields, "reset " + subject.key());
            } catch (ProcessFaultException e) {
                throw noted(e);
            }
            current.flushPosted();
        } else {
            counted(() -> current.request("reset", fields, settings.requestTimeout(), "reset " + subject.key()));
        }
        return instance;
    }

    /** Counts the case that ran since the last reset: one more faulted in a row for its subject, or none. */
    private void endCase() {
        if (caseSubject != null) {
            faultedInARow.put(caseSubject, caseFaulted ? faultedInARow.getOrDefault(caseSubject, 0) + 1 : 0);
        }
        caseSubject = null;
    }

    /** Sends a request, noting a fatal fault against the case at hand. */
    private JsonNode counted(Supplier<JsonNode> request) {
        try {
            return request.get();
        } catch (ProcessFaultException e) {
            throw noted(e);
        }
    }

    private ProcessFaultException noted(ProcessFaultException e) {
        if (e.isFatal()) {
            caseFaulted = true;
            String message = e.getMessage();
            lastFault = message.length() > 300 ? message.substring(0, 300) + "..." : message;
        }
        return e;
    }

    /** Replaces a process that a fatal fault ended; the new one must declare what the first one did. */
    private void ensureRunning() {
        if (current != null && current.isAlive()) {
            return;
        }
        if (current != null) {
            earlierRequests += current.requests();
            current.kill("replaced");
        }
        current = null;
        starts++;
        ImplementationProcess process = ImplementationProcess.launch(settings);
        Hello again = handshake(process, settings);
        if (!again.capabilities().equals(capabilities) || again.protocol() != protocol) {
            throw process.fatal(Fault.START_FAILED, "the restarted implementation process declares "
                    + again.capabilities() + " (protocol " + again.protocol() + ") but the first one declared "
                    + capabilities + " (protocol " + protocol + ")");
        }
        current = process;
    }


    @Override
    public CandidateConstraintsSubject candidateConstraints(Constraints base) {
        Instance instance = reset(Subject.CANDIDATE_CONSTRAINTS, new ConstraintsDriver.Parameters(base));
        return new CandidateConstraintsSubject() {
            @Override
            public Outcome append(ConstraintCandidate candidate) {
                return instance.apply(new ConstraintsDriver.Append(candidate));
            }

            @Override
            public Constraints constraints() {
                return instance.answer(new ConstraintsDriver.CurrentConstraints(), Constraints.class);
            }
        };
    }

    @Override
    public ProspectiveParachainsSubject prospectiveParachains(AsyncBackingParams params) {
        Instance instance = reset(Subject.PROSPECTIVE_PARACHAINS, params);
        return new ProspectiveParachainsSubject() {
            @Override
            public Outcome activateLeaf(ProspectiveEvent.ActivateLeaf activation) {
                return instance.apply(activation);
            }

            @Override
            public Outcome deactivateLeaf(RelayHash leaf) {
                return instance.apply(new ProspectiveEvent.DeactivateLeaf(leaf));
            }

            @Override
            public Outcome updateLeaves(ProspectiveEvent.UpdateLeaves update) {
                return instance.apply(update);
            }

            @Override
            public Outcome introduceSeconded(Candidate candidate) {
                return instance.apply(new ProspectiveEvent.IntroduceSeconded(candidate));
            }

            @Override
            public Outcome candidateBacked(ParaId para, CandidateHash candidate) {
                return instance.apply(new ProspectiveEvent.CandidateBacked(para, candidate));
            }

            @Override
            public List<BackableCandidate> backableCandidates(RelayHash leaf, ParaId para, int count,
                    Set<CandidateHash> ancestors) {
                return instance.answer(new ProspectiveDriver.BackableCandidates(leaf, para, count,
                        new ArrayList<>(ancestors)), listOf(BackableCandidate.class));
            }

            @Override
            public List<RelayHash> hypotheticalMembership(HypotheticalCandidate candidate) {
                return instance.answer(new ProspectiveDriver.HypotheticalMembership(candidate),
                        listOf(RelayHash.class));
            }

            @Override
            public SortedMap<ParaId, RelayBlockNumber> minimumRelayParents(RelayHash leaf) {
                return instance.answer(new ProspectiveDriver.MinimumRelayParents(leaf), JSON.getTypeFactory()
                        .constructMapType(TreeMap.class, ParaId.class, RelayBlockNumber.class));
            }

            @Override
            public Optional<PersistedValidationData> prospectiveValidationData(ValidationDataRequest request) {
                return optional(instance, new ProspectiveDriver.ProspectiveValidationData(request),
                        PersistedValidationData.class);
            }

            @Override
            public Optional<ChainView> chain(RelayHash relayParent, ParaId para) {
                return optional(instance, new ProspectiveDriver.FragmentChain(relayParent, para), ChainView.class);
            }
        };
    }

    private static <T> Optional<T> optional(Instance instance, Object query, Class<T> type) {
        JsonNode answer = instance.query(query);
        if (answer.isNull()) {
            return Optional.empty();
        }
        return Optional.of(instance.decode(answer, JSON.constructType(type),
                "the answer to query " + DomainJson.typeName(query.getClass())));
    }

    private static String abbreviate(String json) {
        return json.length() > 300 ? json.substring(0, 300) + "...(" + json.length() + " chars)" : json;
    }

    private static JavaType listOf(Class<?> element) {
        return JSON.getTypeFactory().constructCollectionType(List.class, element);
    }

    /**
     * The runtime subject's events return what they did (dropped, included, per-candidate verdicts); the process
     * sends it as the optional {@code effects} of its step reply.
     */
    @Override
    public RuntimeAcceptanceSubject runtimeAcceptance(RuntimeParams params, RuntimeGenesis genesis) {
        Instance instance = reset(Subject.RUNTIME_ACCEPTANCE, new RuntimeDriver.Parameters(params, genesis));
        return new RuntimeAcceptanceSubject() {
            @Override
            public List<CandidateHash> importBlock(RelayBlock block) {
                return effects(new RuntimeEvent.RelayBlockImported(block), "dropped");
            }

            @Override
            public List<CandidateHash> candidatesAvailable(List<CandidateHash> candidates) {
                return effects(new RuntimeEvent.CandidatesAvailable(candidates), "included");
            }

            @Override
            public List<CandidateHash> availabilityTimedOut(List<CandidateHash> candidates) {
                return effects(new RuntimeEvent.AvailabilityTimedOut(candidates), "dropped");
            }

            private List<CandidateHash> effects(RuntimeEvent event, String field) {
                JsonNode reply = instance.step(event);
                String what = "step " + DomainJson.typeName(event.getClass());
                instance.outcome(reply, what);
                JsonNode list = reply.path("effects").path(field);
                if (list.isMissingNode()) {
                    return List.of();
                }
                return instance.decode(list, listOf(CandidateHash.class), "effects." + field + " of " + what);
            }

            @Override
            public List<CandidateVerdict> candidatesBacked(List<BackedCandidate> candidates) {
                RuntimeEvent event = new RuntimeEvent.CandidatesBacked(candidates);
                String what = "step " + DomainJson.typeName(event.getClass());
                JsonNode reply = instance.step(event);
                Outcome outcome = instance.outcome(reply, what);
                JsonNode verdicts = reply.path("effects").path("verdicts");
                if (!verdicts.isMissingNode()) {
                    List<CandidateVerdict> list = instance.decode(verdicts, listOf(CandidateVerdict.class),
                            "effects.verdicts of " + what);
                    boolean allAccepted = list.stream().allMatch(v -> v.outcome().isAccepted());
                    if (list.size() != candidates.size() || allAccepted != outcome.isAccepted()) {
                        throw instance.owner.fault(Fault.BAD_REPLY, "the effects.verdicts of " + what + " ("
                                + list.size() + " verdicts, " + (allAccepted ? "all accepted" : "some rejected")
                                + ") do not match its " + candidates.size() + " candidates and outcome " + outcome);
                    }
                    return list;
                }
                // Without per-candidate verdicts, the outcome stands for every candidate of the inherent.
                return candidates.stream()
                        .map(c -> new CandidateVerdict(c.hash(), c.para(), outcome))
                        .toList();
            }

            @Override
            public List<AllowedRelayParent> allowedRelayParents() {
                return instance.answer(new RuntimeDriver.AllowedRelayParents(), listOf(AllowedRelayParent.class));
            }

            @Override
            public RelayBlockNumber minRelayParentNumber() {
                return instance.answer(new RuntimeDriver.MinRelayParentNumber(), RelayBlockNumber.class);
            }

            @Override
            public ParaView para(ParaId para) {
                return instance.answer(new RuntimeDriver.ParaState(para), ParaView.class);
            }
        };
    }

    /** The simulation runs at the reset; its rows are read back with one {@code rows} query. */
    @Override
    public PipelineSubject pipeline() {
        if (!capabilities.provides(Subject.PIPELINE)) {
            throw new UnsupportedSubjectException(capabilities.name(), Subject.PIPELINE);
        }
        return (PipelineParameters parameters) -> {
            Instance instance = reset(Subject.PIPELINE, parameters);
            List<TimelineRow> rows = instance.answer(new PipelineDriver.Rows(0, parameters.relayBlocks() - 1),
                    listOf(TimelineRow.class));
            try {
                return new Timeline(parameters, rows);
            } catch (IllegalArgumentException e) {
                throw instance.owner.fault(Fault.BAD_REPLY, "the rows of the pipeline are not a timeline: "
                        + e.getMessage());
            }
        };
    }

    @Override
    public UnincludedSegmentSubject unincludedSegment(SegmentParams params, HeadData genesisHead) {
        Instance instance = reset(Subject.UNINCLUDED_SEGMENT, new SegmentDriver.Parameters(params.capacity(),
                params.velocity(), params.relaySlotMillis(), params.paraSlotMillis(), genesisHead));
        return new UnincludedSegmentSubject() {
            @Override
            public Outcome author(AuthorBlock block) {
                return instance.apply(new SegmentDriver.Author(block.proof(), block.block()));
            }

            @Override
            public SegmentView view() {
                return instance.answer(new SegmentDriver.Segment(), SegmentView.class);
            }

            @Override
            public int sizeAfterIncluded(HeadData includedHead) {
                JsonNode answer = instance.query(new SegmentDriver.SizeAfterIncluded(includedHead));
                if (!answer.isIntegralNumber() || !answer.canConvertToInt() || answer.asInt() < 0) {
                    throw instance.owner.fault(Fault.BAD_REPLY, "expected the answer to query size_after_included "
                            + "to be a non-negative whole number but was " + answer);
                }
                return answer.asInt();
            }

            @Override
            public boolean canBuildUpon(HeadData includedHead, long slot) {
                JsonNode answer = instance.query(new SegmentDriver.CanBuildUpon(includedHead, slot));
                if (!answer.isBoolean()) {
                    throw instance.owner.fault(Fault.BAD_REPLY, "expected the answer to query can_build_upon to be "
                            + "true or false but was " + answer);
                }
                return answer.asBoolean();
            }
        };
    }

    /** Each question of the collator subject is one {@code query} of the instance reset with the collator's view. */
    @Override
    public CollatorSubject collator(CollatorView view) {
        Instance instance = reset(Subject.COLLATOR, view);
        return new CollatorSubject() {
            @Override
            public List<PotentialParent> potentialParents(ParentSearchParams search) {
                return instance.answer(new CollatorDriver.PotentialParents(search), listOf(PotentialParent.class));
            }

            @Override
            public Optional<PotentialParent> buildParent(ParentSearchParams search) {
                CollatorDriver.BuildParent query = new CollatorDriver.BuildParent(search);
                JsonNode answer = instance.query(query);
                if (answer.isTextual() && answer.asText().equals(CollatorDriver.NO_PARENT)) {
                    return Optional.empty();
                }
                return Optional.of(instance.decode(answer, JSON.constructType(PotentialParent.class),
                        "the answer to query " + DomainJson.typeName(query.getClass())));
            }

            @Override
            public BuildDecision decideBuild(BuildOpportunity opportunity) {
                return instance.answer(new CollatorDriver.DecideBuild(opportunity), BuildDecision.class);
            }

            @Override
            public long productionIntervalMillis(SlotTiming timing) {
                return instance.answer(new CollatorDriver.ProductionInterval(timing), Long.class);
            }

            @Override
            public long waitForNextAttemptMillis(SlotTiming timing, long nowMillis, long offsetMillis) {
                return instance.answer(new CollatorDriver.WaitForNextAttempt(timing, nowMillis, offsetMillis),
                        Long.class);
            }

            @Override
            public int blocksPerRelaySlot(AuthoringPace pace) {
                return instance.answer(new CollatorDriver.BlocksPerRelaySlot(pace), Integer.class);
            }

            @Override
            public OutboundSelection selectOutbound(OutboundRequest request) {
                return instance.answer(new CollatorDriver.SelectOutbound(request), OutboundSelection.class);
            }

            @Override
            public GoAheadDecision goAhead(GoAheadSituation situation) {
                return instance.answer(new CollatorDriver.GoAhead(situation), GoAheadDecision.class);
            }

            @Override
            public BandwidthLimits outboundLimits(MessagingState state) {
                return instance.answer(new CollatorDriver.OutboundLimits(state), BandwidthLimits.class);
            }

            @Override
            public InboundMessages inboundToProcess(InboundRequest request) {
                return instance.answer(new CollatorDriver.InboundToProcess(request), InboundMessages.class);
            }
        };
    }
}
