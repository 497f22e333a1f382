package dev.abkit.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.abkit.catalog.Catalog;
import dev.abkit.catalog.Rule;
import dev.abkit.catalog.RuleId;
import dev.abkit.conformance.ConformanceReport;
import dev.abkit.conformance.RunProvenance;
import dev.abkit.conformance.Verdict;
import dev.abkit.vectors.CaseResult;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The three reports, built from a fixed set of verdicts: no implementation runs here. */
class ReportsTest {
    private static final Catalog CATALOG = Catalog.load();
    private static final String EXPECTED_VS_ACTUAL = "[AB-CONS-002] Head data size is bounded | expected: "
            + "rejected(AB-CONS-002) | but was: accepted | at: cons-002-head-over-limit step 1 append | hint: check";

    private static ConformanceReport report() {
        RunProvenance provenance = new RunProvenance("0.1.0", "sloppy-node", "0.9", "class com.example.Sloppy", "",
                "baseline", List.of("candidate-constraints"), true, "ab".repeat(32), 244, "vectors/", "features/",
                "all", List.of(), "2025-01-02T03:04:05Z");
        List<Verdict> verdicts = List.of(
                new Verdict(Verdict.Kind.VECTOR, "cons-002-head-over-limit", List.of(RuleId.of("AB-CONS-002")),
                        CaseResult.Status.FAILED, EXPECTED_VS_ACTUAL, 1_500_000,
                        "vectors.candidate-constraints.cons",
                        "vectors/candidate-constraints/cons/cons-002-head-over-limit.yaml"),
                new Verdict(Verdict.Kind.VECTOR, "cons-002-head-at-limit", List.of(RuleId.of("AB-CONS-002")),
                        CaseResult.Status.PASSED, "", 900_000, "vectors.candidate-constraints.cons", ""),
                new Verdict(Verdict.Kind.VECTOR, "seg-001-full-segment", List.of(RuleId.of("AB-SEG-001")),
                        CaseResult.Status.SKIPPED, "sloppy-node does not provide the subject unincluded-segment", 0,
                        "vectors.unincluded-segment.seg", ""),
                new Verdict(Verdict.Kind.FEATURE, "Head data of 65 bytes <& \"quoted\">", List.of(
                        RuleId.of("AB-CONS-002")), CaseResult.Status.FAILED,
                        "[AB-CONS-002] candidate A: expected rejected(AB-CONS-002) but was accepted\u0007", 2_000_000,
                        "features.cons", "features/cons.feature:35"));
        return new ConformanceReport(provenance, CATALOG, verdicts, 5_000_000_000L);
    }

    @Test
    @DisplayName("JUnit XML is valid per the Ant/Surefire layout: one testcase per case, failures and skips")
    void junitXml() throws Exception {
        String xml = JunitXmlReport.write(report());
        var schema = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(getClass().getResource("junit-report.xsd"));
        schema.newValidator().validate(new StreamSource(new StringReader(xml)));
        Document doc = parse(xml);
        assertEquals(4, doc.getElementsByTagName("testcase").getLength());
        assertEquals(3, doc.getElementsByTagName("testsuite").getLength());
        NodeList failures = doc.getElementsByTagName("failure");
        assertEquals(2, failures.getLength());
        assertTrue(((Element) failures.item(0)).getAttribute("message").contains("but was: accepted"));
        Element skipped = (Element) doc.getElementsByTagName("skipped").item(0);
        assertEquals("sloppy-node does not provide the subject unincluded-segment", skipped.getAttribute("message"));
        Element first = (Element) doc.getElementsByTagName("testcase").item(0);
        assertEquals("vectors.candidate-constraints.cons", first.getAttribute("classname"));
        assertEquals("0.002", first.getAttribute("time"));
        assertEquals("2", doc.getDocumentElement().getAttribute("failures"));
    }

