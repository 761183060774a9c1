// The first statement of every write transaction that may change the chain (support/Graph): a new write version,
// committed with the write or not at all. A random value, not a counter: a version never comes back, even after the
// node is deleted with the rest of the graph. First in the transaction: its lock on this one node is held until the
// write commits, so writes of the chain commit one at a time and never deadlock on it (no other lock comes first).
MERGE (v:__GraphVersion {id: 'graph'})
SET v.version = randomUUID()
