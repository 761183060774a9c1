// Deletes a link with all its relationships, and the SUPPLIES relationships that name it.
MATCH (l:Link {id: $id})
CALL (l) {
  MATCH ()-[s:SUPPLIES]->()
  WHERE s.link = l.id
  DELETE s
}
DETACH DELETE l
RETURN count(*) AS deleted
