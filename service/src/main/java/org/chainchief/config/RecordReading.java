package org.chainchief.config;

import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * The beans that read and validate records, as the service configures them (its JSON mapper with the strict
 * scalars, its bean validator) and nothing else: for commands that read the import format without the service,
 * such as the bulk load, so that they accept and refuse exactly what the import does.
 */
@Configuration(proxyBeanMethods = false)
@ImportAutoConfiguration({ JacksonAutoConfiguration.class, ValidationAutoConfiguration.class })
@Import(JsonConfiguration.class)
public class RecordReading {
}
