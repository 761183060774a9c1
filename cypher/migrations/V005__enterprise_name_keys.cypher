// The pinyin sort key of each enterprise's name (support/NameKeys): listings are ordered and paged by it in the
// database. The keys themselves are computed by the service (Cypher has no collator): at start-up for enterprises
// that lack one, and on every write.
CREATE INDEX enterprise_name_key IF NOT EXISTS FOR (n:Enterprise) ON (n.nameKey);
// The record of the collator rules the stored keys were made with: one node, merged safely by instances starting together.
CREATE CONSTRAINT name_keys_id IF NOT EXISTS FOR (n:__NameKeys) REQUIRE n.id IS UNIQUE;
