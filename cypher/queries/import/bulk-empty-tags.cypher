// After a bulk load: the enterprises whose tags are an empty list. The bulk importer leaves an empty list unset, so
// the load marks them (label __EmptyTags) and this sets the list, a batch at a time, until it answers 0.
MATCH (e:__EmptyTags)
WITH e LIMIT $batch
SET e.tags = []
REMOVE e:__EmptyTags
RETURN count(*) AS written
