package org.joinedup.indexer.index;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.joinedup.indexer.Vacancy;

/**
 * Keeps duplicate clusters consistent inside an ingest batch: one canonical member per cluster carries the
 * "also listed at" links of the others; when the canonical member closes, the next open member takes over.
 * Internal to the indexer.
 */
public final class ClusterBook {
    /** Council names by source id, for the "also listed at" links. */
    private final Map<String, String> councils = new ConcurrentHashMap<>();

    /** Remembers a source's council name. */
    public void council(String sourceId, String council) {
        councils.put(sourceId, council);
    }

    /** The canonical open member of the cluster a vacancy belongs to, if any. */
    public Optional<Vacancy> canonicalOf(IngestBatch batch, Vacancy member) throws IOException {
        if (member.cluster().canonical()) return Optional.of(member);
        // The cluster id is the first canonical's id, which usually still is the canonical.
        Optional<Vacancy> first = batch.get(member.cluster().clusterId());
        if (first.isPresent() && first.get().cluster().canonical()) return first;
        return findCanonical(batch, member.cluster().clusterId());
    }

    private static Optional<Vacancy> findCanonical(IngestBatch batch, String clusterId) throws IOException {
        return batch.find(IndexStore.clusterMembers(clusterId), v -> v.cluster().clusterId().equals(clusterId))
            .stream().filter(v -> v.cluster().canonical()).findFirst();
    }

    /** Writes a new vacancy as a non-canonical member of the canonical's cluster and links both ways. */
    public Vacancy join(IngestBatch batch, Vacancy canonical, Vacancy newcomer) throws IOException {
        Vacancy member = newcomer.withCluster(
            new Vacancy.Cluster(canonical.cluster().clusterId(), false, List.of(listing(canonical))));
        List<Vacancy.Listing> links = new ArrayList<>(canonical.cluster().alsoListedAt());
        links.removeIf(l -> l.vacancyId().equals(member.id()));
        links.add(listing(member));
        batch.put(member);
        batch.put(canonical.withCluster(new Vacancy.Cluster(canonical.cluster().clusterId(), true, links)));
        return member;
    }

    /**
     * Closes a vacancy at the given time. A closed canonical hands the cluster to its first open member;
     * a closed member disappears from the canonical's links.
     */
    public void close(IngestBatch batch, Vacancy v, Instant at) throws IOException {
        Vacancy.Lifecycle l = v.lifecycle();
        Vacancy closed = v.withLifecycle(new Vacancy.Lifecycle(l.firstSeen(), l.lastSeen(), at, Vacancy.Status.CLOSED));
        String clusterId = v.cluster().clusterId();
        List<Vacancy> others = batch.find(IndexStore.clusterMembers(clusterId),
            o -> o.cluster().clusterId().equals(clusterId) && !o.id().equals(v.id())
                && o.lifecycle().status() == Vacancy.Status.OPEN);
        if (others.isEmpty()) {
            batch.put(closed);
            return;
        }
        if (v.cluster().canonical()) {
            Vacancy heir = others.get(0);
            List<Vacancy.Listing> links = others.subList(1, others.size()).stream().map(this::listing).toList();
            batch.put(heir.withCluster(new Vacancy.Cluster(clusterId, true, links)));
            for (Vacancy o : others.subList(1, others.size())) {
                batch.put(o.withCluster(new Vacancy.Cluster(clusterId, false, List.of(listing(heir)))));
            }
            batch.put(closed.withCluster(new Vacancy.Cluster(clusterId, false, List.of(listing(heir)))));
        } else {
            Optional<Vacancy> canonical = canonicalOf(batch, v);
            if (canonical.isPresent()) {
                Vacancy c = canonical.get();
                List<Vacancy.Listing> links = new ArrayList<>(c.cluster().alsoListedAt());
                links.removeIf(x -> x.vacancyId().equals(v.id()));
                batch.put(c.withCluster(new Vacancy.Cluster(clusterId, true, links)));
            }
            batch.put(closed);
        }
    }

    /** The link to a vacancy as shown in "also listed at". */
    public Vacancy.Listing listing(Vacancy v) {
        return new Vacancy.Listing(v.id(), v.sourceId(), councils.getOrDefault(v.sourceId(), v.employer().name()),
            v.url());
    }
}
