package org.joinedup.indexer.alerts;

/**
 * A registered saved search: its id, its slot (a small number, so a vacancy can mark the searches it has already
 * checked in a bit set, and each language's {@link PresearchIndex} keeps its condition by it), and per field
 * language the terms it is filed under (needed to unfile it).
 *
 * @param anchors by field language, in the order of the schema's field languages
 */
record SavedEntry(String id, int slot, Anchors[] anchors) {
}
