package org.chainchief.support;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Bounds on every unit of work {@link Graph} runs. Each transaction carries its kind's timeout to the server
 * (which terminates it there); the same bound plus {@code clientGrace} also limits how long the service waits
 * for the server's next answer, so a lost message cannot hold a request forever.
 *
 * @param readTimeout        interactive reads (every GET of the API)
 * @param writeTimeout       interactive writes (POST, PUT, DELETE of the API)
 * @param importTimeout      bulk work: one import batch, and an export
 * @param clientGrace        added to a bound for the wait on the server's next answer
 * @param slowQueryThreshold a unit of work that takes longer is logged (WARN) with its catalog name and duration
 * @param retryAfter         the {@code Retry-After} of a 503 when the database is unavailable or busy
 */
@ConfigurationProperties("chain-chief.graph")
public record GraphSettings(
		@DefaultValue("30s") Duration readTimeout,
		@DefaultValue("30s") Duration writeTimeout,
		@DefaultValue("120s") Duration importTimeout,
		@DefaultValue("5s") Duration clientGrace,
		@DefaultValue("1s") Duration slowQueryThreshold,
		@DefaultValue("5s") Duration retryAfter) {

	/** The kinds of work, each with its own bound, and whether it runs as a read transaction. */
	public enum Work {
		/** An interactive read (a GET of the API). */
		READ(true),
		/** An interactive write. */
		WRITE(false),
		/** One import batch. */
		IMPORT(false),
		/** The export: bulk, with the import's bound, but a read (on a cluster a secondary may answer it). */
		EXPORT(true);

		private final boolean reads;

		Work(boolean reads) {
			this.reads = reads;
		}

		/** Whether the work runs as a read transaction. */
		public boolean reads() {
			return reads;
		}
	}

	public Duration timeout(Work work) {
		return switch (work) {
			case READ -> readTimeout;
			case WRITE -> writeTimeout;
			case IMPORT, EXPORT -> importTimeout;
		};
	}
}
