package io.yudex.web;

import io.yudex.catalog.CatalogService;
import io.yudex.catalog.Resource;
import io.yudex.catalog.Sensitivity;
import io.yudex.data.LoadMode;
import io.yudex.identity.Callers;
import io.yudex.ingest.batch.Batch;
import io.yudex.ingest.batch.BatchReruns;
import io.yudex.ingest.batch.BatchService;
import io.yudex.ingest.batch.BatchSource;
import io.yudex.ingest.batch.RejectDownload;
import io.yudex.ingest.batch.Upload;
import io.yudex.ingest.batch.UploadStore;
import io.yudex.platform.ConflictException;
import io.yudex.platform.ForbiddenException;
import io.yudex.platform.InvalidInputException;
import io.yudex.platform.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Console pages of a resource's data: upload a file, follow the loads, quarantine, profile, roll back. */
@Controller
class DataPages {

    private final CatalogService catalog;
    private final BatchService batches;
    private final BatchReruns reruns;
    private final UploadStore uploads;
    private final Clock clock;

    DataPages(CatalogService catalog, BatchService batches, BatchReruns reruns, UploadStore uploads, Clock clock) {
        this.catalog = catalog;
        this.batches = batches;
        this.reruns = reruns;
        this.uploads = uploads;
        this.clock = clock;
    }

    @GetMapping("/catalog/data")
    @PreAuthorize("hasAnyRole('PLATFORM_ADMIN', 'DEPT_ADMIN', 'AUDITOR')")
    String page(@RequestParam String code, Model model) {
        Resource r = catalog.get(code, Callers.current());
        model.addAttribute("r", r);
        model.addAttribute("modes", LoadMode.values());
        model.addAttribute("rows", batches.rows(code, null, 0, 20, Callers.current()));
        return batchesInto(code, model, "catalog/data");
    }

    /** The batch table alone, polled by htmx while a load runs. */
    @GetMapping("/catalog/data/batches")
    @PreAuthorize("hasAnyRole('PLATFORM_ADMIN', 'DEPT_ADMIN', 'AUDITOR')")
    String batchTable(@RequestParam String code, Model model) {
        model.addAttribute("r", catalog.get(code, Callers.current()));
        return batchesInto(code, model, "catalog/data :: batches");
    }

