package io.yudex.search;

import java.util.Set;

/**
 * Which documents a caller may see. A document is visible when {@code unrestricted}, or when its
 * status is in {@code statuses} and (openTypes is null or its open type is in openTypes), or when
 * its provider code equals {@code ownProviderCode}.
 */
public record Visibility(boolean unrestricted, Set<String> statuses, Set<String> openTypes, String ownProviderCode) {

    public static Visibility everything() {
        return new Visibility(true, Set.of(), null, null);
    }
}
