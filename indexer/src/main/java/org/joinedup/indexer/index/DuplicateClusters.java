package org.joinedup.indexer.index;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.joinedup.indexer.Vacancy;

/**
 * Keeps duplicate clusters consistent inside an ingest batch: one canonical member per cluster is shown in
 * search, each other member links to it; when the canonical member closes, the next open member takes over.
 * The canonical member's "also listed at" links are not stored with it but derived from the cluster's open
 * members whenever it is read ({@link #withLinks}): a re-listing joining a cluster writes only itself, since
 * rewriting the canonical for each link left deletions that made every merge slower (docs/decisions/0021).
 * Internal to the indexer.
 */
public final class DuplicateClusters {
    /** At most this many other listings are shown for one vacancy. */
    private static final int MAX_LINKS = 100;
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

    /**
     * Writes a new vacancy as a non-canonical member of the canonical's cluster, linking to the canonical (whose
     * link back is derived when it is read).
     */
    public Vacancy join(IngestBatch batch, Vacancy canonical, Vacancy newcomer) {
        Vacancy member = newcomer.withCluster(
            new Vacancy.Cluster(canonical.cluster().clusterId(), false, List.of(listing(canonical))));
        batch.put(member);
        return member;
    }

    /**
     * A vacancy as shown: a canonical member gets the listings of its cluster's other open members (oldest
     * first), whatever links were stored with it; other members are returned as stored.
     */
    public Vacancy withLinks(IndexSearcher searcher, Vacancy v) throws IOException {
        return withLinks(searcher, List.of(v)).getFirst();
    }

    /**
     * {@link #withLinks(IndexSearcher, Vacancy)} for a page of vacancies, with one search for the open members of
     * all their clusters: one search per vacancy showed in the HTTP p99 (docs/decisions/0021).
     */
    public List<Vacancy> withLinks(IndexSearcher searcher, List<Vacancy> vacancies) throws IOException {
        List<BytesRef> clusterIds = vacancies.stream().filter(v -> v.cluster().canonical())
            .map(v -> new BytesRef(v.cluster().clusterId())).distinct().toList();
        if (clusterIds.isEmpty()) return vacancies;
        Query members = new BooleanQuery.Builder()
            .add(new TermInSetQuery(IndexSchema.CLUSTER, clusterIds), BooleanClause.Occur.FILTER)
            .add(new TermQuery(new Term(IndexSchema.STATUS, Vacancy.Status.OPEN.name())), BooleanClause.Occur.FILTER)
            .add(new TermQuery(new Term(IndexSchema.CANONICAL, IndexSchema.NO)), BooleanClause.Occur.FILTER)
            .build();
        Map<String, List<Vacancy>> byCluster = new HashMap<>();
        for (Vacancy m : IndexStore.find(searcher, members, MAX_LINKS * clusterIds.size())) {
            byCluster.computeIfAbsent(m.cluster().clusterId(), k -> new ArrayList<>()).add(m);
        }
        List<Vacancy> out = new ArrayList<>(vacancies.size());
        for (Vacancy v : vacancies) {
            if (!v.cluster().canonical()) {
                out.add(v);
                continue;
            }
            List<Vacancy.Listing> links = byCluster.getOrDefault(v.cluster().clusterId(), List.of()).stream()
                .filter(m -> !m.id().equals(v.id()))
                .sorted(Comparator.comparing((Vacancy m) -> m.lifecycle().firstSeen()).thenComparing(Vacancy::id))
                .limit(MAX_LINKS)
                .map(this::listing)
                .toList();
            out.add(links.equals(v.cluster().alsoListedAt()) ? v
                : v.withCluster(new Vacancy.Cluster(v.cluster().clusterId(), true, links)));
        }
        return out;
    }

    /**
     * Closes a vacancy at the given time. A closed canonical hands the cluster to its first open member;
     * a closed member disappears from the canonical's links (they are derived from the open members).
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
            batch.put(heir.withCluster(new Vacancy.Cluster(clusterId, true, List.of())));
            for (Vacancy o : others.subList(1, others.size())) {
                batch.put(o.withCluster(new Vacancy.Cluster(clusterId, false, List.of(listing(heir)))));
            }
            batch.put(closed.withCluster(new Vacancy.Cluster(clusterId, false, List.of(listing(heir)))));
        } else {
            // The canonical's links are derived from the open members, so a closed member drops out by itself.
            batch.put(closed);
        }
    }

    /** The link to a vacancy as shown in "also listed at". */
    public Vacancy.Listing listing(Vacancy v) {
        return new Vacancy.Listing(v.id(), v.sourceId(), councils.getOrDefault(v.sourceId(), v.employer().name()),
            v.url());
    }
}
