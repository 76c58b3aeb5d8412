package org.joinedup.indexer;

/**
 * A search that cannot run as asked (query too long or using refused syntax, window too deep, bad cursor,
 * unknown currency). Names the {@link org.joinedup.indexer.SearchRequest} component at fault so an HTTP layer
 * can tell the client which parameter to fix.
 */
public final class InvalidSearchException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String component;

    /**
     * @param component the SearchRequest component at fault, e.g. {@code query}, {@code cursor}, {@code page}
     * @param message   what is wrong, written for the person who typed it
     */
    public InvalidSearchException(String component, String message) {
        super(message);
        this.component = component;
    }

    /** The SearchRequest component at fault. */
    public String component() {
        return component;
    }
}
