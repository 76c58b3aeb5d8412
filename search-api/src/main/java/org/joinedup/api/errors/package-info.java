/**
 * JSON error bodies: every failed request answers an {@link org.joinedup.api.errors.ApiError} (status, code,
 * message, the parameter at fault, request id). Resources throw
 * {@link org.joinedup.api.errors.BadParameterException} or
 * {@link org.joinedup.api.errors.ResourceNotFoundException}; the exception mappers here, registered on each Jersey
 * application, turn those and anything unexpected into the body.
 */
package org.joinedup.api.errors;
