// title: Models that changed license
// description: Models that have had more than one license, each with the time it applied, e.g. DeepSeek and
//   Yi moving to permissive licenses, or Qwen models going closed.
MATCH (model:Model)-[licensed:LICENSED_UNDER]->(license:License)
WITH model, licensed, license
ORDER BY licensed.since
WITH model, collect(license.name + ' (' + license.kind + ') ' + coalesce(toString(licensed.since), '?') + ' – '
     + coalesce(toString(licensed.until), 'now')) AS licenses
WHERE size(licenses) > 1
RETURN model.name AS model, licenses
ORDER BY model
