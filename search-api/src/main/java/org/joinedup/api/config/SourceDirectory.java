package org.joinedup.api.config;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.joinedup.crawler.Source;

/**
 * The sources the service knows now, for display and attribution (council names, licences, status). The
 * service's directory reads the database, so sources added through the admin API show up at once; a fixed
 * list serves tests and tools.
 */
public interface SourceDirectory {

    /** A source by id. */
    Optional<Source> find(String id);

    /** Every source, in a stable order. */
    List<Source> all();

    /** A directory of a fixed list. */
    static SourceDirectory of(List<Source> sources) {
        List<Source> copy = List.copyOf(sources);
        Map<String, Source> byId = copy.stream()
            .collect(Collectors.toUnmodifiableMap(Source::id, Function.identity(), (a, b) -> a));
        return new SourceDirectory() {
            @Override
            public Optional<Source> find(String id) {
                return Optional.ofNullable(byId.get(id));
            }

            @Override
            public List<Source> all() {
                return copy;
            }
        };
    }
}
