// Every lease given up: the embedded database has just started in this process, so none of them can be held by an
// instance that still works on it (a holder killed with the process would otherwise keep it until its time ran out).
MATCH (l:__Lease)
DELETE l
RETURN count(*) AS cleared
