package io.yudex.opendata;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * DCAT-AP 3.0 at stable URLs: {@code /dcat/catalog.ttl|.rdf|.jsonld} and {@code /dcat/datasets/{name}.ttl|.rdf|.jsonld};
 * without an extension ({@code /dcat/catalog}, {@code /dcat/datasets/{name}} — the URIs of the RDF resources themselves)
 * the Accept header chooses, Turtle by default.
 */
@RestController
class DcatController {

    private final OpenCatalog open;
    private final OpenDataProperties properties;

    DcatController(OpenCatalog open, OpenDataProperties properties) {
        this.open = open;
        this.properties = properties;
    }

    @GetMapping("/dcat/catalog")
    @PreAuthorize("permitAll()")
    ResponseEntity<byte[]> catalog(@RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        return catalog(DcatWriter.Format.ofAccept(accept));
    }

    @GetMapping("/dcat/catalog.{ext}")
    @PreAuthorize("permitAll()")
    ResponseEntity<byte[]> catalogAs(@PathVariable String ext) {
        return catalog(DcatWriter.Format.ofExtension(ext));
    }

    @GetMapping("/dcat/datasets/{name}")
    @PreAuthorize("permitAll()")
    ResponseEntity<byte[]> dataset(@PathVariable String name, @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        int dot = name.lastIndexOf('.');
        if (dot > 0) {
            return dataset(name.substring(0, dot), DcatWriter.Format.ofExtension(name.substring(dot + 1)));
        }
        return dataset(name, DcatWriter.Format.ofAccept(accept));
    }

    private ResponseEntity<byte[]> catalog(DcatWriter.Format format) {
        List<OpenDataset> all = open.all();
        Instant modified = all.stream().map(d -> d.resource().updatedAt()).max(Comparator.naturalOrder()).orElse(Instant.EPOCH);
        return rdf(new DcatWriter(site(), properties).catalog(all, modified).write(format), format);
    }

    private ResponseEntity<byte[]> dataset(String name, DcatWriter.Format format) {
        OpenDataset d = open.get(CkanPackages.code(name));
        return rdf(new DcatWriter(site(), properties).single(d).write(format), format);
    }

    private static ResponseEntity<byte[]> rdf(byte[] body, DcatWriter.Format format) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(format.mediaType + ";charset=UTF-8"))
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT).body(body);
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<String> badFormat(IllegalArgumentException e) {
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).contentType(MediaType.TEXT_PLAIN).body(e.getMessage());
    }

    private static String site() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
    }
}
