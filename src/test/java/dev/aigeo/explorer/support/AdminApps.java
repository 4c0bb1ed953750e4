package dev.aigeo.explorer.support;

import java.util.Map;

/** Two apps on the test database: one with an admin token configured, one without (admin routes refused). */
public record AdminApps(TestApp withToken, TestApp withoutToken) implements AutoCloseable {

    public static AdminApps start(String token) {
        boolean embedded = TestNeo4j.mode().equals("embedded");
        return new AdminApps(TestApp.start(TestNeo4j.graph(), "fixture", embedded, Map.of("ADMIN_TOKEN", token)),
                TestApp.start(TestNeo4j.graph(), "fixture", embedded, Map.of()));
    }

    @Override
    public void close() {
        withToken.close();
        withoutToken.close();
    }
}
