package org.joinedup.api.syndication;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** {@code /opensearch.xml}: the OpenSearch description, linked from the web page's {@code <link rel="search">}. */
public final class OpenSearchServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final transient PublicLinks links;

    /** @param links absolute links for the URL templates */
    public OpenSearchServlet(PublicLinks links) {
        this.links = links;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setContentType(OpenSearchDescription.MEDIA_TYPE + ";charset=utf-8");
        resp.getWriter().write(OpenSearchDescription.document(links));
    }
}
