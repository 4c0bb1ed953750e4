package dev.aigeo.explorer.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class Utf8JsonMapperTest {

    private final Utf8JsonMapper mapper = new Utf8JsonMapper(Json.mapper());

    @Test
    void writesTheSameJsonAsTheStringWayInUtf8WithTheApisDates() throws IOException {
        Map<String, Object> answer = Map.of("name", "São Paulo — 北京 🚀", "issued", LocalDate.of(2025, 8, 21),
                "quote", "\"AI+\"\n", "ids", List.of("lab:deepseek"));

        byte[] bytes;
        try (InputStream stream = mapper.toJsonStream(answer, Map.class)) {
            bytes = stream.readAllBytes();
        }

        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).isEqualTo(mapper.toJsonString(answer, Map.class))
                .contains("\"São Paulo — 北京 🚀\"", "\"2025-08-21\"", "\"\\\"AI+\\\"\\n\"");
        assertThat(bytes).hasSize(text.getBytes(StandardCharsets.UTF_8).length);
    }

    @Test
    void readsWhatItWrites() {
        Map<String, Object> read = mapper.fromJsonString("{\"name\":\"Jakarta (ap-southeast-5)\",\"n\":3}", Map.class);

        assertThat(read).containsEntry("name", "Jakarta (ap-southeast-5)").containsEntry("n", 3);
    }
}
