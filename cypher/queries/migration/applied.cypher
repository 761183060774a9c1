// The migrations the graph has applied, with the checksum of each file as it was applied.
MATCH (m:__Migration)
RETURN m.version AS v, m.checksum AS c
