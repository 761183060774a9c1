// At start-up (support/WriteVersionStart): the graph's write version exists, also for a graph written without the
// service (bulk-load, a restored backup, a server filled by other means); support/Graph replaces its value after this
// statement, as after every write, so no read model of before can pass for current.
MERGE (v:__GraphVersion {id: 'graph'})
RETURN v.id AS id
