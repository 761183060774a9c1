// Extends $holder's lease $name by $millis ms from now; no row when $holder no longer holds it.
MATCH (l:__Lease {name: $name})
WHERE l.holder = $holder
SET l.expires = timestamp() + $millis
RETURN l.expires AS expires
