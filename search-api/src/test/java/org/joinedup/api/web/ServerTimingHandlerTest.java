package org.joinedup.api.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.glassfish.jersey.server.ResourceConfig;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every answer with a body says how long the server spent on it, errors included. */
@Timeout(60)
class ServerTimingHandlerTest {
    private static final Pattern VALUE = Pattern.compile("app;dur=(\\d+\\.\\d)");

    /** Long enough that a GC pause or a busy machine cannot make the refusal look as slow as the answer. */
    static final long WORK_MILLIS = 500;

    /** Takes {@link #WORK_MILLIS}, then answers 200; "?fail" answers 400 through the container's error page instead. */
    static final class Slow extends HttpServlet {
        private static final long serialVersionUID = 1L;

        @Override
        protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
            if (req.getParameter("fail") != null) {
                resp.sendError(400, "bad parameter");
                return;
            }
            try {
                Thread.sleep(WORK_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            resp.setContentType("text/plain");
            resp.getWriter().write("slow");
        }
    }

    @RegisterExtension
    static final TestWebServer WEB = new TestWebServer(loopback -> {
        WebServer server = new WebServer(loopback, new ResourceConfig(), null);
        server.addServlet("slow", new Slow(), "/slow");
        return server;
    });

    @BeforeAll
    static void warmUp() throws Exception {
        // The first answers of a new server include class loading and the error page's set-up (over a second on
        // a busy machine): warm both paths so the tests compare the work of one request, not the JVM's start.
        serverMillis("slow", 200);
        serverMillis("slow?fail=1", 400);
    }

    private static double serverMillis(String path, int status) throws Exception {
        HttpResponse<String> r = WEB.send("GET", path);
        assertEquals(status, r.statusCode(), path + ": " + r.body());
        String value = r.headers().firstValue(ServerTimingHandler.HEADER).orElse("");
        Matcher m = VALUE.matcher(value);
        assertTrue(m.matches(), path + ": Server-Timing was '" + value + "'");
        return Double.parseDouble(m.group(1));
    }

    @Test
    void theTimeCoversTheWorkDoneForTheRequest() throws Exception {
        double slow = serverMillis("slow", 200);
        assertTrue(slow >= WORK_MILLIS && slow < 30_000, "a " + WORK_MILLIS + " ms servlet took " + slow + " ms");
    }

    @Test
    void errorsWrittenByTheContainerAreTimedToo() throws Exception {
        double refused = serverMillis("slow?fail=1", 400);
        assertTrue(refused < WORK_MILLIS, "the refusal does not wait like the answer: " + refused + " ms");
        serverMillis("no-such-page.html", 404);
    }
}
