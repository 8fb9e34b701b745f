package io.yudex.catalog;

import io.yudex.platform.FieldError;
import java.util.List;

/**
 * The catalog's metadata rules, open to features that build many commands before registering any (the census
 * import checks a whole file first). The rules that need the database (related codes exist, provider known, name
 * unique) are checked again by {@link CatalogService#create}.
 */
public final class ResourceRules {

    private ResourceRules() {}

    /** Every metadata rule {@code command} breaks, with field paths such as {@code items[2].dataType}; empty when valid. */
    public static List<FieldError> check(ResourceCommand command) {
        return ResourceValidator.validate(command);
    }
}
