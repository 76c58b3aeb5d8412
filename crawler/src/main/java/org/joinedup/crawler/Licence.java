package org.joinedup.crawler;

import java.util.Objects;

/**
 * The licence a source publishes under, inherited by every vacancy harvested from it.
 *
 * @param id          short licence id, e.g. {@code OGL-UK-3.0} or {@code CC-BY-4.0}
 * @param attribution the attribution text re-users must show
 */
public record Licence(String id, String attribution) {
    public Licence {
        Objects.requireNonNull(id, "licence id");
        attribution = attribution == null ? "" : attribution;
    }
}
