package io.yudex.opendata;

import io.yudex.catalog.Resource;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Datasets related to one: shared tags weigh most (3 each), then the same base or theme library (2), then the same
 * department (1); ties go to the newest. Computed over the open list, which holds a few thousand entries at most.
 */
final class RelatedDatasets {

    private RelatedDatasets() {}

    static List<OpenDataset> of(Resource target, List<OpenDataset> all, int limit) {
        Set<String> tags = new HashSet<>(target.tags());
        record Scored(OpenDataset d, int score) {}
        return all.stream().filter(d -> !d.resource().code().equals(target.code()))
                .map(d -> new Scored(d, score(target, tags, d.resource())))
                .filter(s -> s.score() > 0)
                .sorted(Comparator.comparingInt(Scored::score).reversed()
                        .thenComparing(s -> s.d().resource().updatedAt(), Comparator.reverseOrder()))
                .limit(limit).map(Scored::d).toList();
    }

    static int score(Resource target, Set<String> tags, Resource other) {
        int score = 3 * (int) other.tags().stream().filter(tags::contains).count();
        if (target.library() != null && target.library() == other.library()) {
            score += 2;
        }
        if (Objects.equals(target.providerId(), other.providerId())) {
            score += 1;
        }
        return score;
    }
}
