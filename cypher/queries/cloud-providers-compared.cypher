// title: Cloud providers compared
// description: For each cloud provider, its home country, how many regions it runs, in how many countries, and
//   how many of those countries are in the Global South.
MATCH (provider:CloudProvider)
OPTIONAL MATCH (provider)-[:HEADQUARTERED_IN]->(home:Country)
OPTIONAL MATCH (provider)-[:OPERATES]->(region:CloudRegion)-[:LOCATED_IN]->(country:Country)
RETURN provider.name AS provider,
       home.name AS home,
       count(DISTINCT region) AS regions,
       count(DISTINCT country) AS countries,
       count(DISTINCT CASE WHEN country.globalSouth THEN country END) AS globalSouthCountries
ORDER BY regions DESC
