// Marks the demo-zone load as complete: later starts leave the graph as it is.
MATCH (m:__DemoZone)
SET m.complete = true, m.completedAt = datetime()
RETURN m.complete AS complete
