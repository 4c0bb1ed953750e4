// title: Sponsors of UN resolutions on AI
// description: The countries that sponsored or co-sponsored each UN resolution, and how many of them are in the
//   Global South.
MATCH (country:Country)-[:SPONSORS]->(resolution:Policy)
RETURN resolution.name AS resolution,
       count(country) AS sponsors,
       count(CASE WHEN country.globalSouth THEN 1 END) AS globalSouthSponsors,
       collect(country.name) AS countries
ORDER BY sponsors DESC
