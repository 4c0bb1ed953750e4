package dev.aigeo.explorer.explore;

import java.util.Map;

/** A service's answer together with the Cypher and parameters that produced it ("show Cypher"). */
public record QueryAnswer<T>(T value, String cypher, Map<String, Object> params) {
}
