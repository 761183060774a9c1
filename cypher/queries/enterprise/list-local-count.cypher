// How many enterprises pass the filters of enterprise/list-local (local = true, no link or cluster filter).
MATCH (e:Enterprise {local: true})
USING INDEX e:Enterprise(local)
WHERE ($region IS NULL OR e.region STARTS WITH $region)
  AND ($tag IS NULL OR $tag IN e.tags)
RETURN count(e) AS total
