package dev.aigeo.explorer.console;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One query of the library ({@code cypher/queries/<name>.cypher}). The file opens with a header of comment lines:
 *
 * <pre>
 * // title: Derivatives of Qwen
 * // description: Models fine-tuned, distilled or otherwise derived from a model family,
 * //   at any depth. (A comment line without "key:" continues the line before.)
 * // param: family = "model:qwen" — id of the model family (the default is JSON, as in the request's params)
 * </pre>
 *
 * {@code title} and {@code description} are required; one {@code param} line for each {@code $parameter} the
 * statement uses, its default written as JSON exactly as {@code POST /api/cypher} takes it (so a date is
 * {@code {"$date": "2025-01-01"}}), then {@code —} (or {@code --}) and what it means.
 */
record LibraryQuery(String name, String title, String description, List<Parameter> parameters, String cypher) {

    record Parameter(String name, @JsonProperty("default") JsonNode defaultValue, String description) {
    }

    private static final Pattern HEADER_LINE = Pattern.compile("^//\\s?(title|description|param):\\s*(.*)$");
    private static final Pattern PARAM_NAME = Pattern.compile("^([A-Za-z_][A-Za-z0-9_]*)\\s*=\\s*");
    private static final Pattern USED_PARAM = Pattern.compile("\\$([A-Za-z_][A-Za-z0-9_]*)");

    /** The parameters' defaults, ready to send as {@code params}. */
    Map<String, JsonNode> defaults() {
        Map<String, JsonNode> defaults = new LinkedHashMap<>();
        parameters.forEach(p -> defaults.put(p.name(), p.defaultValue()));
        return defaults;
    }

    static LibraryQuery parse(String name, String text, ObjectMapper json) {
        Map<String, StringBuilder> single = new LinkedHashMap<>();
        List<StringBuilder> params = new ArrayList<>();
        StringBuilder current = null;
        List<String> lines = text.strip().lines().toList();
        int body = 0;
        for (; body < lines.size() && lines.get(body).strip().startsWith("//"); body++) {
            String line = lines.get(body).strip();
            Matcher header = HEADER_LINE.matcher(line);
            if (header.matches()) {
                current = new StringBuilder(header.group(2).strip());
                if (header.group(1).equals("param")) {
                    params.add(current);
                } else if (single.put(header.group(1), current) != null) {
                    throw fault(name, "has two '" + header.group(1) + ":' lines");
                }
            } else if (current != null) {
                current.append(' ').append(line.substring(2).strip());
            }
        }
        String cypher = String.join("\n", lines.subList(body, lines.size())).strip();
        List<Parameter> parameters = new ArrayList<>();
        params.forEach(p -> parameters.add(parameter(name, p.toString(), json)));
        LibraryQuery query = new LibraryQuery(name, required(name, single, "title"), required(name, single, "description"),
                List.copyOf(parameters), cypher);
        query.checkParameters();
        return query;
    }

    private static String required(String name, Map<String, StringBuilder> single, String key) {
        StringBuilder value = single.get(key);
        if (value == null || value.isEmpty()) {
            throw fault(name, "needs a '// " + key + ": …' line in its header");
        }
        return value.toString();
    }

    private static Parameter parameter(String query, String line, ObjectMapper json) {
        Matcher name = PARAM_NAME.matcher(line);
        if (!name.find()) {
            throw fault(query, "has a param line that is not 'name = default — description': " + line);
        }
        String rest = line.substring(name.end());
        try (JsonParser parser = json.createParser(rest)) {
            JsonNode defaultValue = json.readTree(parser);
            String description = rest.substring((int) parser.currentLocation().getCharOffset()).strip()
                    .replaceFirst("^(—|--)\\s*", "");
            return new Parameter(name.group(1), defaultValue, description);
        } catch (IOException e) {
            throw fault(query, "param " + name.group(1) + " has a default that is not JSON: " + rest);
        }
    }

    private void checkParameters() {
        Set<String> used = new LinkedHashSet<>();
        USED_PARAM.matcher(cypher).results().forEach(m -> used.add(m.group(1)));
        Set<String> declared = new LinkedHashSet<>(defaults().keySet());
        if (!used.equals(declared)) {
            throw fault(name, "uses parameters " + used + " but its header declares " + declared);
        }
    }

    private static IllegalArgumentException fault(String name, String problem) {
        return new IllegalArgumentException("query library: " + name + ".cypher " + problem);
    }
}
