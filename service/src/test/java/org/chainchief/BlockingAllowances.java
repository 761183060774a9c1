package org.chainchief;

import reactor.blockhound.BlockHound;
import reactor.blockhound.integration.BlockHoundIntegration;

/**
 * What BlockHound lets pass in the tests (it is installed for every test by {@code blockhound-junit-platform}).
 * Only calls that are genuinely fine on an event loop, or threads that are not ours to keep non-blocking:
 * <ul>
 * <li>The embedded Neo4j's own Bolt server threads ({@code neo4j.BoltNetworkIO-*}) are Netty event loops, which
 * BlockHound's Netty integration marks non-blocking; they belong to the database (the server side of Bolt), not to
 * the service, and their idle waits and I/O are the database's business. The driver's I/O threads and the web
 * server's event loops, where the service's code runs, stay guarded.</li>
 * <li>Loading a validation message bundle from a jar, once per bundle (Hibernate Validator caches it).</li>
 * <li>The test client's multipart boundary, drawn from {@code SecureRandom} (client side only).</li>
 * <li>Netty's adaptive buffer allocator growing its magazines (a short internal lock).</li>
 * <li>Checking a static resource (Swagger UI) in a jar on the class path.</li>
 * </ul>
 */
public final class BlockingAllowances implements BlockHoundIntegration {

	/** Applied after the built-in integrations (Netty's marks every Netty event loop non-blocking). */
	@Override
	public int getPriority() {
		return 1000;
	}

	@Override
	public void applyTo(BlockHound.Builder builder) {
		builder.nonBlockingThreadPredicate(current -> current.and(thread -> !thread.getName().startsWith("neo4j.Bolt")));
		builder.allowBlockingCallsInside("org.hibernate.validator.resourceloading.PlatformResourceBundleLocator",
				"loadBundle");
		builder.allowBlockingCallsInside("org.springframework.util.MimeTypeUtils", "generateMultipartBoundary");
		// The embedded database's own threads, named one by one (the thread predicate alone did not catch them all):
		// the idle wait of Netty's in-JVM transport, which only Neo4j uses, and Neo4j's log4j debug log.
		builder.allowBlockingCallsInside("io.netty.channel.local.LocalIoHandler", "run");
		builder.allowBlockingCallsInside("org.apache.logging.log4j.core.appender.OutputStreamManager", "flushBuffer");
		// Swagger UI's static files: checking a class-path resource in a jar (like class loading, cached).
		builder.allowBlockingCallsInside("org.springframework.web.reactive.resource.PathResourceResolver", "getResource");
		// The workbench's WebJar (ECharts): its version is read from the jar's pom.properties once, then cached.
		builder.allowBlockingCallsInside("org.webjars.WebJarVersionLocator", "version");
		// Netty's adaptive buffer allocator briefly takes a magazine's lock when it grows its magazines.
		builder.allowBlockingCallsInside("io.netty.buffer.AdaptivePoolingAllocator$MagazineGroup", "tryExpandMagazines");
		// springdoc builds the OpenAPI document once, at start-up (pre-loading); a /v3/api-docs request that arrives
		// while it is still being built waits for it. Once per process, and only for the contract's own route.
		builder.allowBlockingCallsInside("org.springdoc.api.AbstractOpenApiResource", "getOpenApi");
		// The tests' own contract check (on the test client's threads): compiling a schema and loading the
		// validator's message bundles read class-path resources, once each.
		builder.allowBlockingCallsInside("org.chainchief.support.Contract", "violations");
	}
}
