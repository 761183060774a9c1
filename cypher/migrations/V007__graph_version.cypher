// The graph's write version: one node (id 'graph') whose value every write transaction of the chain replaces
// (version/bump, run by support/Graph), so an in-memory read model built at one version knows whether it is still
// the graph's (recruit/RecruitModels). Unique, so writes that create it at once agree on one node.
CREATE CONSTRAINT graph_version_id IF NOT EXISTS FOR (n:__GraphVersion) REQUIRE n.id IS UNIQUE;
