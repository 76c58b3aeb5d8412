/** Job XML formats: Indeed-style {@code <source><job>} feeds (and ATS variants) and HR-XML / EURES PositionOpening. */
package org.joinedup.crawler.jobxml;
