// Keeps a background import in the graph, so that every instance beside the database answers for it: the job as
// GET /api/v1/imports/{id} shows it ($json), its status, the instance running it, and when it last reported. A
// progress report that arrives after the outcome does not overwrite it.
MERGE (j:__ImportJob {id: $id})
WITH j
WHERE $status <> 'RUNNING' OR coalesce(j.status, 'RUNNING') = 'RUNNING'
SET j.json = $json, j.status = $status, j.instance = $instance, j.finishedMillis = $finishedMillis,
    j.updatedAt = timestamp()
