/**
 * The embedded Jetty server: {@link org.joinedup.api.web.WebServer} mounts the Jersey applications, the web pages
 * and the demo sites ({@link org.joinedup.api.web.DemoSiteServlet}), times every answer
 * ({@link org.joinedup.api.web.ServerTimingHandler}) and answers container errors as JSON
 * ({@link org.joinedup.api.web.JsonErrorHandler}). {@link org.joinedup.api.web.Markup} is the one escaper for the
 * HTML, SVG and XML the service writes.
 */
package org.joinedup.api.web;
