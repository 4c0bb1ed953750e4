package dev.aigeo.explorer.explore;

import dev.aigeo.explorer.http.ApiException;
import dev.aigeo.explorer.http.QueryParams;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * A checked {@code /api/paths} request. {@code via} is an ordered label pattern matched against the path's nodes,
 * endpoints included; {@code types} the allowed relationship types (null = any); {@code asOf} null = any time.
 */
public record PathRequest(String from, String to, Mode mode, int k, int maxHops, boolean outgoingOnly,
        List<String> via, List<String> types, LocalDate asOf) {

    public enum Mode {
        SHORTEST, ALL_SHORTEST, K_SHORTEST;

        static Mode of(String word) {
            return valueOf(word.toUpperCase(Locale.ROOT).replace('-', '_'));
        }
    }

    static final int MAX_K = 20;
    static final int MAX_HOPS = 10;

    /** How many of the ranked paths the mode answers with: one, all (at most {@link PathQuery#MAX_ROWS}), or k. */
    int kept() {
        return switch (mode) {
            case SHORTEST -> 1;
            case ALL_SHORTEST -> PathQuery.MAX_ROWS;
            case K_SHORTEST -> k;
        };
    }

    /** Reads and checks the query parameters; labels and types must exist in the schema. */
    static PathRequest from(QueryParams params, SchemaNames names) {
        List<String> via = names.checkLabels(params.sequence("via"));
        if (via != null && via.size() < 2) {
            throw ApiException.badRequest("via needs at least two labels: the first matches 'from', the last 'to'");
        }
        int maxHops = params.integer("maxHops", 6, 1, MAX_HOPS);
        if (via != null && maxHops < via.size() - 1) {
            throw ApiException.badRequest("via %s needs at least %d hops, one per label after the first; maxHops is %d"
                    .formatted(String.join(",", via), via.size() - 1, maxHops));
        }
        return new PathRequest(
                params.required("from"),
                params.required("to"),
                Mode.of(params.choice("mode", "shortest", List.of("shortest", "all-shortest", "k-shortest"))),
                params.integer("k", 5, 1, MAX_K),
                maxHops,
                params.choice("direction", "both", List.of("both", "out")).equals("out"),
                via,
                names.checkTypes(params.list("types")),
                AsOf.parse(params.optional("asOf")));
    }
}
