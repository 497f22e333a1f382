package dev.abkit.process;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.abkit.catalog.Profile;
import dev.abkit.catalog.Subject;
import dev.abkit.model.CandidateHash;
import dev.abkit.model.HeadData;
import dev.abkit.model.Outcome;
import dev.abkit.model.ParaId;
import dev.abkit.model.RelayBlockNumber;
import dev.abkit.model.RuleProbe;
import dev.abkit.reference.collator.CollatorView;
import dev.abkit.reference.constraints.Constraints;
import dev.abkit.reference.prospective.AsyncBackingParams;
import dev.abkit.reference.runtime.AllowedRelayParent;
import dev.abkit.reference.runtime.BackedCandidate;
import dev.abkit.reference.runtime.CandidateVerdict;
import dev.abkit.reference.runtime.ParaView;
import dev.abkit.reference.runtime.RelayBlock;
import dev.abkit.reference.runtime.RuntimeGenesis;
import dev.abkit.reference.runtime.RuntimeParams;
import dev.abkit.reference.runtime.RuntimeStep;
import dev.abkit.reference.segment.SegmentParams;
import dev.abkit.spi.CandidateConstraintsSubject;
import dev.abkit.spi.Capabilities;
import dev.abkit.spi.CollatorSubject;
import dev.abkit.spi.Implementation;
import dev.abkit.spi.PipelineSubject;
import dev.abkit.spi.ProspectiveParachainsSubject;
import dev.abkit.spi.ReferenceImplementation;
import dev.abkit.spi.RuntimeAcceptanceSubject;
import dev.abkit.spi.UnincludedSegmentSubject;
import dev.abkit.vectors.DomainJson;
import dev.abkit.vectors.Drivers;
import dev.abkit.vectors.SubjectDriver;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Serves the embedded reference over the process protocol on stdin/stdout: {@code java -cp <kit>
 * dev.abkit.process.ReferenceServer [--profile <profile>]}. It proves the protocol end to end (the whole vector
 * suite passes through it) and shows an implementer what a conforming server answers. It decodes requests with the
 * same drivers the vector runner uses, so it needs no per-subject message code.
 */
public final class ReferenceServer {
    private static final ObjectMapper JSON = DomainJson.mapper();

    private final Capabilities capabilities;
    private final RecordingImplementation implementation;
    private Open<?, ?, ?, ?> open;
    private int protocol = 1;
    private final int newest;
    private boolean finished;

    public ReferenceServer(Profile profile) {
        this(profile, ProcessImplementation.PROTOCOL_VERSION);
    }

    /** A server that speaks the protocol versions 1 to {@code newest} (1 serves as a version-1 server would). */
    public ReferenceServer(Profile profile, int newest) {
        this.newest = newest;
        ReferenceImplementation reference = new ReferenceImplementation(profile, RuleProbe.NONE);
        this.capabilities = reference.capabilities();
        this.implementation = new RecordingImplementation(reference);
    }

