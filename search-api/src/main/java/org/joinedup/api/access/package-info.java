/**
 * Access to the public API: {@link org.joinedup.api.access.AccessFilter} adds CORS to the public read API and
 * enforces rate limits per API key or client IP ({@link org.joinedup.api.access.RateLimiter}); keys are issued
 * and looked up by {@link org.joinedup.api.access.ApiKeyRepository} (table {@code api_keys}, SHA-256 only).
 */
package org.joinedup.api.access;
