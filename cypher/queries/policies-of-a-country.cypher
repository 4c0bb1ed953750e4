// title: A country's AI policies over time
// description: The policies issued by a country's government bodies, oldest first, with kind, status and issuer.
// param: country = "CN" — ISO code of the country
MATCH (issuer:Government {country: $country})-[:ISSUED]->(policy:Policy)
RETURN policy.issued AS issued,
       policy.name AS policy,
       policy.kind AS kind,
       policy.status AS status,
       collect(DISTINCT issuer.name) AS issuedBy
ORDER BY issued
