// Every data node carries :Entity and a stable, unique dataset id such as 'lab:deepseek'.
CREATE CONSTRAINT entity_id IF NOT EXISTS
FOR (n:Entity)
REQUIRE n.id IS UNIQUE;

// Replacing a dataset finds its nodes by name.
CREATE INDEX entity_dataset IF NOT EXISTS
FOR (n:Entity)
ON (n.dataset);

// Search: names, aliases (a string list), descriptions and region codes; 'standard-folding' ignores case and
// accents, so "zhipu" finds "Zhipü" and "sao paulo" finds "São Paulo".
CREATE FULLTEXT INDEX entity_search IF NOT EXISTS
FOR (n:Entity)
ON EACH [n.name, n.aliases, n.description, n.code]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding', `fulltext.eventually_consistent`: false}};