    /** Serves requests from stdin until {@code bye} or the end of stdin; {@code --profile <name>} picks a profile. */
    public static void main(String[] args) throws IOException {
        Profile profile = Profile.BASELINE;
        int newest = ProcessImplementation.PROTOCOL_VERSION;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--profile") && i + 1 < args.length) {
                profile = Profile.parse(args[++i]);
            } else if (args[i].equals("--protocol") && i + 1 < args.length && args[i + 1].matches("[12]")) {
                newest = Integer.parseInt(args[++i]);
            } else {
                System.err.println("usage: ReferenceServer [--profile baseline|<variant>+<variant>] [--protocol 1|2]");
                System.exit(2);
            }
        }
        new ReferenceServer(profile, newest).serve(
                new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)),
                new PrintStream(System.out, false, StandardCharsets.UTF_8));
    }

    /** Answers one request per line until {@code bye} or the end of input. */
    public void serve(BufferedReader in, PrintStream out) throws IOException {
        String line;
        while (!finished && (line = in.readLine()) != null) {
            if (line.isBlank()) {
                continue;
            }
            out.print(handle(line));
            out.print('\n');
            // A pipelining kit (protocol 2) has sent more requests already: answer them before flushing.
            if (!in.ready()) {
                out.flush();
            }
        }
        out.flush();
    }

    /** Whether {@code bye} was answered. */
    public boolean isFinished() {
        return finished;
    }

    /** The reply line (without its newline) to one request line. */
    public String handle(String line) {
        JsonNode request;
        try {
            request = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            return error(NullNode.getInstance(), "malformed", "the request is not JSON: " + e.getOriginalMessage());
        }
        JsonNode id = request.path("id");
        if (!request.isObject() || !id.isIntegralNumber()) {
            return error(id.isMissingNode() ? NullNode.getInstance() : id, "malformed",
                    "expected a JSON object with a whole-number id");
        }
        ObjectNode reply = JSON.createObjectNode();
        reply.set("id", id);
        try {
            String type = request.path("type").asText("");
            switch (type) {
                case "hello" -> hello(request, reply);
                case "reset" -> reset(request, reply);
                case "step" -> step(request, reply);
                case "query" -> query(request, reply);
                case "bye" -> {
                    finished = true;
                    reply.put("ok", true);
                }
                default -> {
                    return error(id, "unsupported", "unknown request type '" + type + "'");
                }
            }
        } catch (Refusal r) {
            return error(id, r.kind, r.getMessage());
        } catch (IllegalArgumentException e) {
            return error(id, "malformed", e.getMessage());
        } catch (RuntimeException e) {
            return error(id, "internal", e.toString());
        }
        try {
            // The outcome and answers are written straight from the domain values (POJO nodes), not built as trees.
            return JSON.writeValueAsString(reply);
        } catch (JsonProcessingException | RuntimeException e) {
            return error(id, "internal", e.toString());
        }
    }

    /** The newest version offered in {@code protocols} (or the one in {@code protocol}) that this server speaks. */
    private void hello(JsonNode request, ObjectNode reply) {
        int version = -1;
        for (JsonNode offered : request.path("protocols")) {
            if (offered.isIntegralNumber() && offered.asInt() >= 1 && offered.asInt() <= newest) {
                version = Math.max(version, offered.asInt());
            }
        }
        if (version < 0 && request.path("protocol").isIntegralNumber()) {
            int only = request.path("protocol").asInt();
            version = only >= 1 && only <= newest ? only : -1;
        }
        if (version < 0) {
            throw new Refusal("unsupported", "this server speaks protocol versions 1 to " + newest
                    + " but the kit asked for " + request.path("protocol"));
        }
        protocol = version;
        reply.put("protocol", version);
        reply.put("name", capabilities.name());
        reply.put("version", capabilities.version());
        reply.put("profile", capabilities.profile().name());
        ArrayNode subjects = reply.putArray("subjects");
        capabilities.subjects().forEach(s -> subjects.add(s.key()));
        reply.put("reports_reasons", capabilities.reportsReasons());
    }

    private void reset(JsonNode request, ObjectNode reply) {
        Subject subject;
        try {
            subject = Subject.fromKey(request.path("subject").asText(""));
        } catch (IllegalArgumentException e) {
            throw new Refusal("unsupported", e.getMessage());
        }
        SubjectDriver<?, ?, ?, ?> driver = Drivers.forSubject(subject)
                .orElseThrow(() -> new Refusal("unsupported", "no driver for " + subject.key()));
        open = null;
        open = Open.of(driver, implementation, field(request, "parameters"));
        reply.put("ok", true);
    }

    private void step(JsonNode request, ObjectNode reply) {
        Open<?, ?, ?, ?> instance = requireOpen("step");
        implementation.effects = null;
        Outcome outcome = instance.apply(field(request, "event"));
        reply.putPOJO("outcome", outcome);
        if (implementation.effects != null) {
            reply.putPOJO("effects", implementation.effects);
        }
        JsonNode observe = request.get("observe");
        if (observe != null && protocol >= 2) {
            if (!observe.isArray()) {
                throw new IllegalArgumentException("'observe' is not a list of queries");
            }
            ArrayNode answers = reply.putArray("answers");
            for (JsonNode query : observe) {
                answers.addPOJO(instance.answer(query));
            }
        }
    }

    private void query(JsonNode request, ObjectNode reply) {
        Open<?, ?, ?, ?> instance = requireOpen("query");
        reply.putPOJO("answer", instance.answer(field(request, "query")));
    }

    private Open<?, ?, ?, ?> requireOpen(String what) {
        if (open == null) {
            throw new Refusal("malformed", "a " + what + " before any successful reset");
        }
        return open;
    }

    private static JsonNode field(JsonNode request, String name) {
        JsonNode node = request.get(name);
        if (node == null) {
            throw new IllegalArgumentException("the request has no '" + name + "' field");
        }
        return node;
    }

    private static String error(JsonNode id, String kind, String message) {
        ObjectNode reply = JSON.createObjectNode();
        reply.set("id", id);
        ObjectNode error = reply.putObject("error");
        error.put("kind", kind);
        error.put("message", message == null ? "" : message);
        return reply.toString();
    }

    /** A request the server refuses, with the protocol's error kind. */
    private static final class Refusal extends RuntimeException {
        private final String kind;

        Refusal(String kind, String message) {
            super(message);
            this.kind = kind;
        }
    }

    /** An open subject instance with its driver; the type parameters tie the driver to the instance. */
    private static final class Open<P, E, Q, S> {
        private final SubjectDriver<P, E, Q, S> driver;
        private final S instance;

        private Open(SubjectDriver<P, E, Q, S> driver, S instance) {
            this.driver = driver;
            this.instance = instance;
        }

        static <P, E, Q, S> Open<P, E, Q, S> of(SubjectDriver<P, E, Q, S> driver, Implementation implementation,
                JsonNode parameters) {
            P decoded = driver.parameters(parameters);
            return new Open<>(driver, driver.open(implementation, decoded));
        }

        Outcome apply(JsonNode event) {
            return driver.apply(instance, driver.event(event));
        }

        Object answer(JsonNode query) {
            return driver.answer(instance, driver.query(query));
        }
    }

    /**
     * The reference, with the runtime subject's per-event results kept so that the step reply can carry them as
     * {@code effects}.
     */
    private static final class RecordingImplementation implements Implementation {
        private final ReferenceImplementation reference;
        private RuntimeStep effects;

        RecordingImplementation(ReferenceImplementation reference) {
            this.reference = reference;
        }

        @Override
        public Capabilities capabilities() {
            return reference.capabilities();
        }

        @Override
        public CandidateConstraintsSubject candidateConstraints(Constraints base) {
            return reference.candidateConstraints(base);
        }

        @Override
        public ProspectiveParachainsSubject prospectiveParachains(AsyncBackingParams params) {
            return reference.prospectiveParachains(params);
        }

        @Override
        public PipelineSubject pipeline() {
            return reference.pipeline();
        }

        @Override
        public CollatorSubject collator(CollatorView view) {
            return reference.collator(view);
        }

        @Override
        public UnincludedSegmentSubject unincludedSegment(SegmentParams params, HeadData genesisHead) {
            return reference.unincludedSegment(params, genesisHead);
        }

        @Override
        public RuntimeAcceptanceSubject runtimeAcceptance(RuntimeParams params, RuntimeGenesis genesis) {
            RuntimeAcceptanceSubject runtime = reference.runtimeAcceptance(params, genesis);
            return new RuntimeAcceptanceSubject() {
                @Override
                public List<CandidateHash> importBlock(RelayBlock block) {
                    return dropped(runtime.importBlock(block));
                }

                @Override
                public List<CandidateHash> candidatesAvailable(List<CandidateHash> candidates) {
                    List<CandidateHash> included = runtime.candidatesAvailable(candidates);
                    effects = new RuntimeStep(List.of(), included, List.of());
                    return included;
                }

                @Override
                public List<CandidateHash> availabilityTimedOut(List<CandidateHash> candidates) {
                    return dropped(runtime.availabilityTimedOut(candidates));
                }

                private List<CandidateHash> dropped(List<CandidateHash> dropped) {
                    effects = new RuntimeStep(List.of(), List.of(), dropped);
                    return dropped;
                }

                @Override
                public List<CandidateVerdict> candidatesBacked(List<BackedCandidate> candidates) {
                    List<CandidateVerdict> verdicts = runtime.candidatesBacked(candidates);
                    effects = new RuntimeStep(verdicts, List.of(), List.of());
                    return verdicts;
                }

                @Override
                public List<AllowedRelayParent> allowedRelayParents() {
                    return runtime.allowedRelayParents();
                }

                @Override
                public RelayBlockNumber minRelayParentNumber() {
                    return runtime.minRelayParentNumber();
                }

                @Override
                public ParaView para(ParaId para) {
                    return runtime.para(para);
                }
            };
        }
    }
}
