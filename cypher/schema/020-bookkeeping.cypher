// One node per imported dataset (manifest, version, import id). It never carries :Entity, so it is not data.
CREATE CONSTRAINT dataset_info_name IF NOT EXISTS
FOR (d:DatasetInfo)
REQUIRE d.name IS UNIQUE;

// Presentation stories, shared by every app instance. Not :Entity either.
CREATE CONSTRAINT story_id IF NOT EXISTS
FOR (s:Story)
REQUIRE s.id IS UNIQUE;
