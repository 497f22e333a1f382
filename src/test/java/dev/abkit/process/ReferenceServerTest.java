package dev.abkit.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.abkit.catalog.Profile;
import dev.abkit.catalog.Subject;
import dev.abkit.catalog.Variant;
import dev.abkit.vectors.DomainJson;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The reference server answers the messages of docs/protocol.md with the documented shapes. */
class ReferenceServerTest {
    private final ReferenceServer server = new ReferenceServer(Profile.of(Variant.VELOCITY_PER_PARA_SLOT));

    private JsonNode send(String line) throws Exception {
        return DomainJson.mapper().readTree(server.handle(line));
    }

    @Test
    @DisplayName("hello answers the protocol version, name, version, profile, subjects and reports_reasons")
    void hello() throws Exception {
        JsonNode reply = send("{\"id\":1,\"type\":\"hello\",\"protocol\":1,\"kit\":\"abkit\"}");
        assertEquals(1, reply.get("id").asInt());
        assertEquals(1, reply.get("protocol").asInt());
        assertEquals("abkit-reference", reply.get("name").asText());
        assertEquals("velocity-per-para-slot", reply.get("profile").asText());
        assertEquals(Subject.values().length, reply.get("subjects").size());
        assertTrue(reply.get("reports_reasons").asBoolean());
    }

    @Test
    @DisplayName("another protocol version is refused as unsupported")
    void other_version() throws Exception {
        JsonNode reply = send("{\"id\":1,\"type\":\"hello\",\"protocol\":3}");
        assertEquals("unsupported", reply.at("/error/kind").asText());
    }

    @Test
    @DisplayName("reset, a rejected step, a query and bye have the documented shapes")
    void session() throws Exception {
        assertTrue(send("{\"id\":2,\"type\":\"reset\",\"subject\":\"unincluded-segment\",\"parameters\":{"
                + "\"capacity\":1,\"velocity\":1,\"relay_slot_millis\":6000,\"para_slot_millis\":6000,"
                + "\"genesis_head\":\"0x00\"}}").get("ok").asBoolean());
        String author = "{\"id\":%d,\"type\":\"step\",\"event\":{\"type\":\"author\",\"proof\":{\"number\":%d,"
                + "\"relay_slot\":%d,\"included_head\":{\"type\":\"proven\",\"head\":\"0x00\"},\"upgrade_signal\":"
                + "\"NONE\",\"limits\":{\"ump_messages_remaining\":9,\"ump_bytes_remaining\":99,\"hrmp_channels\":{}}},"
                + "\"block\":{\"head\":\"%s\",\"used\":{\"ump_messages\":0,\"ump_bytes\":0,\"hrmp\":{}},"
                + "\"hrmp_watermark\":%d,\"para_slot\":%d,\"consumes_upgrade_signal\":false}}}";
        assertEquals("{\"id\":3,\"outcome\":{\"type\":\"accepted\"}}",
                server.handle(String.format(author, 3, 10, 10, "0x61", 10, 10)));
        JsonNode rejected = send(String.format(author, 4, 11, 11, "0x62", 11, 11));
        assertEquals("rejected", rejected.at("/outcome/type").asText());
        assertEquals("AB-SEG-001", rejected.at("/outcome/rule").asText());
        assertEquals(1, send("{\"id\":5,\"type\":\"query\",\"query\":{\"type\":\"segment\"}}")
                .at("/answer/segment").size());
        assertEquals("{\"id\":6,\"ok\":true}", server.handle("{\"id\":6,\"type\":\"bye\"}"));
        assertTrue(server.isFinished());
    }

    @Test
    @DisplayName("version 2 is chosen when offered; a step observing queries answers them after the event")
    void version_two() throws Exception {
        assertEquals(2, send("{\"id\":1,\"type\":\"hello\",\"protocol\":1,\"protocols\":[1,2]}")
                .get("protocol").asInt());
        send("{\"id\":2,\"type\":\"reset\",\"subject\":\"unincluded-segment\",\"parameters\":{"
                + "\"capacity\":1,\"velocity\":1,\"relay_slot_millis\":6000,\"para_slot_millis\":6000,"
                + "\"genesis_head\":\"0x00\"}}");
        JsonNode reply = send("{\"id\":3,\"type\":\"step\",\"event\":{\"type\":\"author\",\"proof\":{"
                + "\"number\":10,\"relay_slot\":10,\"included_head\":{\"type\":\"proven\",\"head\":\"0x00\"},"
                + "\"upgrade_signal\":\"NONE\",\"limits\":{\"ump_messages_remaining\":9,\"ump_bytes_remaining\":99,"
                + "\"hrmp_channels\":{}}},\"block\":{\"head\":\"0x61\",\"used\":{\"ump_messages\":0,\"ump_bytes\":0,"
                + "\"hrmp\":{}},\"hrmp_watermark\":10,\"para_slot\":10,\"consumes_upgrade_signal\":false}},"
                + "\"observe\":[{\"type\":\"segment\"},"
                + "{\"type\":\"size_after_included\",\"included_head\":\"0x00\"}]}");
        assertEquals("accepted", reply.at("/outcome/type").asText());
        assertEquals(1, reply.at("/answers/0/segment").size());
        assertEquals(1, reply.at("/answers/1").asInt());
    }

    @Test
    @DisplayName("a step before any reset, an unknown type and a line that is not JSON are error replies")
    void errors() throws Exception {
        assertEquals("malformed", send("{\"id\":1,\"type\":\"step\",\"event\":{\"type\":\"author\"}}")
                .at("/error/kind").asText());
        assertEquals("unsupported", send("{\"id\":2,\"type\":\"dance\"}").at("/error/kind").asText());
        assertEquals("unsupported", send("{\"id\":3,\"type\":\"reset\",\"subject\":\"collation\",\"parameters\":{}}")
                .at("/error/kind").asText());
        JsonNode garbage = send("not json");
        assertTrue(garbage.get("id").isNull());
        assertEquals("malformed", garbage.at("/error/kind").asText());
    }
}
