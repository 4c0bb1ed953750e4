package dev.aigeo.explorer.graph;

import java.util.List;

/**
 * The first rows of a result, as far as the row cap allowed, with the graph they mention.
 *
 * @param rows one list of cells a row: plain values, dates as ISO text, and nodes, relationships and paths as
 *     small maps of ids and names (see {@link ResultCells})
 * @param graph every data node and relationship found anywhere in the rows, as Cytoscape elements
 * @param truncated the result had more rows than the cap
 */
public record StreamedResult(List<String> columns, List<List<Object>> rows, Elements graph, boolean truncated) {
}
