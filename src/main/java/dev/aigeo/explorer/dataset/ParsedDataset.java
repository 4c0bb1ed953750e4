package dev.aigeo.explorer.dataset;

import java.util.List;

/** Everything read from a dataset folder, with the faults found on the way (the dataset is valid when none). */
public record ParsedDataset(Manifest manifest, List<NodeRow> nodes, List<RelationshipRow> relationships,
        List<Fault> faults, String fingerprint) {

    public String name() {
        return manifest.name();
    }

    ParsedDataset withFaults(List<Fault> allFaults) {
        return new ParsedDataset(manifest, nodes, relationships, List.copyOf(allFaults), fingerprint);
    }

    public boolean valid() {
        return faults.isEmpty();
    }
}