    /** Loads the file at once, or with {@code review} first shows its columns to check and edit the mapping. */
    @PostMapping("/catalog/data/upload")
    @PreAuthorize("hasAnyRole('PLATFORM_ADMIN', 'DEPT_ADMIN')")
    String upload(@RequestParam String code, @RequestParam(required = false) MultipartFile file, @RequestParam(defaultValue = "FULL_REPLACE") LoadMode mode,
            @RequestParam(defaultValue = "false") boolean force, @RequestParam(defaultValue = "false") boolean review, HttpSession session,
            RedirectAttributes redirect) throws IOException {
        try {
            if (file == null || file.isEmpty()) {
                throw InvalidInputException.of("file", "choose a file to upload");
            }
            Upload upload;
            try (InputStream in = file.getInputStream()) {
                upload = uploads.save(in, file.getOriginalFilename(), null);
            }
            if (review) {
                String token = PendingUploads.of(session).put(upload);
                return "redirect:/catalog/data/mapping?code=" + URLEncoder.encode(code, StandardCharsets.UTF_8) + "&token=" + token
                        + "&mode=" + mode.name() + "&force=" + force;
            }
            started(batches.load(code, upload, BatchSource.FILE, mode, force, Callers.current()), redirect);
        } catch (InvalidInputException | ConflictException | ForbiddenException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return back(code);
    }

    /** The columns of an uploaded file, each with a few values and the data item it will feed, to edit before loading. */
    @GetMapping("/catalog/data/mapping")
    @PreAuthorize("hasAnyRole('PLATFORM_ADMIN', 'DEPT_ADMIN')")
    String mapping(@RequestParam String code, @RequestParam String token, @RequestParam(defaultValue = "FULL_REPLACE") LoadMode mode,
            @RequestParam(defaultValue = "false") boolean force, HttpSession session, Model model, RedirectAttributes redirect) {
        Upload upload = PendingUploads.of(session).get(token);
        if (upload == null) {
            redirect.addFlashAttribute("errorKey", "mapping.expired");
            return back(code);
        }
        try {
            model.addAttribute("preview", batches.preview(code, upload, Callers.current()));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("error", e.getMessage());
            return back(code);
        }
        model.addAttribute("r", catalog.get(code, Callers.current()));
        model.addAttribute("upload", upload);
        model.addAttribute("token", token);
        model.addAttribute("mode", mode);
        model.addAttribute("force", force);
        return "catalog/mapping";
    }

    /** Starts the load of a reviewed upload with the mapping as edited: fields {@code map[<column>]} name the data item or are empty. */
    @PostMapping("/catalog/data/start")
    @PreAuthorize("hasAnyRole('PLATFORM_ADMIN', 'DEPT_ADMIN')")
    String start(@RequestParam String code, @RequestParam String token, @RequestParam(defaultValue = "FULL_REPLACE") LoadMode mode,
            @RequestParam(defaultValue = "false") boolean force, @RequestParam Map<String, String> form, HttpSession session,
            RedirectAttributes redirect) {
        Upload upload = PendingUploads.of(session).get(token);
        if (upload == null) {
            redirect.addFlashAttribute("errorKey", "mapping.expired");
            return back(code);
        }
        Map<String, String> mapping = new LinkedHashMap<>();
        form.forEach((k, v) -> {
            if (k.startsWith("map[") && k.endsWith("]")) {
                mapping.put(k.substring(4, k.length() - 1), v);
            }
        });
        try {
            started(batches.load(code, upload, mapping, BatchSource.FILE, mode, force, Callers.current()), redirect);
            PendingUploads.of(session).remove(token);
        } catch (InvalidInputException | ConflictException | ForbiddenException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return back(code);
    }

    private static void started(Batch b, RedirectAttributes redirect) {
        redirect.addFlashAttribute("message", "data.started");
        redirect.addFlashAttribute("startedBatch", b.id());
    }

    @PostMapping("/catalog/data/cancel")
    @PreAuthorize("hasAnyRole('PLATFORM_ADMIN', 'DEPT_ADMIN')")
    String cancel(@RequestParam String code, @RequestParam long id, RedirectAttributes redirect) {
        return ConsoleActions.act(data(code), redirect, () -> batches.cancel(id, Callers.current()));
    }

    @PostMapping("/catalog/data/rerun")
    @PreAuthorize("hasAnyRole('PLATFORM_ADMIN', 'DEPT_ADMIN')")
    String rerun(@RequestParam String code, @RequestParam long id, RedirectAttributes redirect) {
        try {
            started(reruns.rerun(id, Callers.current()), redirect);
        } catch (InvalidInputException | ConflictException | ForbiddenException | NotFoundException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return back(code);
    }

    /** Takes the sensitivity a profile suggested for a data item into the catalog. */
    @PostMapping("/catalog/data/sensitivity")
    @PreAuthorize("hasAnyRole('PLATFORM_ADMIN', 'DEPT_ADMIN')")
    String confirmSensitivity(@RequestParam String code, @RequestParam long batch, @RequestParam String item,
            @RequestParam Sensitivity sensitivity, RedirectAttributes redirect) {
        return ConsoleActions.act("/catalog/data/profile?id=" + batch, redirect,
                () -> catalog.confirmSensitivity(code, item, sensitivity, Callers.current()));
    }

    @PostMapping("/catalog/data/rollback")
    @PreAuthorize("hasAnyRole('PLATFORM_ADMIN', 'DEPT_ADMIN')")
    String rollback(@RequestParam String code, @RequestParam long toBatch, RedirectAttributes redirect) {
        return ConsoleActions.act(data(code), redirect, () -> batches.rollback(code, toBatch, Callers.current()));
    }

    @GetMapping("/catalog/data/profile")
    @PreAuthorize("hasAnyRole('PLATFORM_ADMIN', 'DEPT_ADMIN', 'AUDITOR')")
    String profile(@RequestParam long id, Model model) {
        Batch b = batches.get(id, Callers.current());
        model.addAttribute("b", b);
        model.addAttribute("r", catalog.get(b.resourceCode(), Callers.current()));
        model.addAttribute("columns", batches.profile(id, Callers.current()));
        model.addAttribute("rejects", batches.rejects(id, 0, 50, Callers.current()));
        return "catalog/profile";
    }

    /** The quarantine as CSV or, with {@code format=xlsx}, a workbook. */
    @GetMapping("/catalog/data/rejects")
    @PreAuthorize("hasAnyRole('PLATFORM_ADMIN', 'DEPT_ADMIN', 'AUDITOR')")
    void rejects(@RequestParam long id, @RequestParam(defaultValue = "csv") String format, HttpServletResponse response) throws IOException {
        RejectDownload.send(id, batches.rejects(id, 0, 1_000_000, Callers.current()), format, response);
    }

    private String batchesInto(String code, Model model, String view) {
        List<Batch> list = batches.ofResource(code, Callers.current());
        model.addAttribute("batches", list);
        model.addAttribute("now", clock.instant());
        model.addAttribute("anyRunning", list.stream().anyMatch(b -> !b.status().finished()));
        return view;
    }

    private static String back(String code) {
        return "redirect:" + data(code);
    }

    private static String data(String code) {
        return "/catalog/data?code=" + URLEncoder.encode(code, StandardCharsets.UTF_8);
    }
}
