// title: Global South countries hosting regions of Chinese clouds
// description: Each Global South country (other than the clouds' home) where a cloud provider headquartered in
//   the home country operates a region, with the regions and since when they run (as precisely as the sources say).
// param: home = "CN" — ISO code of the cloud providers' home country
MATCH (provider:CloudProvider)-[:HEADQUARTERED_IN]->(:Country {iso2: $home})
MATCH (provider)-[operates:OPERATES]->(region:CloudRegion)-[:LOCATED_IN]->(country:Country {globalSouth: true})
WHERE country.iso2 <> $home
WITH country, provider, region, operates
ORDER BY operates.since
RETURN country.name AS country,
       collect(provider.name + ': ' + region.name) AS regions,
       left(toString(min(operates.since)), 4) AS firstYear,
       count(region) AS regionCount
ORDER BY firstYear IS NULL, firstYear, country
