package dev.aigeo.explorer.explore;

import dev.aigeo.explorer.dataset.Manifest.TypePhrase;
import java.util.Locale;
import java.util.Map;

/**
 * How each relationship type reads, both ways (ontology.md, "reads as"): forward from its start node ("operates"),
 * backward from its end node ("is operated by"). Types a dataset adds read as its manifest's {@code phrases} say,
 * else as their own words.
 */
final class Phrases {

    private static final Map<String, TypePhrase> KNOWN = Map.ofEntries(
            Map.entry("ISSUED", new TypePhrase("issued", "was issued by")),
            Map.entry("PART_OF", new TypePhrase("is part of", "includes")),
            Map.entry("MEMBER_OF", new TypePhrase("is a member of", "has as a member")),
            Map.entry("LEADS", new TypePhrase("leads", "is led by")),
            Map.entry("HEADQUARTERED_IN", new TypePhrase("is headquartered in", "is home to")),
            Map.entry("DEVELOPS", new TypePhrase("develops", "is developed by")),
            Map.entry("BASED_ON", new TypePhrase("is based on", "is the base of")),
            Map.entry("LICENSED_UNDER", new TypePhrase("is licensed under", "is the license of")),
            Map.entry("OPERATES", new TypePhrase("operates", "is operated by")),
            Map.entry("LOCATED_IN", new TypePhrase("is located in", "is the location of")),
            Map.entry("HOSTS", new TypePhrase("hosts", "is hosted by")),
            Map.entry("PROMOTES", new TypePhrase("promotes", "is promoted by")),
            Map.entry("TARGETS", new TypePhrase("targets", "is targeted by")),
            Map.entry("RESTRICTS", new TypePhrase("restricts", "is restricted by")),
            Map.entry("PARTNERS_WITH", new TypePhrase("partners with", "partners with")),
            Map.entry("INVESTS_IN", new TypePhrase("invests in", "is backed by")),
            Map.entry("ADOPTS", new TypePhrase("adopts", "is adopted by")),
            Map.entry("ANNOUNCED_AT", new TypePhrase("was announced at", "saw the announcement of")));

    private final Map<String, TypePhrase> declared;

    /** {@code declared}: what datasets' manifests say of their own types (the ontology's own wording wins). */
    Phrases(Map<String, TypePhrase> declared) {
        this.declared = declared;
    }

    /** The verb phrase for travelling a relationship of {@code type} forward or backward. */
    String of(String type, boolean forward) {
        TypePhrase phrase = KNOWN.getOrDefault(type, declared.get(type));
        if (phrase != null && (forward ? phrase.forward() : phrase.backward()) != null) {
            return forward ? phrase.forward() : phrase.backward();
        }
        String words = type.toLowerCase(Locale.ROOT).replace('_', ' ');
        return forward ? words : "is linked by \"" + words + "\" to";
    }
}
