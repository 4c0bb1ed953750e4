// title: Derivatives of Qwen (or any lab's models)
// description: Models built on a model of the lab, directly or through other derivatives, by someone else:
//   fine-tunes, distillations and regional language models, with who made them.
// param: lab = "cloud:alibaba-cloud" — id of the lab whose models are the base (Alibaba Cloud develops Qwen)
MATCH (lab:Entity {id: $lab})-[:DEVELOPS]->(base:Model)
MATCH chain = (derivative:Model)-[:BASED_ON*1..4]->(base)
WHERE NOT (lab)-[:DEVELOPS]->(derivative)
OPTIONAL MATCH (maker)-[:DEVELOPS]->(derivative)
RETURN derivative.name AS derivative,
       collect(DISTINCT maker.name) AS madeBy,
       base.name AS basedOn,
       min(length(chain)) AS steps
ORDER BY steps, derivative
