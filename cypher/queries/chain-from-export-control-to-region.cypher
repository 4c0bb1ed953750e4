// title: Shortest chain from a U.S. export control to an Indonesian cloud region
// description: The shortest chains of claims that lead from a policy to the cloud regions of a country, e.g. from
//   the U.S. advanced computing export controls through China and a Chinese cloud to a data centre in Jakarta.
//   Links between publishers and their documents are left out.
// param: policy = "policy:us-advanced-computing-controls-2023" — id of the policy to start from
// param: country = "ID" — ISO code of the country of the regions
// param: maxHops = 6 — longest chain to consider
MATCH (policy:Policy {id: $policy})
MATCH (region:CloudRegion)-[:LOCATED_IN]->(:Country {iso2: $country})
MATCH chain = shortestPath((policy)-[*..20]-(region))
WHERE length(chain) <= $maxHops
  AND none(r IN relationships(chain) WHERE type(r) = 'PUBLISHED')
RETURN region.name AS region,
       length(chain) AS hops,
       [n IN nodes(chain) | n.name] AS via,
       chain
ORDER BY hops, region
