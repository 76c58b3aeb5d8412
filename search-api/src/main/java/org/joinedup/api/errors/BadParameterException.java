package org.joinedup.api.errors;

/** A request parameter is missing, malformed or out of range; answered with 400 {@code bad_parameter}. */
public final class BadParameterException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String parameter;

    /**
     * @param parameter the parameter's name, e.g. {@code size}
     * @param problem   what is wrong, e.g. {@code must be between 1 and 100}
     */
    public BadParameterException(String parameter, String problem) {
        super(parameter + ": " + problem);
        this.parameter = parameter;
    }

    /** The parameter's name. */
    public String parameter() {
        return parameter;
    }
}
