// Forgets the finished background imports beyond the $keep most recent ones.
MATCH (j:__ImportJob)
WHERE j.finishedMillis IS NOT NULL
WITH j
ORDER BY j.finishedMillis DESC
SKIP $keep
DELETE j
