// title: What the graph holds
// description: Every kind of entity with how many there are.
MATCH (n:Entity)
RETURN n.primaryLabel AS kind, count(*) AS entities
ORDER BY entities DESC
