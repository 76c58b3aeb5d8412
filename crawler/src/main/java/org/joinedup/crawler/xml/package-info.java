/**
 * Hardened XML reading shared by every XML format: charset sniffing that copes with wrong declarations,
 * DOCTYPEs accepted but no DTD or entity ever loaded or expanded, and one lenient retry for real-world
 * damage (HTML named entities, bare ampersands, control characters).
 */
package org.joinedup.crawler.xml;
