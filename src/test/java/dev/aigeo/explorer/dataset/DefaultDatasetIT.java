package dev.aigeo.explorer.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aigeo.explorer.graph.Graph;
import dev.aigeo.explorer.support.TestNeo4j;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The bundled dataset is data and is tested like code: size, invariants, and every claim of the seed story. */
class DefaultDatasetIT {

    private static final String SEED = "src:zendoric-2026-06-26-open-weights-unbeatable-prices";
    private static Graph graph;

    @BeforeAll
    static void importTheDefaultDataset() {
        TestNeo4j.reset();
        graph = TestNeo4j.graph();
        assertThat(Datasets.importInto(graph, Datasets.bundled()).faults()).isEmpty();
    }

    private static List<String> rows(String cypher) {
        return graph.read(cypher, Map.of("seed", SEED),
                rows -> rows.stream().map(r -> String.valueOf(r.value("found"))).toList());
    }

    @Test
    void isBigEnoughAndUsesEveryLabelOfTheOntology() {
        assertThat(TestNeo4j.count("MATCH (n:Entity) RETURN count(n) AS count")).isGreaterThanOrEqualTo(250);
        assertThat(TestNeo4j.count("MATCH ()-[r]->() RETURN count(r) AS count")).isGreaterThanOrEqualTo(500);
        assertThat(TestNeo4j.count("MATCH (n:Source) RETURN count(n) AS count")).isGreaterThanOrEqualTo(80);
        List<String> labels = graph.read("MATCH (n:Entity) UNWIND labels(n) AS l RETURN collect(DISTINCT l) AS labels",
                Map.of(), r -> r.get(0).strings("labels"));
        assertThat(labels).containsAll(Vocabulary.ONTOLOGY_LABELS);
    }

    static List<Arguments> invariants() {
        return List.of(
                Arguments.of("relationship without a resolvable source", """
                        MATCH ()-[r]->()
                        WHERE r.sources IS NULL OR size(r.sources) = 0
                           OR any(s IN r.sources WHERE NOT EXISTS { MATCH (x:Entity:Source {id: s}) })
                        RETURN r.id AS found"""),
                Arguments.of("cloud region without coordinates, country or operator", """
                        MATCH (n:CloudRegion)
                        WHERE n.lat IS NULL OR n.lon IS NULL
                           OR NOT EXISTS { (n)-[:LOCATED_IN]->(:Country) }
                           OR NOT EXISTS { (n)<-[:OPERATES]-() }
                        RETURN n.id AS found"""),
                Arguments.of("model without a developer or a license", """
                        MATCH (n:Model)
                        WHERE NOT EXISTS { (n)<-[:DEVELOPS]-() } OR NOT EXISTS { (n)-[:LICENSED_UNDER]->(:License) }
                        RETURN n.id AS found"""),
                Arguments.of("policy without an issuer", """
                        MATCH (n:Policy)
                        WHERE NOT EXISTS { (n)<-[:ISSUED]-() }
                        RETURN n.id AS found"""),
                Arguments.of("id not of the form <kind>:<slug>", """
                        MATCH (n:Entity)
                        WHERE NOT n.id =~ '[a-z]+:[a-z0-9][a-z0-9-]*'
                        RETURN n.id AS found"""),
                Arguments.of("until before since", """
                        MATCH ()-[r]->()
                        WHERE r.until IS NOT NULL AND r.since IS NOT NULL AND r.until < r.since
                        RETURN r.id AS found"""),
                Arguments.of("two entities of one label with the same name", """
                        MATCH (n:Entity)
                        WITH n.primaryLabel AS label, toLower(n.name) AS name, collect(n.id) AS ids
                        WHERE size(ids) > 1
                        RETURN label + ' ' + name + ':' + reduce(s = '', i IN ids | s + ' ' + i) AS found"""),
                Arguments.of("source whose publisher is not an entity of the graph", """
                        MATCH (s:Source)
                        WHERE s.publisher IS NOT NULL AND NOT EXISTS { (s)<-[:PUBLISHED]-(p:Entity) WHERE NOT p:Source }
                        RETURN s.id AS found"""),
                Arguments.of("'high' confidence resting only on the seed summary (a secondary source)", """
                        MATCH ()-[r {confidence: 'high'}]->(target)
                        WHERE all(s IN r.sources WHERE s = $seed)
                          AND NOT (type(r) = 'PUBLISHED' AND target.id = $seed)
                        RETURN r.id AS found"""));
    }

