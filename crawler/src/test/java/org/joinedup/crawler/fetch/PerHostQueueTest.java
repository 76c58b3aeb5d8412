package org.joinedup.crawler.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/** Host spellings that denote one host share one politeness slot; different names do not. */
class PerHostQueueTest {
    @Test
    void literalSpellingsOfOneAddressShareAKey() {
        String k = PerHostQueue.key("127.0.0.1");
        for (String spelling : new String[] {"127.1", "2130706433", "0x7f.1", "[::ffff:127.0.0.1]", "[::ffff:7f00:1]"}) {
            assertEquals(k, PerHostQueue.key(spelling), spelling);
        }
        assertEquals(PerHostQueue.key("[2001:db8::1]"), PerHostQueue.key("[2001:DB8:0::1]"));
    }

    @Test
    void namesAreCaseAndTrailingDotInsensitiveButNotResolved() {
        assertEquals("jobs.council.example", PerHostQueue.key("Jobs.Council.Example."));
        assertNotEquals(PerHostQueue.key("localhost"), PerHostQueue.key("127.0.0.1"));
    }
}
