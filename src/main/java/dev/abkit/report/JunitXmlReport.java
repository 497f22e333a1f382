package dev.abkit.report;

import dev.abkit.conformance.ConformanceReport;
import dev.abkit.conformance.RunProvenance;
import dev.abkit.conformance.Verdict;
import dev.abkit.vectors.CaseResult;
import java.io.StringWriter;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The JUnit XML report ({@code junit.xml}) in the common Ant/Surefire layout CI servers read: one {@code testsuite}
 * per group (vectors of a subject and area, examples of a feature file), one {@code testcase} per vector or example
 * with the group as classname, {@code failure} with the message, {@code skipped} with the reason. A known failure
 * (listed in the expected-failures file) is reported as skipped with its reason; a listed case that passed is a
 * failure.
 */
public final class JunitXmlReport {
    private JunitXmlReport() {
    }

    /** The report as XML text. */
    public static String write(ConformanceReport report) {
        Document doc = newDocument();
        Element suites = doc.createElement("testsuites");
        doc.appendChild(suites);
        List<Verdict> all = report.verdicts();
        suites.setAttribute("name", "abkit " + report.provenance().implementationName());
        suites.setAttribute("tests", Integer.toString(all.size()));
        suites.setAttribute("failures", Long.toString(all.stream().filter(Verdict::isFailure).count()));
        suites.setAttribute("errors", "0");
        suites.setAttribute("skipped", Long.toString(all.stream().filter(JunitXmlReport::isSkipped).count()));
        suites.setAttribute("time", seconds(report.nanos()));
        Map<String, List<Verdict>> groups = new LinkedHashMap<>();
        for (Verdict v : all) {
            groups.computeIfAbsent(v.group(), g -> new java.util.ArrayList<>()).add(v);
        }
        String timestamp = timestamp(report.provenance());
        int id = 0;
        for (Map.Entry<String, List<Verdict>> group : groups.entrySet()) {
            suites.appendChild(suite(doc, report.provenance(), group.getKey(), group.getValue(), id++, timestamp));
        }
        return serialise(doc);
    }

    private static Element suite(Document doc, RunProvenance provenance, String name, List<Verdict> cases, int id,
            String timestamp) {
        Element suite = doc.createElement("testsuite");
        suite.setAttribute("name", name);
        suite.setAttribute("tests", Integer.toString(cases.size()));
        suite.setAttribute("failures", Long.toString(cases.stream().filter(Verdict::isFailure).count()));
        suite.setAttribute("errors", "0");
        suite.setAttribute("skipped", Long.toString(cases.stream().filter(JunitXmlReport::isSkipped).count()));
        suite.setAttribute("time", seconds(cases.stream().mapToLong(Verdict::nanos).sum()));
        suite.setAttribute("timestamp", timestamp);
        suite.setAttribute("hostname", "localhost");
        suite.setAttribute("id", Integer.toString(id));
        suite.setAttribute("package", name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name);
        Element properties = doc.createElement("properties");
        property(doc, properties, "abkit.version", provenance.kitVersion());
        property(doc, properties, "implementation", provenance.implementationName() + " "
                + provenance.implementationVersion());
        property(doc, properties, "profile", provenance.profile());
        property(doc, properties, "vectors.sha256", provenance.vectorSha256());
        suite.appendChild(properties);
        for (Verdict v : cases) {
            Element testcase = doc.createElement("testcase");
            testcase.setAttribute("name", clean(v.id()));
            testcase.setAttribute("classname", v.group());
            testcase.setAttribute("time", seconds(v.nanos()));
            if (v.isFailure()) {
                Element failure = doc.createElement("failure");
                failure.setAttribute("message", clean(firstLine(v.message())));
                failure.setAttribute("type", v.status() == CaseResult.Status.UNEXPECTED_PASS
                        ? "UnexpectedPass" : "ConformanceFailure");
                failure.setTextContent(clean(v.message() + "\nrules: " + v.rules() + (v.location().isEmpty() ? ""
                        : "\nat: " + v.location())));
                testcase.appendChild(failure);
            } else if (isSkipped(v)) {
                Element skipped = doc.createElement("skipped");
                skipped.setAttribute("message", clean(v.message()));
                testcase.appendChild(skipped);
            }
            suite.appendChild(testcase);
        }
        suite.appendChild(doc.createElement("system-out"));
        suite.appendChild(doc.createElement("system-err"));
        return suite;
    }

    private static boolean isSkipped(Verdict v) {
        return v.status() == CaseResult.Status.SKIPPED || v.status() == CaseResult.Status.EXPECTED_FAILURE;
    }

    private static void property(Document doc, Element properties, String name, String value) {
        Element property = doc.createElement("property");
        property.setAttribute("name", name);
        property.setAttribute("value", clean(value));
        properties.appendChild(property);
    }

    /** Ant's schema wants a local date-time without zone; the run's start is written in UTC. */
    private static String timestamp(RunProvenance provenance) {
        try {
            return LocalDateTime.ofInstant(java.time.Instant.parse(provenance.started()), ZoneOffset.UTC)
                    .truncatedTo(ChronoUnit.SECONDS).toString();
        } catch (DateTimeParseException e) {
            return LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS).toString();
        }
    }

    private static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.3f", nanos / 1e9);
    }

    private static String firstLine(String text) {
        int cut = text.indexOf('\n');
        return cut < 0 ? text : text.substring(0, cut);
    }

    /** Drops the characters XML 1.0 cannot carry (control characters other than tab and line breaks). */
    private static String clean(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().filter(c -> c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000).forEach(out::appendCodePoint);
        return out.toString();
    }

    private static Document newDocument() {
        try {
            return DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("no XML document builder", e);
        }
    }

    private static String serialise(Document doc) {
        try {
            Transformer transformer = TransformerFactory.newInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.INDENT, "yes");
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            transformer.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");
            doc.setXmlStandalone(true);
            StringWriter out = new StringWriter();
            transformer.transform(new DOMSource(doc), new StreamResult(out));
            return out.toString();
        } catch (TransformerException e) {
            throw new IllegalStateException("cannot write the JUnit XML report", e);
        }
    }
}
