// title: Policies announced at summits and forums
// description: Which policies were announced at which event, where and when.
MATCH (policy:Policy)-[:ANNOUNCED_AT]->(event:Event)
OPTIONAL MATCH (event)-[:LOCATED_IN]->(country:Country)
RETURN event.date AS date,
       event.name AS event,
       coalesce(event.city + ', ', '') + coalesce(country.name, '') AS place,
       policy.name AS policy
ORDER BY date