    @Test
    @DisplayName("the JSON report carries provenance and every case, and reads back to the same report")
    void jsonRoundTrip(@TempDir Path temp) throws Exception {
        ConformanceReport report = report();
        Path file = temp.resolve("report.json");
        Files.writeString(file, JsonReport.write(report));
        String text = Files.readString(file);
        assertTrue(text.contains("\"sha256\" : \"" + "ab".repeat(32) + "\""), text);
        assertTrue(text.contains("\"protocol_version\" : null"), text);
        assertTrue(text.contains("\"seeds\" : [ ]"), text);
        ConformanceReport back = JsonReport.read(file, CATALOG);
        assertEquals(report.provenance(), back.provenance());
        assertEquals(report.verdicts(), back.verdicts());
        assertEquals(JsonReport.write(report), JsonReport.write(back));
    }

    @Test
    @DisplayName("the HTML report is well-formed, self-contained, anchors every catalog rule and shows the failures")
    void html() throws Exception {
        String html = LivingDocumentation.render(report());
        Document doc = parse(html);
        Set<String> ids = new HashSet<>();
        NodeList all = doc.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            if (e.hasAttribute("id")) {
                assertTrue(ids.add(e.getAttribute("id")), "duplicate id " + e.getAttribute("id"));
            }
            // Nothing is loaded from elsewhere; a link (<a>) to an upstream source is navigation, not a resource.
            boolean link = e.getTagName().equals("a") && e.getAttribute("href").startsWith("https://github.com/");
            assertFalse(e.getAttribute("src").contains("//") || e.getAttribute("href").contains("//") && !link,
                    "external resource in " + e.getTagName());
        }
        for (Rule rule : CATALOG.rules()) {
            assertTrue(ids.contains(rule.id().value()), "no anchor for " + rule.id());
        }
        assertEquals(0, doc.getElementsByTagName("script").getLength());
        assertEquals(0, doc.getElementsByTagName("link").getLength());
        Element failing = byId(doc, "AB-CONS-002");
        assertTrue(failing.getAttribute("class").contains("failed"));
        String text = failing.getTextContent();
        assertTrue(text.contains("cons-002-head-over-limit"), text);
        assertTrue(text.contains("rejected(AB-CONS-002)") && text.contains("accepted"), text);
        assertTrue(text.contains("vectors: 1 passed, 1 failed"), text);
        assertTrue(html.contains("NOT CONFORMANT"));
        assertTrue(byId(doc, "AB-SEG-001").getAttribute("class").contains("skipped"));
        assertTrue(html.contains("<table class=\"summary\">"));
    }

    @Test
    @DisplayName("the documentation without a report has every rule and every feature Rule, and no verdict")
    void documentationOnly() throws Exception {
        String html = LivingDocumentation.render(CATALOG);
        Document doc = parse(html);
        for (Rule rule : CATALOG.rules()) {
            assertTrue(byId(doc, rule.id().value()) != null, "no anchor for " + rule.id());
        }
        assertFalse(html.contains("CONFORMANT"));
        assertTrue(html.contains("Scenario Outline:"), "the outlines of the features are rendered");
        assertTrue(html.contains("<h2>Upstream versions covered</h2>") && html.contains("<code>00c84144</code>")
                && html.contains("polkadot-sdk-stable2412</b> (2024-12)"), "the covered releases and newest commit");
        assertTrue(html.contains("PR 8860, polkadot/node/subsystem-util/src/inclusion_emulator/mod.rs"
                + " Constraints::apply_modifications, since polkadot-sdk-stable2506"), "each reading's provenance");
        assertFalse(html.contains("No <code>Rule:</code> in the features for this rule yet.</p>\n</article>")
                && CATALOG.inArea(dev.abkit.catalog.Area.SEG).isEmpty());
    }

    private static Element byId(Document doc, String id) {
        NodeList all = doc.getElementsByTagName("article");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            if (id.equals(e.getAttribute("id"))) {
                return e;
            }
        }
        throw new AssertionError("no article with id " + id);
    }

    private static Document parse(String text) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }
}
