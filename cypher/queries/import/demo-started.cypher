// Marks a demo-zone load as begun: a load the database interrupts is finished on the next start.
MERGE (m:__DemoZone)
SET m.complete = false, m.startedAt = datetime()
RETURN m.complete AS complete
