// title: Who leads a country's AI players
// description: People at the top of the labs, clouds, organizations and government bodies of a country, with
//   their role.
// param: country = "CN" — ISO code of the country
MATCH (person:Person)-[leads:LEADS]->(body)
WHERE body.country = $country
RETURN person.name AS person,
       coalesce(leads.role, person.role) AS role,
       body.name AS leads,
       body.primaryLabel AS kind
ORDER BY kind, leads
