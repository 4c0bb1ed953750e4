// title: How the kinds of entities connect
// description: The schema as the data uses it: which relationship types join which kinds of entities, and how
//   often. A good start before writing a query.
MATCH (from:Entity)-[r]->(to:Entity)
RETURN from.primaryLabel AS from,
       type(r) AS relationship,
       to.primaryLabel AS to,
       count(*) AS count
ORDER BY count DESC
