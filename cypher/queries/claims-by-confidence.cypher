// title: Claims that rest on weak sources
// description: Relationships whose sources are rated at a given confidence, with the documents they cite, so
//   they can be checked.
// param: confidence = "low" — high, medium or low
MATCH (from:Entity)-[claim]->(to:Entity)
WHERE claim.confidence = $confidence
  AND NOT claim:PUBLISHED
OPTIONAL MATCH (source:Source)
WHERE source.id IN claim.sources
RETURN from.name AS from,
       type(claim) AS claim,
       to.name AS to,
       claim.note AS note,
       collect(source.name) AS sources
ORDER BY claim, from
