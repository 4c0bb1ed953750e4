// title: The most cited sources
// description: The documents that support the most claims, with their publisher and date.
// param: top = 15 — how many sources to list
MATCH ()-[claim]->()
WHERE NOT claim:PUBLISHED
UNWIND claim.sources AS sourceId
WITH sourceId, count(*) AS claims
ORDER BY claims DESC
LIMIT $top
MATCH (source:Source {id: sourceId})
RETURN source.name AS source,
       source.publisher AS publisher,
       source.published AS published,
       claims
ORDER BY claims DESC, source
