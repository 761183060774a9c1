package org.chainchief;

import reactor.blockhound.BlockHound;
import reactor.blockhound.BlockingOperationError;
import reactor.blockhound.integration.BlockHoundIntegration;

/**
 * What BlockHound lets pass in the tests (it is installed for every test by {@code blockhound-junit-platform}).
 * Only calls that are genuinely fine on an event loop, or threads that are not ours to keep non-blocking:
 * <ul>
 * <li>The embedded Neo4j's own threads ({@code neo4j.*}, e.g. its Bolt server's event loops
 * {@code neo4j.BoltNetworkIO-*}): Netty's integration marks every Netty event loop non-blocking, the database's
 * included, but they belong to the database, which takes short locks on them by design (handing a request to a
 * Bolt worker parks when that queue's lock is contended). An error thrown there is caught by the Bolt server as a
 * fatal connection error: it closes the connection, and the service sees "Connection to the database terminated"
 * (seen under load, mid-import and at start-up). They are exempted in the blocking-call callback, because a
 * thread predicate cannot be relied on: Netty's integration compares as equal to every other, so the order in
 * which the predicates compose is not fixed. The driver's I/O threads and the web server's event loops, where
 * the service's code runs, stay guarded.</li>
 * <li>Loading a validation message bundle from a jar, once per bundle (Hibernate Validator caches it).</li>
 * <li>The test client's multipart boundary, drawn from {@code SecureRandom} (client side only).</li>
 * <li>Netty's adaptive buffer allocator growing its magazines, and other short locks of libraries (Jackson's and
 * Hibernate Validator's caches filled on first use, the log appender, the in-memory web session): they park only when contended, which is
 * why, refused, they failed a request now and then under load.</li>
 * <li>zstd's native library loaded once, when Netty's HTTP codecs first look for it.</li>
 * <li>Checking a static resource (Swagger UI) in a jar on the class path.</li>
 * </ul>
 */
public final class BlockingAllowances implements BlockHoundIntegration {

	/** The prefix of every thread the embedded database starts. */
	private static final String DATABASE_THREADS = "neo4j.";

	/** Set while a refusal is being reported, so the report's own write to stderr is not refused in turn. */
	private static final ThreadLocal<Boolean> REPORTING = ThreadLocal.withInitial(() -> false);

	/** Meant to apply after the built-in integrations; see above why nothing here depends on that order. */
	@Override
	public int getPriority() {
		return 1000;
	}

	@Override
	public void applyTo(BlockHound.Builder builder) {
		builder.blockingMethodCallback(BlockingAllowances::refuse);
		builder.allowBlockingCallsInside("org.hibernate.validator.resourceloading.PlatformResourceBundleLocator",
				"loadBundle");
		builder.allowBlockingCallsInside("org.springframework.util.MimeTypeUtils", "generateMultipartBoundary");
		// Swagger UI's static files: checking a class-path resource in a jar (like class loading, cached).
		builder.allowBlockingCallsInside("org.springframework.web.reactive.resource.PathResourceResolver", "getResource");
		// The workbench's WebJar (ECharts): its version is read from the jar's pom.properties once, then cached.
		builder.allowBlockingCallsInside("org.webjars.WebJarVersionLocator", "version");
		// Netty's adaptive buffer allocator briefly takes a magazine's lock when it grows its magazines.
		builder.allowBlockingCallsInside("io.netty.buffer.AdaptivePoolingAllocator$MagazineGroup", "tryExpandMagazines");
		// Short locks that only park when another thread holds them at that instant (so under load, at random):
		// Jackson building and caching a deserializer on first use, Hibernate Validator caching a class's
		// constraints and an interpolated message on first use, and the log's appender serialising two threads' lines (the service logs
		// synchronously, slow queries from the driver's threads included).
		builder.allowBlockingCallsInside("tools.jackson.databind.deser.DeserializerCache",
				"_createAndCacheValueDeserializer");
		builder.allowBlockingCallsInside("org.hibernate.validator.internal.metadata.BeanMetaDataManagerImpl",
				"getBeanMetaData");
		builder.allowBlockingCallsInside("org.hibernate.validator.messageinterpolation.AbstractMessageInterpolator",
				"interpolateMessage");
		builder.allowBlockingCallsInside("ch.qos.logback.core.OutputStreamAppender", "writeBytes");
		// The in-memory web session (the page's sign-in): saving a session and changing its id on sign-in take the
		// session's own lock (the second runs in a lambda of changeSessionId).
		builder.allowBlockingCallsInside("org.springframework.web.server.session.InMemoryWebSessionStore$InMemoryWebSession",
				"save");
		builder.allowBlockingCallsInside("org.springframework.web.server.session.InMemoryWebSessionStore$InMemoryWebSession",
				"lambda$changeSessionId$0");
		// zstd's native library, loaded from its jar the first time Netty's HTTP codecs ask whether zstd is available
		// (once per process, like class loading).
		builder.allowBlockingCallsInside("com.github.luben.zstd.util.Native", "load");
		// An upload written to its temporary file (DataBufferUtils.write): the JDK's asynchronous file channel hands
		// each write to its own thread pool, whose lock is taken for a moment when the pool adds a thread; seen under
		// six concurrent uploads (TwoInstancesTest), where the refusal left an upload unanswered.
		builder.allowBlockingCallsInside("sun.nio.ch.SimpleAsynchronousFileChannelImpl", "implWrite");
		// Shutting an executor down (the driver's pool does, as it closes) takes the executor's own lock.
		builder.allowBlockingCallsInside("java.util.concurrent.ScheduledThreadPoolExecutor", "shutdown");
		// springdoc builds the OpenAPI document once, at start-up (pre-loading); a /v3/api-docs request that arrives
		// while it is still being built waits for it. Once per process, and only for the contract's own route.
		builder.allowBlockingCallsInside("org.springdoc.api.AbstractOpenApiResource", "getOpenApi");
		// The tests' own contract check (on the test client's threads): compiling a schema and loading the
		// validator's message bundles read class-path resources, once each.
		builder.allowBlockingCallsInside("org.chainchief.support.Contract", "violations");
	}

	/**
	 * Throws BlockHound's error for a blocking call on a guarded thread, and first prints it with the thread's name
	 * and stack: code that runs on an event loop does not always pass an error on (a Netty handler may drop it, a
	 * library may catch it), and a refusal nobody reports looks like a request that never gets its answer.
	 */
	private static void refuse(reactor.blockhound.BlockingMethod method) {
		if (Thread.currentThread().getName().startsWith(DATABASE_THREADS) || REPORTING.get()) {
			return;
		}
		BlockingOperationError error = new BlockingOperationError(method);
		REPORTING.set(true);
		try {
			System.err.println("BlockHound refused a blocking call on " + Thread.currentThread().getName() + ": " + method);
			error.printStackTrace();
		}
		finally {
			REPORTING.set(false);
		}
		throw error;
	}
}
