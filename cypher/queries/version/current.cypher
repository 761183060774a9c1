// The graph's write version (version/bump); null when no write of the service has run since the graph was emptied
// (then no read model is current).
OPTIONAL MATCH (v:__GraphVersion {id: 'graph'})
RETURN v.version AS version
