package io.yudex.opendata;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** The public rankings: most downloaded, most called through the open API, best rated — open datasets only. */
@Service
public class Rankings {

    /** One ranked dataset; {@code value} is the count, or the average stars for the best rated. */
    public record Entry(String code, String name, String department, double value, long count) {}

    public record Board(List<Entry> downloads, List<Entry> apiCalls, List<Entry> rated) {}

    private final PortalStatistics statistics;
    private final Ratings ratings;
    private final OpenCatalog open;

    Rankings(PortalStatistics statistics, Ratings ratings, OpenCatalog open) {
        this.statistics = statistics;
        this.ratings = ratings;
        this.open = open;
    }

    public Board board(int limit) {
        return new Board(usage("downloads", limit), usage("apiCalls", limit), rated(limit));
    }

    /** The most viewed open datasets of all time, for the home page. */
    public List<Entry> mostViewed(int limit) {
        return usage("views", limit);
    }

    /** Ranked by usage; datasets no longer open are left out, and so are those never used that way. */
    private List<Entry> usage(String by, int limit) {
        return statistics.allTime(by, limit * 3).stream()
                .filter(u -> open.find(u.key()).isPresent())
                .map(u -> new Entry(u.key(), u.name(), u.department(), switch (by) {
                    case "downloads" -> u.downloads();
                    case "apiCalls" -> u.apiCalls();
                    default -> u.views();
                }, 0))
                .filter(e -> e.value() > 0).limit(limit).toList();
    }

    private List<Entry> rated(int limit) {
        return ratings.best().entrySet().stream()
                .map((Map.Entry<String, Rating.Summary> e) -> open.find(e.getKey()).map(d -> new Entry(e.getKey(), d.resource().name(),
                        d.resource().providerName(), Math.round(e.getValue().average() * 10) / 10.0, e.getValue().count())))
                .flatMap(Optional::stream).limit(limit).toList();
    }
}
