/**
 * Guards every outbound request: which addresses may be connected to (SSRF), and how host names in any
 * spelling map to addresses without touching DNS when they are literals.
 */
package org.joinedup.crawler.safety;
