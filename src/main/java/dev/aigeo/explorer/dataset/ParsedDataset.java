package dev.aigeo.explorer.dataset;

import java.util.List;

/** Everything read from a dataset folder, with the faults found on the way (the dataset is valid when none). */
public record ParsedDataset(Manifest manifest, List<NodeRow> nodes, List<RelationshipRow> relationships,
        List<Fault> faults) {

    public String name() {
        return manifest.name();
    }

    public boolean valid() {
        return faults.isEmpty();
    }
}
