package org.chainchief.config;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Tells the person who started the service where to look. */
@Component
final class StartupBanner {

	private static final Logger log = LoggerFactory.getLogger(StartupBanner.class);

	private final java.util.List<BannerLine> lines;

	StartupBanner(java.util.List<BannerLine> lines) {
		this.lines = lines;
	}

	@EventListener
	void ready(ApplicationReadyEvent event) {
		if (event.getApplicationContext() instanceof WebServerApplicationContext web) {
			String base = "http://localhost:" + web.getWebServer().getPort();
			log.info("""

					  chain-chief is ready
					    API         {}/api/v1/clusters
					    Swagger UI  {}/swagger-ui.html
					    OpenAPI     {}/v3/api-docs
					{}""", base, base, base, lines.stream().map(l -> "    " + l.line() + "\n").reduce("", String::concat));
		}
	}
}
