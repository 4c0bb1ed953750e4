// title: Who restricts a lab or its models
// description: Governments and bodies that banned, suspended or blocked a lab or one of its models, by country
//   and date, with what they said and how well it is sourced.
// param: lab = "lab:deepseek" — id of the lab
MATCH (lab:Entity {id: $lab})
MATCH (body)-[restriction:RESTRICTS]->(target)
WHERE target = lab OR (lab)-[:DEVELOPS]->(target)
RETURN body.country AS country,
       body.name AS restrictedBy,
       target.name AS restricted,
       left(toString(restriction.since), CASE restriction.sincePrecision WHEN 'year' THEN 4 WHEN 'month' THEN 7 ELSE 10 END) AS since,
       restriction.confidence AS confidence,
       restriction.note AS note
ORDER BY restriction.since, country
