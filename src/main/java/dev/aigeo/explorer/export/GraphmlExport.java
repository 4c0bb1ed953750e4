package dev.aigeo.explorer.export;

import dev.aigeo.explorer.graph.GraphEdge;
import dev.aigeo.explorer.graph.GraphNode;
import java.io.ByteArrayOutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A subgraph as GraphML (opens in Gephi, yEd, Cytoscape desktop): every property as a typed key, each
 * relationship's source ids in its {@code sources} key, and the Source nodes themselves with their {@code url}.
 * Relationship ids ({@code a|TYPE|b}) are not XML tokens, so edges are numbered and keep their id in {@code id}.
 */
final class GraphmlExport {

    private static final String NS = "http://graphml.graphdrawing.org/xmlns";
    private static final Set<String> NONE = Set.of();
    /** GraphML ids are XML NMTOKENs: dataset ids like lab:deepseek are; other ids are numbered instead. */
    private static final Pattern NMTOKEN = Pattern.compile("[\\p{L}\\p{N}._:-]+");

    private GraphmlExport() {
    }

    static byte[] xml(Subgraph subgraph, String description) {
        List<GraphNode> nodes = subgraph.allNodes();
        Map<String, String> nodeTypes = PropertyTypes.of(nodes.stream().map(GraphNode::properties).toList(), NONE);
        Map<String, String> edgeTypes = PropertyTypes.of(subgraph.edges().stream().map(GraphEdge::properties).toList(), NONE);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("graphml");
            xml.writeDefaultNamespace(NS);
            xml.writeNamespace("xsi", "http://www.w3.org/2001/XMLSchema-instance");
            xml.writeAttribute("http://www.w3.org/2001/XMLSchema-instance", "schemaLocation",
                    NS + " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd");
            key(xml, "n:labels", "node", "labels", "string");
            nodeTypes.forEach((name, type) -> key(xml, "n:" + name, "node", name, graphmlType(type)));
            key(xml, "n:id", "node", "id", "string");
            key(xml, "e:id", "edge", "id", "string");
            key(xml, "e:type", "edge", "type", "string");
            edgeTypes.forEach((name, type) -> key(xml, "e:" + name, "edge", name, graphmlType(type)));
            xml.writeStartElement("graph");
            xml.writeAttribute("id", "explorer-export");
            xml.writeAttribute("edgedefault", "directed");
            xml.writeStartElement("desc");
            xml.writeCharacters(description);
            xml.writeEndElement();
            Map<String, String> xmlIds = new HashMap<>();
            for (GraphNode node : nodes) {
                String xmlId = NMTOKEN.matcher(node.id()).matches() ? node.id() : "n" + xmlIds.size();
                xmlIds.put(node.id(), xmlId);
                xml.writeStartElement("node");
                xml.writeAttribute("id", xmlId);
                data(xml, "n:id", node.id());
                data(xml, "n:labels", String.join(";", node.labels()));
                for (String name : nodeTypes.keySet()) {
                    data(xml, "n:" + name, node.properties().get(name));
                }
                xml.writeEndElement();
            }
            int edgeNumber = 0;
            for (GraphEdge edge : subgraph.edges()) {
                xml.writeStartElement("edge");
                xml.writeAttribute("id", "e" + edgeNumber++);
                xml.writeAttribute("source", xmlIds.get(edge.source()));
                xml.writeAttribute("target", xmlIds.get(edge.target()));
                data(xml, "e:id", edge.id());
                data(xml, "e:type", edge.type());
                for (String name : edgeTypes.keySet()) {
                    data(xml, "e:" + name, edge.properties().get(name));
                }
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write GraphML", e);
        }
        return out.toByteArray();
    }

    /** GraphML knows boolean, int, long, float, double, string: dates and lists travel as text. */
    private static String graphmlType(String type) {
        return switch (type) {
            case "long", "double", "boolean" -> type;
            default -> "string";
        };
    }

    private static void key(XMLStreamWriter xml, String id, String domain, String name, String type) {
        try {
            xml.writeEmptyElement("key");
            xml.writeAttribute("id", id);
            xml.writeAttribute("for", domain);
            xml.writeAttribute("attr.name", name);
            xml.writeAttribute("attr.type", type);
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void data(XMLStreamWriter xml, String key, Object value) throws XMLStreamException {
        if (value == null) {
            return;
        }
        xml.writeStartElement("data");
        xml.writeAttribute("key", key);
        xml.writeCharacters(PropertyTypes.text(value));
        xml.writeEndElement();
    }
}
