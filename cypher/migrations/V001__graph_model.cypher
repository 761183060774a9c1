// The chain graph model: one uniqueness constraint per identified node label, and the indexes the
// queries in cypher/queries/ rely on.
CREATE CONSTRAINT migration_version IF NOT EXISTS FOR (m:__Migration) REQUIRE m.version IS UNIQUE;
CREATE CONSTRAINT cluster_id IF NOT EXISTS FOR (n:Cluster) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT link_id IF NOT EXISTS FOR (n:Link) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT enterprise_id IF NOT EXISTS FOR (n:Enterprise) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT project_id IF NOT EXISTS FOR (n:Project) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT team_id IF NOT EXISTS FOR (n:Team) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT target_id IF NOT EXISTS FOR (n:Target) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT measure_id IF NOT EXISTS FOR (n:Measure) REQUIRE n.id IS UNIQUE;

// Names, Chinese first: the CJK analyzer indexes overlapping character pairs, so "晶圆" finds "中欣晶圆".
CREATE FULLTEXT INDEX name_search IF NOT EXISTS FOR (n:Cluster|Link|Enterprise) ON EACH [n.name, n.nameEn]
  OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}};
// Trigram text index: makes `name CONTAINS $q` fast for any substring, single characters included.
CREATE TEXT INDEX enterprise_name_text IF NOT EXISTS FOR (n:Enterprise) ON (n.name);
CREATE INDEX enterprise_local IF NOT EXISTS FOR (n:Enterprise) ON (n.local);
CREATE INDEX enterprise_region IF NOT EXISTS FOR (n:Enterprise) ON (n.region);
CREATE INDEX link_stage IF NOT EXISTS FOR (n:Link) ON (n.stage);
CREATE INDEX supplies_link IF NOT EXISTS FOR ()-[r:SUPPLIES]-() ON (r.link);
