// title: Who funds the labs and clouds
// description: Investments into labs, cloud providers and their regions, with the amounts the sources give.
MATCH (investor)-[investment:INVESTS_IN]->(target)
WHERE target:Lab OR target:CloudProvider OR target:CloudRegion
RETURN investor.name AS investor,
       target.name AS target,
       target.primaryLabel AS kind,
       investment.since AS since,
       investment.note AS note
ORDER BY target, since
