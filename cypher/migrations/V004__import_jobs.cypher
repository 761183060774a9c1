// Background imports are kept in the graph, so any instance beside the database answers for any job.
CREATE CONSTRAINT import_job_id IF NOT EXISTS FOR (n:__ImportJob) REQUIRE n.id IS UNIQUE;
CREATE INDEX import_job_finished IF NOT EXISTS FOR (n:__ImportJob) ON (n.finishedMillis);
