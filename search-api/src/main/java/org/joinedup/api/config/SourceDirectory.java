package org.joinedup.api.config;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The sources the service knows now, for display and attribution (council names, licences, status). The
 * service's directory reads the database, so sources added through the admin API show up at once; a fixed
 * list serves tests and tools.
 */
public interface SourceDirectory {

    /** A source by id. */
    Optional<SourceConfig> find(String id);

    /** Every source, in a stable order. */
    List<SourceConfig> all();

    /** A directory of a fixed list. */
    static SourceDirectory of(List<SourceConfig> sources) {
        List<SourceConfig> copy = List.copyOf(sources);
        Map<String, SourceConfig> byId = copy.stream()
            .collect(Collectors.toUnmodifiableMap(SourceConfig::id, Function.identity(), (a, b) -> a));
        return new SourceDirectory() {
            @Override
            public Optional<SourceConfig> find(String id) {
                return Optional.ofNullable(byId.get(id));
            }

            @Override
            public List<SourceConfig> all() {
                return copy;
            }
        };
    }
}
