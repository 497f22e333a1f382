package dev.abkit.process;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.abkit.catalog.Profile;
import dev.abkit.vectors.DomainJson;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The reference server with one deliberate fault, for the kit's robustness tests: {@code FaultyServer <fault>
 * <state directory>} ({@code record}: no fault, every request line appended to {@code requests} there). The state directory counts launches, so that a fault strikes the first process only and the
 * process the kit starts next behaves.
 */
public final class FaultyServer {
    private FaultyServer() {
    }

    public static void main(String[] args) throws Exception {
        String fault = args[0];
        Path state = Path.of(args[1]);
        Path launches = state.resolve("launches");
        int launch = Files.exists(launches) ? Integer.parseInt(Files.readString(launches).trim()) + 1 : 1;
        Files.writeString(launches, Integer.toString(launch));
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        if (fault.equals("exit-at-start") && launch == 1
                || fault.equals("exit-at-restart") && launch == 2) {
            System.err.println("error: cannot open the chain database at /nonexistent");
            System.exit(3);
        }
        boolean armed = launch == 1;
        ReferenceServer server = new ReferenceServer(Profile.BASELINE);
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String line;
        while (!server.isFinished() && (line = in.readLine()) != null) {
            if (fault.equals("record")) {
                Files.writeString(state.resolve("requests"), line + "\n", StandardOpenOption.CREATE,
                        StandardOpenOption.APPEND);
            }
            JsonNode request = DomainJson.mapper().readTree(line);
            boolean step = request.path("type").asText().equals("step");
            if (fault.equals("chatter")) {
                for (int i = 0; i < 2000; i++) {
                    System.err.println("debug: request " + request.path("id") + " chatter line " + i
                            + " ....................................................................");
                }
            }
            if (fault.equals("slow")) {
                Thread.sleep(150);
            }
            String reply = server.handle(line);
            if (armed && step) {
                armed = false;
                switch (fault) {
                    case "crash", "exit-at-restart" -> {
                        System.err.println("thread 'main' panicked at src/segment.rs:42:9:");
                        System.err.println("index out of bounds: the len is 0 but the index is 0");
                        System.exit(101);
                    }
                    case "hang" -> {
                        Process child = new ProcessBuilder("sleep", "300").start();
                        Files.writeString(state.resolve("child"), Long.toString(child.pid()));
                        System.err.println("waiting for a lock that never comes");
                        Thread.sleep(Long.MAX_VALUE);
                    }
                    case "garbage" -> reply = "Segment { tip: 0x61, len: 1 }";
                    case "oversized" -> reply = "{\"id\":" + request.path("id") + ",\"outcome\":{\"type\":\"accepted\","
                            + "\"detail\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}}";
                    case "wrong-id" -> {
                        ObjectNode node = (ObjectNode) DomainJson.mapper().readTree(reply);
                        node.put("id", request.path("id").asLong() + 1);
                        reply = node.toString();
                    }
                    case "error" -> reply = "{\"id\":" + request.path("id") + ",\"error\":{\"kind\":\"internal\","
                            + "\"message\":\"the segment store is locked\"}}";
                    default -> {
                    }
                }
            }
            out.print(reply);
            out.print('\n');
            out.flush();
        }
    }
}
