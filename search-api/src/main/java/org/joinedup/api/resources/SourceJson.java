package org.joinedup.api.resources;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import org.joinedup.api.config.SelfUrl;

/**
 * How the API writes the crawler's {@link org.joinedup.crawler.Source} (a Jackson mix-in): the URL as written,
 * {@value SelfUrl#SELF} included, and the schedule as an ISO-8601 duration ({@code PT1H}) like the config file.
 */
abstract class SourceJson {

    @JsonSerialize(using = WrittenUrl.class)
    abstract URI url();

    @JsonSerialize(using = IsoDuration.class)
    abstract Duration schedule();

    static final class WrittenUrl extends StdSerializer<URI> {
        WrittenUrl() {
            super(URI.class);
        }

        @Override
        public void serialize(URI value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeString(SelfUrl.written(value));
        }
    }

    static final class IsoDuration extends StdSerializer<Duration> {
        IsoDuration() {
            super(Duration.class);
        }

        @Override
        public void serialize(Duration value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeString(value.toString());
        }
    }
}
