package org.joinedup.indexer.suggest;

import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.apache.lucene.search.suggest.InputIterator;
import org.apache.lucene.util.BytesRef;

/** Feeds the suggester its entries: the text, a weight (vacancy count) and kind|language as payload. */
final class SuggestionSource implements InputIterator {
    private final Iterator<Suggestion> entries;
    private Suggestion current;

    SuggestionSource(List<Suggestion> entries) {
        this.entries = entries.iterator();
    }

    @Override
    public BytesRef next() {
        if (!entries.hasNext()) return null;
        current = entries.next();
        return new BytesRef(current.text());
    }

    @Override
    public long weight() {
        return current.count();
    }

    @Override
    public BytesRef payload() {
        return new BytesRef(current.kind() + "|" + current.language());
    }

    @Override
    public boolean hasPayloads() {
        return true;
    }

    @Override
    public Set<BytesRef> contexts() {
        return null;
    }

    @Override
    public boolean hasContexts() {
        return false;
    }
}
