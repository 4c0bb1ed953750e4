// title: Full-text search
// description: Entities whose name, aliases, description or region code match a Lucene query, best first
//   (the same index as the search box; fuzzy terms such as zhipu~ work).
// param: text = "sovereign AI" — what to look for
CALL db.index.fulltext.queryNodes('entity_search', $text) YIELD node, score
RETURN node.name AS name,
       node.primaryLabel AS kind,
       node.id AS id,
       round(score, 2) AS score
LIMIT 25
