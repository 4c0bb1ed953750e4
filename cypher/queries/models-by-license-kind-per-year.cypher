// title: Models by license kind over time
// description: How many models were released each year under permissive, restricted and proprietary licenses
//   (a model counts under every license it has had).
// param: from = {"$date": "2023-01-01"} — count models released on or after this date
MATCH (model:Model)-[:LICENSED_UNDER]->(license:License)
WHERE model.released >= $from
WITH model.released.year AS year, license.kind AS kind, count(DISTINCT model) AS models
ORDER BY year, kind
RETURN year, collect(kind + ': ' + models) AS byKind, sum(models) AS total
