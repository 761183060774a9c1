// Waits (at most 300 s) until every index is online, so the first queries after the migrations use them.
CALL db.awaitIndexes(300)
