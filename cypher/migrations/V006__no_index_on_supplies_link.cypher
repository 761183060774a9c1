// No index on SUPPLIES(link). With it, the planner answered "is there a SUPPLIES {link: x} between these two
// enterprises?" (the import's and the REST write's MERGE, what-if's and impact's "another supplier of this product")
// by seeking every SUPPLIES of link x and then checking the ends: one row cost as many reads as the link has supplies
// (at 100,000 enterprises, tens of thousands for a popular product), so a batch of supplies took quadratic time.
// Without it the same patterns expand between the bound enterprises (their degree, a few). The one statement that
// looked up SUPPLIES by link alone (link/delete, deleting a link) scans the SUPPLIES relationships instead: rare, and
// linear. QueryPlanTest holds the writes to expansion.
DROP INDEX supplies_link IF EXISTS;
