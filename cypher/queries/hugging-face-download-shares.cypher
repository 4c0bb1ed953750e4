// title: Who downloads whose models: Hugging Face shares over time
// description: Share of Hugging Face downloads of models developed in each country, period by period, as the
//   sources report it (with their confidence).
MATCH (country:Country)-[share:DOWNLOAD_SHARE]->(platform)
RETURN left(toString(share.since), CASE share.sincePrecision WHEN 'year' THEN 4 WHEN 'month' THEN 7 ELSE 10 END) AS period,
       country.name AS modelsFrom,
       share.share AS percent,
       platform.name AS platform,
       share.confidence AS confidence
ORDER BY share.since, percent DESC
