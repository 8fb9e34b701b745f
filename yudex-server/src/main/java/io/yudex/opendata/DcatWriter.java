package io.yudex.opendata;

import io.yudex.catalog.Resource;
import io.yudex.catalog.UpdateCycle;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.vocabulary.RDF;

/**
 * The open datasets as DCAT-AP 3.0: a dcat:Catalog with its publisher, one dcat:Dataset per open dataset (publisher,
 * contact point, theme, keywords, frequency, access rights, landing page, modified/issued dates) with a
 * dcat:Distribution per download format of its current release (access and download URL, format, media type,
 * licence), and a dcat:DataService for the CKAN API. Controlled values use the EU vocabularies DCAT-AP names
 * (file types, frequencies, access rights, languages), and every object is typed with the class the shapes expect.
 */
final class DcatWriter {

    static final String DCAT = "http://www.w3.org/ns/dcat#";
    static final String DCT = "http://purl.org/dc/terms/";
    static final String FOAF = "http://xmlns.com/foaf/0.1/";
    static final String VCARD = "http://www.w3.org/2006/vcard/ns#";
    static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    static final String EU = "http://publications.europa.eu/resource/authority/";

    private final Model m = ModelFactory.createDefaultModel();
    private final String site;
    private final OpenDataProperties props;

    DcatWriter(String site, OpenDataProperties props) {
        this.site = site;
        this.props = props;
        m.setNsPrefix("dcat", DCAT);
        m.setNsPrefix("dct", DCT);
        m.setNsPrefix("foaf", FOAF);
        m.setNsPrefix("vcard", VCARD);
        m.setNsPrefix("skos", SKOS);
        m.setNsPrefix("xsd", XSDDatatype.XSD + "#");
    }

    /** Serialisations offered, by file extension. */
    enum Format {
        TTL("text/turtle", RDFFormat.TURTLE_PRETTY),
        RDF("application/rdf+xml", RDFFormat.RDFXML_PRETTY),
        JSONLD("application/ld+json", RDFFormat.JSONLD11);

        final String mediaType;
        final RDFFormat rdf;

        Format(String mediaType, RDFFormat rdf) {
            this.mediaType = mediaType;
            this.rdf = rdf;
        }

        static Format ofExtension(String ext) {
            return switch (ext.toLowerCase(Locale.ROOT)) {
                case "ttl" -> TTL;
                case "rdf", "xml" -> RDF;
                case "jsonld", "json" -> JSONLD;
                default -> throw new IllegalArgumentException("Unknown DCAT format ." + ext + "; use .ttl, .rdf or .jsonld");
            };
        }

        /** The best format for an Accept header; Turtle when nothing matches. */
        static Format ofAccept(String accept) {
            String a = accept == null ? "" : accept.toLowerCase(Locale.ROOT);
            if (a.contains("application/ld+json") || a.contains("application/json")) return JSONLD;
            if (a.contains("application/rdf+xml") || a.contains("application/xml")) return RDF;
            return TTL;
        }
    }

    String catalogUri() {
        return site + "/dcat/catalog";
    }

    String datasetUri(String code) {
        return site + "/dcat/datasets/" + CkanPackages.name(code);
    }

    /** The whole catalogue. */
    DcatWriter catalog(List<OpenDataset> datasets, Instant modified) {
        var catalog = m.createResource(catalogUri(), m.createResource(DCAT + "Catalog"));
        catalog.addProperty(p(DCT, "title"), m.createLiteral("河南省公共数据开放平台", "zh"));
        catalog.addProperty(p(DCT, "title"), m.createLiteral("Henan Public Data Open Platform", "en"));
        catalog.addProperty(p(DCT, "description"), m.createLiteral("河南省政务部门依法向社会开放的公共数据目录。", "zh"));
        catalog.addProperty(p(DCT, "description"), m.createLiteral("Open data of the provincial government departments of Henan.", "en"));
        catalog.addProperty(p(DCT, "publisher"), agent(site + "/dcat/publisher", props.publisherName()));
        catalog.addProperty(p(FOAF, "homepage"), typed(site + "/open", FOAF + "Document"));
        catalog.addProperty(p(DCT, "language"), typed(EU + "language/ZHO", DCT + "LinguisticSystem"));
        catalog.addProperty(p(DCT, "license"), licence());
        catalog.addProperty(p(DCT, "modified"), dateTime(modified));
        var service = dataService(datasets);
        catalog.addProperty(p(DCAT, "service"), service);
        for (OpenDataset d : datasets) {
            catalog.addProperty(p(DCAT, "dataset"), dataset(d));
        }
        return this;
    }

    /** One dataset (with the catalogue's data service that serves it). */
    DcatWriter single(OpenDataset d) {
        dataset(d);
        return this;
    }

