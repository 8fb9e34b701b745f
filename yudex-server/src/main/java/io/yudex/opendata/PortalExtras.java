package io.yudex.opendata;

import io.yudex.identity.PublicUser;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the home and dataset pages show beyond the catalog: usage counts, most used and best rated datasets, column
 * charts, related datasets, ratings and the applications built on a dataset. Model attributes, so the page controller
 * only adds them.
 */
@Component
class PortalExtras {

    static final int RELATED = 5;

    private final OpenCatalog open;
    private final UsageCounter usage;
    private final ColumnCharts charts;
    private final Ratings ratings;
    private final Rankings rankings;
    private final Showcase showcase;
    private final JsonMapper json;

    PortalExtras(OpenCatalog open, UsageCounter usage, ColumnCharts charts, Ratings ratings, Rankings rankings, Showcase showcase,
            JsonMapper json) {
        this.json = json;
        this.open = open;
        this.usage = usage;
        this.charts = charts;
        this.ratings = ratings;
        this.rankings = rankings;
        this.showcase = showcase;
    }

    Map<String, Object> home(boolean zh) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("apiCallCount", usage.totalApiCalls());
        m.put("mostUsed", rankings.mostViewed(6));
        m.put("showcaseCount", showcase.approved().size());
        Map<String, String> themeLinks = new java.util.HashMap<>();
        for (io.yudex.catalog.Library l : io.yudex.catalog.Library.values()) {
            themeLinks.put(l.label(zh), l.name());
        }
        m.put("themeLinks", themeLinks);
        return m;
    }

    Map<String, Object> dataset(OpenDataset d, List<OpenDataset> all, java.util.Optional<PublicUser> user) {
        String code = d.resource().code();
        Map<String, Object> m = new LinkedHashMap<>();
        List<ColumnCharts.Chart> columnCharts = charts.of(d);
        m.put("charts", columnCharts);
        // "</" must not end the script element early
        m.put("chartJson", json.writeValueAsString(columnCharts).replace("</", "<\\/"));
        m.put("related", RelatedDatasets.of(d.resource(), all, RELATED));
        m.put("ratingSummary", ratings.summary(code));
        m.put("ratings", ratings.of(code, 50));
        // public accounts rate on the portal; the department replies in the console (/opendata/community)
        m.put("myRating", user.flatMap(u -> ratings.byAuthor(code, Participants.person(u))).orElse(null));
        m.put("canRate", user.isPresent());
        m.put("apps", showcase.using(code));
        return m;
    }

    List<OpenDataset> all() {
        return open.all();
    }
}
