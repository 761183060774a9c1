package org.chainchief;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * chain-chief: a reactive graph service for the chain-chief system (链长制).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ChainChiefApplication {

	public static void main(String[] args) {
		SpringApplication.run(ChainChiefApplication.class, args);
	}
}
