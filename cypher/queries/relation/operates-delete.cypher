OPTIONAL MATCH (e:Enterprise {id: $enterprise})
OPTIONAL MATCH (l:Link {id: $link})
CALL (e, l) {
  OPTIONAL MATCH (e)-[o:OPERATES_IN]->(l)
  DELETE o
  RETURN count(o) AS deleted
}
RETURN e IS NOT NULL AS enterpriseExists, l IS NOT NULL AS linkExists, deleted
