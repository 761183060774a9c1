package org.chainchief;

import java.util.Arrays;

import org.chainchief.convert.ConvertCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * chain-chief: a reactive graph service for the chain-chief system (链长制).
 * {@code java -jar chain-chief.jar convert …} runs the data-set converter instead (no Spring, no database).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ChainChiefApplication {

	public static void main(String[] args) {
		if (args.length > 0 && "convert".equals(args[0])) {
			System.exit(ConvertCommand.run(Arrays.copyOfRange(args, 1, args.length)));
		}
		SpringApplication.run(ChainChiefApplication.class, args);
	}
}
