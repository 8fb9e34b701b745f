package io.yudex.opendata;

import io.yudex.identity.PublicAccounts;
import io.yudex.identity.PublicUser;
import io.yudex.platform.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import tools.jackson.databind.json.JsonMapper;

/**
 * Downloads of a conditionally open dataset's current release by the signed-in user whose application is approved
 * and running; each download is recorded under the application and audited before a row leaves.
 */
@Controller
class ConditionalDownloads {

    private final OpenCatalog open;
    private final ReleaseService releases;
    private final OpenApplications applications;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;
    private final Clock clock;

    ConditionalDownloads(OpenCatalog open, ReleaseService releases, OpenApplications applications, ApplicationEventPublisher events,
            JsonMapper json, Clock clock) {
        this.open = open;
        this.releases = releases;
        this.applications = applications;
        this.events = events;
        this.json = json;
        this.clock = clock;
    }

    @GetMapping("/open/account/datasets/{classification}/{sequence}/download.{format}")
    @PreAuthorize("hasRole('PUBLIC')")
    void download(@PathVariable String classification, @PathVariable String sequence, @PathVariable String format,
            HttpServletResponse response) throws IOException {
        String contentType = ReleaseExport.contentType(format);
        PublicUser me = PublicAccounts.current().orElseThrow(() -> new org.springframework.security.access.AccessDeniedException("log in first"));
        OpenDataset d = open.get(classification + "/" + sequence);
        if (d.resource().openType() != io.yudex.catalog.OpenType.CONDITIONAL || d.release() == null) {
            throw new NotFoundException("Dataset " + d.resource().code() + " has no release open on application");
        }
        OpenApplication granted = applications.active(me.id(), d.resource().code());
        applications.recordAccess(granted, me.actor(), "DOWNLOAD", null, "format=" + format, d.release().rowCount());
        events.publishEvent(new OpenDataUsed(d.resource().code(), OpenDataUsed.DOWNLOAD, format, d.release().id(), clock.instant()));
        response.setContentType(contentType);
        String file = d.resource().code().replace('/', '-') + "-r" + d.release().id() + "." + format;
        response.setHeader("Content-Disposition", ContentDisposition.attachment().filename(file, StandardCharsets.UTF_8).build().toString());
        ReleaseExport.write(releases.data(d.resource(), d.release()), format, LocaleContextHolder.getLocale().getLanguage().equals("zh"), json,
                response.getOutputStream());
    }
}
