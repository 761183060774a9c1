package org.chainchief.support;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Random version-4 UUIDs for identifiers that are not secrets (request ids, audit entries, import jobs). Unlike
 * {@link UUID#randomUUID()}, which reads the operating system's entropy source and may block, these come from the
 * thread's own generator, so they are safe on event-loop threads. Secrets (API keys, passwords) use
 * {@link java.security.SecureRandom}, off the event loop.
 */
public final class RandomIds {

	private RandomIds() {
	}

	public static String next() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		long high = (random.nextLong() & ~0xF000L) | 0x4000L; // version 4
		long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L; // IETF variant
		return new UUID(high, low).toString();
	}
}
