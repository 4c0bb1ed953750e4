package dev.aigeo.explorer.dataset;

import java.util.List;

/**
 * Everything read from a dataset folder, with the faults found on the way (the dataset is valid when none); as an
 * {@link ImportSource}, its rows come from memory.
 */
public record ParsedDataset(Manifest manifest, List<NodeRow> nodes, List<RelationshipRow> relationships,
        List<Fault> faults, String fingerprint) implements ImportSource {

    ParsedDataset withFaults(List<Fault> allFaults) {
        return new ParsedDataset(manifest, nodes, relationships, List.copyOf(allFaults), fingerprint);
    }

    public boolean valid() {
        return faults.isEmpty();
    }

    @Override
    public int nodeCount() {
        return nodes.size();
    }

    @Override
    public int relationshipCount() {
        return relationships.size();
    }

    @Override
    public DateSpan dateSpan() {
        return DateSpan.of(this);
    }

    @Override
    public void rows(RowSink sink) {
        nodes.forEach(sink::node);
        relationships.forEach(sink::relationship);
    }
}
