// A background import kept in the graph, and how long ago (ms, on the database's clock) it last reported.
MATCH (j:__ImportJob {id: $id})
RETURN j.json AS json, j.status AS status, j.instance AS instance, timestamp() - j.updatedAt AS age
