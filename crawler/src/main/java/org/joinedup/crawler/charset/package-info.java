/**
 * Reading bytes as the text they were meant to be: {@link org.joinedup.crawler.charset.CharsetSniffer} second-guesses
 * a declared charset against the body (UTF-8 labelled Latin-1, windows-1252 labelled UTF-8) and reads C1 controls
 * as the windows-1252 characters they stand for. Used by the parsers; other modules reach the C1 repair through
 * {@link org.joinedup.crawler.Crawler#c1ToWindows1252}.
 */
package org.joinedup.crawler.charset;
