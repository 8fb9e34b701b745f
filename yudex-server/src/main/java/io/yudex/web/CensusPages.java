package io.yudex.web;

import io.yudex.catalog.census.CensusService;
import io.yudex.identity.Callers;
import io.yudex.platform.TableDownload;
import io.yudex.platform.InvalidInputException;
import java.io.IOException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** Console page of the census registration (普查登记): template download, upload, and the outcome row by row. */
@Controller
class CensusPages {


    private final CensusService census;

    CensusPages(CensusService census) {
        this.census = census;
    }

    @GetMapping("/catalog/census")
    @PreAuthorize("hasAnyRole('PLATFORM_ADMIN', 'DEPT_ADMIN')")
    String page() {
        return "catalog/census";
    }

    @GetMapping("/catalog/census/template")
    @PreAuthorize("hasAnyRole('PLATFORM_ADMIN', 'DEPT_ADMIN')")
    ResponseEntity<byte[]> template() {
        return TableDownload.xlsxAttachment(census.template(), "census-template.xlsx");
    }

    /** The part is optional so a form sent without a file gets the page with a hint, not an error page. */
    @PostMapping("/catalog/census")
    @PreAuthorize("hasAnyRole('PLATFORM_ADMIN', 'DEPT_ADMIN')")
    String upload(@RequestParam(name = "file", required = false) MultipartFile file, Model model) throws IOException {
        if (file == null || file.isEmpty()) {
            model.addAttribute("missingFile", true);
        } else if (file.getSize() > CensusService.MAX_BYTES) {
            throw InvalidInputException.of("file", "a census workbook may be at most " + (CensusService.MAX_BYTES >> 20) + " MB");
        } else {
            model.addAttribute("result", census.importFile(file.getBytes(), Callers.current()));
        }
        return "catalog/census";
    }
}
