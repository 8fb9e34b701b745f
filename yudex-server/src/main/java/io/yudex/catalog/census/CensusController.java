package io.yudex.catalog.census;

import io.yudex.identity.Callers;
import io.yudex.platform.TableDownload;
import io.yudex.platform.InvalidInputException;
import java.io.IOException;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The census API: the template download and the all-or-nothing upload. */
@RestController
@RequestMapping("/api/v1/catalog/census")
class CensusController {


    private final CensusService census;

    CensusController(CensusService census) {
        this.census = census;
    }

    @GetMapping("/template")
    @PreAuthorize("hasAnyRole('PLATFORM_ADMIN', 'DEPT_ADMIN')")
    ResponseEntity<byte[]> template() {
        return TableDownload.xlsxAttachment(census.template(), "census-template.xlsx");
    }

    /**
     * 200 with the registered codes, or 422 with a {@code problems} list when anything in the file is wrong (then
     * nothing is registered). The part is optional here so a missing one is a 400 problem, not Spring's 500.
     */
    @PostMapping
    @PreAuthorize("hasAnyRole('PLATFORM_ADMIN', 'DEPT_ADMIN')")
    ResponseEntity<?> upload(@RequestParam(name = "file", required = false) MultipartFile file) throws IOException {
        if (file == null || file.isEmpty()) {
            throw InvalidInputException.of("file", "send the filled census template as the multipart part 'file'");
        }
        if (file.getSize() > CensusService.MAX_BYTES) {
            throw InvalidInputException.of("file", "a census workbook may be at most " + (CensusService.MAX_BYTES >> 20) + " MB");
        }
        CensusResult result = census.importFile(file.getBytes(), Callers.current());
        if (result.applied()) {
            return ResponseEntity.ok(result);
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
                result.problems().size() + " problems found in the census file; nothing was imported");
        problem.setType(URI.create("https://yudex.io/problems/census-rejected"));
        problem.setTitle("Census file rejected");
        problem.setProperty("problems", result.problems());
        return ResponseEntity.unprocessableContent().body(problem);
    }
}
