package org.chainchief.support;

import org.springframework.core.Ordered;

/**
 * Work on the database that must be done before the service is ready (migrations, the demo zone). Run in order at
 * start-up; when the database does not answer yet, run again (all steps, in order) until it does, so every step
 * must be idempotent.
 */
public interface StartupStep extends Ordered {

	/** What the step does, for the logs and the readiness details. */
	String name();

	/** Does the step's work, blocking; a failure of the database is thrown as it is. */
	void run();
}
