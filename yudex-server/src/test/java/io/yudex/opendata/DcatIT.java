package io.yudex.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import io.yudex.support.Api;
import io.yudex.support.IntegrationTest;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The DCAT-AP output against the official DCAT-AP 3.0.1 SHACL shapes (test resources, source named in their README):
 * any violation fails. Warnings (recommended properties) are allowed but counted.
 */
class DcatIT extends IntegrationTest {

    private static Shapes shapes;

    @BeforeAll
    static void loadShapes() {
        Graph g = RDFDataMgr.loadGraph("dcat-ap-3.0.1/shapes.ttl");
        RDFDataMgr.read(g, "dcat-ap-3.0.1/range.ttl");
        RDFDataMgr.read(g, "dcat-ap-3.0.1/shapes_recommended.ttl");
        shapes = Shapes.parse(g);
    }

    private void released() {
        String code = OpenDataFixture.code(api(), PASSWORD);
        Api.Response r = api().post("/api/v1/opendata/releases", token("scjgj_admin"), OpenDataFixture.passingPlan(code));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
    }

    private Model read(String path, Lang lang) {
        Api.Response r = api().get(path, null);
        assertThat(r.status()).as(path + " " + r.body()).isEqualTo(200);
        Model m = ModelFactory.createDefaultModel();
        RDFDataMgr.read(m, new ByteArrayInputStream(r.bytes()), lang);
        return m;
    }

    private static void assertConforms(Model m) {
        ValidationReport report = ShaclValidator.get().validate(shapes, m.getGraph());
        var violations = report.getEntries().stream().filter(e -> e.severity() == Severity.Violation).toList();
        if (!violations.isEmpty()) {
            ShLib.printReport(report);
        }
        assertThat(violations).as("DCAT-AP 3.0.1 violations").isEmpty();
    }

    @Test
    void catalogue_inEveryFormat_conformsToDcatAp301() {
        released();
        for (var f : List.of(Map.entry("/dcat/catalog.ttl", Lang.TURTLE), Map.entry("/dcat/catalog.rdf", Lang.RDFXML),
                Map.entry("/dcat/catalog.jsonld", Lang.JSONLD))) {
            Model m = read(f.getKey(), f.getValue());
            assertThat(m.listSubjectsWithProperty(RDF.type, m.createResource(DcatWriter.DCAT + "Dataset")).toList()).as(f.getKey()).isNotEmpty();
            assertThat(m.listSubjectsWithProperty(RDF.type, m.createResource(DcatWriter.DCAT + "Distribution")).toList()).isNotEmpty();
            assertThat(m.listSubjectsWithProperty(RDF.type, m.createResource(DcatWriter.DCAT + "DataService")).toList()).hasSize(1);
            assertConforms(m);
        }
    }

    @Test
    void dataset_conformsAndNamesItsDistributions() {
        released();
        String name = OpenDataFixture.code(api(), PASSWORD).replace('/', '-');
        Model m = read("/dcat/datasets/" + name + ".ttl", Lang.TURTLE);
        assertConforms(m);
        assertThat(m.listObjectsOfProperty(m.createProperty(DcatWriter.DCAT, "downloadURL")).toList())
                .anySatisfy(u -> assertThat(u.toString()).endsWith("/download.csv"));
    }

    @Test
    void validator_catchesAViolation_soTheTestCanFail() {
        Model broken = ModelFactory.createDefaultModel();
        broken.createResource("http://example.org/d", broken.createResource(DcatWriter.DCAT + "Dataset"));
        ValidationReport report = ShaclValidator.get().validate(shapes, broken.getGraph());
        assertThat(report.conforms()).as("a dataset without title and description").isFalse();
    }

    @Test
    void contentNegotiation_andStableUrls() throws Exception {
        released();
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> jsonld = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/dcat/catalog"))
                .header("Accept", "application/ld+json").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(jsonld.statusCode()).isEqualTo(200);
        assertThat(jsonld.headers().firstValue("Content-Type").orElse("")).startsWith("application/ld+json");
        HttpResponse<String> xml = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/dcat/catalog"))
                .header("Accept", "application/rdf+xml").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(xml.headers().firstValue("Content-Type").orElse("")).startsWith("application/rdf+xml");
        assertThat(api().get("/dcat/catalog", null).contentType()).startsWith("text/turtle");
        assertThat(api().get("/dcat/catalog.exe", null).status()).isEqualTo(400);
        assertThat(api().get("/dcat/datasets/101001-000001.ttl", null).status()).as("不予开放").isEqualTo(404);
    }
}
