package org.chainchief.ops;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import org.chainchief.support.ApiProblem;
import org.chainchief.support.StartupStep;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.neo4j.driver.exceptions.TransientException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Runs the start-up steps (migrations, then the demo zone) before the application takes traffic. When the database
 * does not answer (an external server that is not up yet), the service starts anyway: the steps are retried in the
 * background with a bounded back-off ({@link StartupProperties}) until they succeed; meanwhile this readiness
 * contributor ({@code startup}) is DOWN and {@link ReadinessGate} answers every {@code /api/} request with 503.
 * Any other failure of a step at start stops the start-up, as before; in the background it ends the retries
 * (readiness stays DOWN, the error is in its details and the log).
 */
@Component("startup")
@Order(Ordered.HIGHEST_PRECEDENCE)
final class DatabaseStartup implements ApplicationRunner, HealthIndicator {

	private static final Logger log = LoggerFactory.getLogger(DatabaseStartup.class);

	enum State {
		/** Not run yet (the context is starting). */
		PENDING,
		/** The steps are running. */
		RUNNING,
		/** The database did not answer at start; attempts go on in the background until the steps succeed. */
		WAITING_FOR_DATABASE,
		/** Every step succeeded. */
		DONE,
		/** A step failed for another reason than an unavailable database; no more attempts. */
		FAILED
	}

	private final List<StartupStep> steps;

	private final StartupProperties properties;

	private final ScheduledExecutorService retries = Executors.newSingleThreadScheduledExecutor(r -> {
		Thread thread = new Thread(r, "chain-chief-startup");
		thread.setDaemon(true);
		return thread;
	});

	private volatile State state = State.PENDING;

	private volatile String lastError;

	private volatile int attempts;

	DatabaseStartup(ObjectProvider<StartupStep> steps, StartupProperties properties) {
		this.steps = steps.orderedStream().toList();
		this.properties = properties;
	}

	State state() {
		return state;
	}

	boolean waitingForDatabase() {
		return state == State.WAITING_FOR_DATABASE;
	}

	@Override
	public void run(ApplicationArguments args) {
		state = State.RUNNING;
		try {
			attempt();
		}
		catch (RuntimeException ex) {
			if (!databaseUnavailable(ex)) {
				state = State.FAILED;
				throw ex;
			}
			log.warn("The graph database does not answer ({}): the service starts without it, answers 503 and "
					+ "retries the start-up ({}) in the background", describe(ex), names());
			schedule(properties.next(null));
		}
	}

	/** One run of every step; the state stays as it is until they all succeeded. */
	private void attempt() {
		attempts++;
		for (StartupStep step : steps) {
			step.run();
		}
		state = State.DONE;
		lastError = null;
	}

	private void schedule(Duration wait) {
		state = State.WAITING_FOR_DATABASE;
		retries.schedule(() -> retry(wait), wait.toMillis(), TimeUnit.MILLISECONDS);
	}

	private void retry(Duration waited) {
		try {
			attempt();
			log.info("The graph database answers: start-up ({}) done after {} attempts; the service is ready", names(),
					attempts);
		}
		catch (RuntimeException ex) {
			lastError = describe(ex);
			if (databaseUnavailable(ex)) {
				Duration next = properties.next(waited);
				log.warn("The graph database still does not answer ({}); next attempt in {} s", lastError,
						next.toSeconds());
				schedule(next);
			}
			else {
				state = State.FAILED;
				log.error("Start-up ({}) failed; the service stays not ready", names(), ex);
			}
		}
	}

	@Override
	public Health health() {
		Health.Builder health = state == State.DONE ? Health.up() : Health.down();
		health.withDetail("state", state.name()).withDetail("attempts", attempts);
		if (lastError != null && state != State.DONE) {
			health.withDetail("error", lastError);
		}
		return health.build();
	}

	@PreDestroy
	void stop() {
		retries.shutdownNow();
	}

	/** Whether the failure is the database not answering (down, unreachable, still starting, busy). */
	static boolean databaseUnavailable(Throwable ex) {
		for (Throwable t = ex; t != null; t = t.getCause() == t ? null : t.getCause()) {
			if (t instanceof ServiceUnavailableException || t instanceof SessionExpiredException
					|| t instanceof TransientException
					|| t instanceof ApiProblem problem && problem.status() == HttpStatus.SERVICE_UNAVAILABLE) {
				return true;
			}
		}
		return false;
	}

	private String names() {
		return String.join(", ", steps.stream().map(StartupStep::name).toList());
	}

	private static String describe(Throwable ex) {
		return ex.getClass().getSimpleName() + (ex.getMessage() == null ? "" : ": " + ex.getMessage());
	}
}
