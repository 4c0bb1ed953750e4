// title: Policies aimed at a lab that other countries restrict
// description: Policies that promote or target a lab whose models (or the lab itself) a government of another
//   country restricts: the same lab seen from both sides of a border.
MATCH (policy:Policy)-[aim:PROMOTES|TARGETS]->(lab:Lab)
MATCH (government:Government)-[restriction:RESTRICTS]->(restricted)
WHERE (restricted = lab OR (lab)-[:DEVELOPS]->(restricted))
  AND government.country <> coalesce(policy.country, '')
RETURN policy.name AS policy,
       type(aim) AS stance,
       lab.name AS lab,
       collect(DISTINCT government.country) AS restrictingCountries,
       count(DISTINCT government) AS restrictingBodies
ORDER BY restrictingBodies DESC, policy