    byte[] write(Format format) {
        var out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, m, format.rdf);
        return out.toByteArray();
    }

    Model model() {
        return m;
    }

    private org.apache.jena.rdf.model.Resource dataService(List<OpenDataset> datasets) {
        var service = m.createResource(site + "/dcat/services/ckan", m.createResource(DCAT + "DataService"));
        service.addProperty(p(DCT, "title"), m.createLiteral("CKAN Action API", "en"));
        service.addProperty(p(DCT, "title"), m.createLiteral("CKAN 兼容接口", "zh"));
        service.addProperty(p(DCAT, "endpointURL"), m.createResource(site + "/api/3/action/"));
        service.addProperty(p(DCAT, "endpointDescription"), m.createResource(site + "/api/3/action/status_show"));
        service.addProperty(p(DCT, "publisher"), agent(site + "/dcat/publisher", props.publisherName()));
        service.addProperty(p(DCT, "license"), licence());
        for (OpenDataset d : datasets) {
            service.addProperty(p(DCAT, "servesDataset"), m.createResource(datasetUri(d.resource().code())));
        }
        return service;
    }

    private org.apache.jena.rdf.model.Resource dataset(OpenDataset d) {
        Resource r = d.resource();
        var ds = m.createResource(datasetUri(r.code()), m.createResource(DCAT + "Dataset"));
        ds.addProperty(p(DCT, "title"), m.createLiteral(r.name(), "zh"));
        ds.addProperty(p(DCT, "description"), m.createLiteral(r.summary(), "zh"));
        ds.addProperty(p(DCT, "identifier"), r.code());
        ds.addProperty(p(DCT, "publisher"), agent(site + "/dcat/organisations/" + CkanPackages.organisationName(r.providerCode()), r.providerName()));
        if (r.contact() != null) {
            var contact = m.createResource(site + "/dcat/organisations/" + CkanPackages.organisationName(r.providerCode()) + "/contact",
                    m.createResource(VCARD + "Kind"));
            contact.addProperty(p(VCARD, "fn"), r.providerName() + " " + r.contact().name());
            if (r.contact().email() != null && !r.contact().email().isBlank()) {
                contact.addProperty(p(VCARD, "hasEmail"), m.createResource("mailto:" + r.contact().email().strip()));
            }
            if (r.contact().phone() != null && !r.contact().phone().isBlank()) {
                contact.addProperty(p(VCARD, "hasTelephone"), m.createResource("tel:" + r.contact().phone().strip().replace(" ", "")));
            }
            ds.addProperty(p(DCAT, "contactPoint"), contact);
        }
        var theme = m.createResource(site + "/dcat/themes/" + CkanPackages.groupName(r), m.createResource(SKOS + "Concept"));
        theme.addProperty(p(SKOS, "prefLabel"), m.createLiteral(r.library() == null ? "部门资源" : r.library().zh(), "zh"));
        ds.addProperty(p(DCAT, "theme"), theme);
        r.tags().forEach(t -> ds.addProperty(p(DCAT, "keyword"), m.createLiteral(t, "zh")));
        ds.addProperty(p(DCT, "accrualPeriodicity"), typed(EU + "frequency/" + frequency(r.updateCycle()), DCT + "Frequency"));
        ds.addProperty(p(DCT, "accessRights"), typed(EU + "access-right/" + (d.downloadable() ? "PUBLIC" : "RESTRICTED"), DCT + "RightsStatement"));
        ds.addProperty(p(DCAT, "landingPage"), typed(site + "/open/datasets/" + r.code(), FOAF + "Document"));
        ds.addProperty(p(DCT, "modified"), dateTime(r.updatedAt()));
        if (r.releaseDate() != null) {
            ds.addProperty(p(DCT, "issued"), m.createTypedLiteral(r.releaseDate().toString(), XSDDatatype.XSDdate));
        }
        if (d.downloadable()) {
            for (String format : ReleaseExport.FORMATS) {
                ds.addProperty(p(DCAT, "distribution"), distribution(d, format));
            }
        }
        return ds;
    }

    private org.apache.jena.rdf.model.Resource distribution(OpenDataset d, String format) {
        String url = CkanPackages.downloadUrl(site, d.resource().code(), format);
        var dist = m.createResource(datasetUri(d.resource().code()) + "/distributions/" + format, m.createResource(DCAT + "Distribution"));
        dist.addProperty(p(DCT, "title"), m.createLiteral(d.resource().name() + " (" + format.toUpperCase(Locale.ROOT) + ")", "zh"));
        dist.addProperty(p(DCAT, "accessURL"), m.createResource(url));
        dist.addProperty(p(DCAT, "downloadURL"), m.createResource(url));
        dist.addProperty(p(DCT, "format"), typed(EU + "file-type/" + format.toUpperCase(Locale.ROOT), DCT + "MediaTypeOrExtent"));
        String media = ReleaseExport.contentType(format).replaceFirst(";.*", "");
        dist.addProperty(p(DCAT, "mediaType"), typed("http://www.iana.org/assignments/media-types/" + media, DCT + "MediaType"));
        dist.addProperty(p(DCT, "license"), licence());
        dist.addProperty(p(DCT, "modified"), dateTime(d.release().createdAt()));
        return dist;
    }

    private org.apache.jena.rdf.model.Resource agent(String uri, String name) {
        var agent = m.createResource(uri, m.createResource(FOAF + "Agent"));
        if (!agent.hasProperty(p(FOAF, "name"))) {
            agent.addProperty(p(FOAF, "name"), m.createLiteral(name, "zh"));
        }
        return agent;
    }

    private org.apache.jena.rdf.model.Resource licence() {
        var licence = typed(props.licence(), DCT + "LicenseDocument");
        if (!licence.hasProperty(p(DCT, "title"))) {
            licence.addProperty(p(DCT, "title"), props.licenceTitle());
        }
        return licence;
    }

    private org.apache.jena.rdf.model.Resource typed(String uri, String type) {
        var r = m.createResource(uri);
        r.addProperty(RDF.type, m.createResource(type));
        return r;
    }

    private Literal dateTime(Instant at) {
        return m.createTypedLiteral(at.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString(), XSDDatatype.XSDdateTime);
    }

    private Property p(String ns, String local) {
        return m.createProperty(ns, local);
    }

    /** The EU frequency vocabulary's term for an update cycle. */
    static String frequency(UpdateCycle cycle) {
        return switch (cycle) {
            case REALTIME -> "UPDATE_CONT";
            case DAILY -> "DAILY";
            case WEEKLY -> "WEEKLY";
            case MONTHLY -> "MONTHLY";
            case QUARTERLY -> "QUARTERLY";
            case HALF_YEARLY -> "ANNUAL_2";
            case YEARLY -> "ANNUAL";
        };
    }
}