    @ParameterizedTest(name = "no {0}")
    @MethodSource("invariants")
    void holdsInvariant(String what, String cypher) {
        assertThat(rows(cypher)).as(what).isEmpty();
    }

    static List<Arguments> seedClaims() {
        return List.of(
                Arguments.of("U.S. share of Hugging Face downloads: 60% four years earlier (unverified, low)", """
                        MATCH (:Country {id: 'country:us'})-[r:DOWNLOAD_SHARE {share: 60.0}]->(:Organization {id: 'org:hugging-face'})
                        WHERE $seed IN r.sources AND r.confidence = 'low'
                        RETURN r.key AS found"""),
                Arguments.of("U.S. share of Hugging Face downloads: 16% in November 2025", """
                        MATCH (:Country {id: 'country:us'})-[r:DOWNLOAD_SHARE {share: 16.0}]->(:Organization {id: 'org:hugging-face'})
                        WHERE $seed IN r.sources AND r.since = date('2025-11-01') AND r.sincePrecision = 'month'
                        RETURN r.key AS found"""),
                Arguments.of("Qwen and DeepSeek are free or far cheaper than Anthropic and OpenAI", """
                        MATCH (:Entity {id: 'lab:deepseek'})-[r:UNDERCUTS]->(:Lab {id: 'lab:anthropic'})
                        WHERE $seed IN r.sources
                        MATCH (:Model {id: 'model:qwen'})-[q:UNDERCUTS]->(:Model {id: 'model:claude'})
                        WHERE $seed IN q.sources
                        RETURN r.id AS found"""),
                Arguments.of("open weights are not open source", """
                        MATCH (:Policy {id: 'policy:osi-open-source-ai-definition'})-[r:TARGETS]->(:Model {id: 'model:qwen3'})
                        WHERE $seed IN r.sources
                        RETURN r.id AS found"""),
                Arguments.of("Chinese models come under permissive licenses", """
                        MATCH (:Model {id: 'model:deepseek-r1'})-[r:LICENSED_UNDER]->(l:License {kind: 'permissive'})
                        WHERE $seed IN r.sources
                        RETURN l.name AS found"""),
                Arguments.of("the 2018 'lead goose' remark", """
                        MATCH (:Person {id: 'person:xi-jinping'})-[r:SPOKE_AT]->(e:Event)
                        WHERE $seed IN r.sources AND r.since = date('2018-10-31') AND r.note CONTAINS 'goose'
                        RETURN e.name AS found"""),
                Arguments.of("'surrounding the cities from the countryside'", """
                        MATCH (:Person {id: 'person:di-dongsheng'})-[r:PUBLISHED]->(s:Source)
                        WHERE $seed IN r.sources AND toLower(s.name) CONTAINS 'countryside'
                        RETURN s.name AS found"""),
                Arguments.of("the 15th Five-Year Plan of March 2026", """
                        MATCH (g:Government)-[r:ISSUED]->(p:Policy {id: 'policy:cn-15th-five-year-plan'})
                        WHERE $seed IN r.sources AND r.since = date('2026-03-05')
                        RETURN g.name AS found"""),
                Arguments.of("the State Council's AI+ policy", """
                        MATCH (:Government {id: 'gov:cn-state-council'})-[r:ISSUED]->(:Policy {id: 'policy:cn-ai-plus-2025'})
                        WHERE $seed IN r.sources
                        RETURN r.id AS found"""),
                Arguments.of("Qwen's move to closed flagships", """
                        MATCH (:Model {id: 'model:qwen3-6-max-preview'})-[r:LICENSED_UNDER]->(l:License {kind: 'proprietary'})
                        WHERE $seed IN r.sources AND r.since = date('2026-04-20')
                        RETURN l.name AS found"""),
                Arguments.of("MiniMax's license turn", """
                        MATCH (m:Model {id: 'model:minimax-m2-7'})-[before:LICENSED_UNDER]->(:License {id: 'license:mit'})
                        MATCH (m)-[after:LICENSED_UNDER]->(l:License)
                        WHERE l.id <> 'license:mit' AND before.until IS NOT NULL AND after.since >= before.until
                          AND $seed IN after.sources
                        RETURN l.name AS found"""),
                Arguments.of("Z.ai, Moonshot and DeepSeek stay open", """
                        MATCH (lab:Lab)-[r:DEVELOPS]->(m:Model {openWeights: true})
                        WHERE lab.id IN ['lab:zai', 'lab:moonshot-ai', 'lab:deepseek'] AND $seed IN r.sources
                        WITH collect(DISTINCT lab.id) AS labs
                        WHERE size(labs) = 3
                        RETURN labs AS found"""),
                Arguments.of("DeepSeek V4", """
                        MATCH (:Lab {id: 'lab:deepseek'})-[r:DEVELOPS]->(m:Model {id: 'model:deepseek-v4'})-[:LICENSED_UNDER]->(:License {id: 'license:mit'})
                        WHERE $seed IN r.sources
                        RETURN m.name AS found"""),
                Arguments.of("Alibaba, Huawei and Tencent availability zones in Indonesia", """
                        MATCH (c:CloudProvider)-[r:OPERATES]->(:CloudRegion)-[:LOCATED_IN]->(:Country {id: 'country:id'})
                        WHERE c.id IN ['cloud:alibaba-cloud', 'cloud:huawei-cloud', 'cloud:tencent-cloud'] AND $seed IN r.sources
                        WITH collect(DISTINCT c.id) AS clouds
                        WHERE size(clouds) = 3
                        RETURN clouds AS found"""),
                Arguments.of("Huawei and Alibaba ads at Jakarta airport", """
                        MATCH (o)-[r:ADVERTISES_IN]->(:Country {id: 'country:id'})
                        WHERE o.id IN ['org:huawei', 'org:alibaba-group'] AND $seed IN r.sources
                        WITH collect(o.id) AS advertisers
                        WHERE size(advertisers) = 2
                        RETURN advertisers AS found"""),
                Arguments.of("the seed article's publisher and author are in the graph", """
                        MATCH (:Organization {id: 'org:zendoric'})-[:PUBLISHED]->(s:Source {id: $seed})
                        MATCH (:Person {id: 'person:alex-colville'})-[:WORKS_FOR]->(:Organization {id: 'org:the-wire-china'})
                        RETURN s.url AS found"""),
                Arguments.of("a short path: Chinese state policy → cloud → region in Indonesia", """
                        MATCH p = (:Policy {id: 'policy:cn-ai-plus-2025'})-[:PROMOTES]->(:CloudProvider)-[:OPERATES]->(:CloudRegion)
                                  -[:LOCATED_IN]->(:Country {id: 'country:id'})
                        RETURN length(p) AS found
                        LIMIT 1"""),
                Arguments.of("a short path: government restriction → DeepSeek → its license", """
                        MATCH p = (:Government)-[:RESTRICTS]->(:Model {id: 'model:deepseek-r1'})-[:LICENSED_UNDER]->(:License)
                        RETURN length(p) AS found
                        LIMIT 1"""));
    }

    @ParameterizedTest(name = "seed claim: {0}")
    @MethodSource("seedClaims")
    void containsSeedClaim(String claim, String cypher) {
        assertThat(rows(cypher)).as(claim).isNotEmpty();
    }

    @Test
    void findsEntitiesByTheNamesPeopleType() {
        for (var alias : Map.of("Zhipu AI", "lab:zai", "Tongyi Qianwen", "model:qwen", "ap-southeast-5",
                "region:alibaba-ap-southeast-5").entrySet()) {
            long hits = graph.read("""
                    MATCH (n:Entity {id: $id})
                    WHERE $alias IN n.aliases OR n.code = $alias
                    RETURN count(n) AS count""", Map.of("id", alias.getValue(), "alias", alias.getKey()),
                    r -> r.get(0).number("count"));
            assertThat(hits).as(alias.getKey()).isEqualTo(1);
        }
    }
}
