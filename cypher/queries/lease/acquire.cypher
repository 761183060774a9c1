// Takes the lease $name for $holder for $millis ms, when nobody holds it, its holder's time ran out (a holder that
// crashed), or $holder holds it already. The first SET locks the node, so the check below sees the latest holder and
// two instances cannot both take it. Times are the database's clock, the same for every instance.
MERGE (l:__Lease {name: $name})
SET l.claimedAt = timestamp()
WITH l, (l.holder IS NULL OR l.holder = $holder OR l.expires < timestamp()) AS free
FOREACH (ignored IN CASE WHEN free THEN [1] ELSE [] END |
  SET l.holder = $holder, l.expires = timestamp() + $millis, l.since = datetime(), l.about = $about)
RETURN free AS acquired, l.holder AS holder, l.about AS about, toString(l.since) AS since,
       l.expires - timestamp() AS leftMillis
