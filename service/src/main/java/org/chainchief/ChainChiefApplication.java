package org.chainchief;

import java.util.Arrays;

import org.chainchief.convert.ConvertCommand;
import org.chainchief.importer.BulkLoadCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * chain-chief: a reactive graph service for the chain-chief system (链长制).
 * {@code java -jar chain-chief.jar convert …} runs the data-set converter instead (no Spring, no database);
 * {@code java -jar chain-chief.jar bulk-load …} builds a new embedded database from an import file (no service).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ChainChiefApplication {

	/**
	 * Netty's portable NIO transport for every Netty in the process (the web server, the driver, the embedded
	 * database's Bolt server) instead of its native epoll one: the transport the test suite, the load runs and the
	 * benchmarks are measured on (on this project's 2-core machines the hostile-input test ran in 72 s on NIO
	 * against 189 to 283 s on epoll). The request stall once blamed on epoll was not the transport but the HTTP
	 * server's (reactor/reactor-netty#4361, fixed in the reactor-netty the service runs on). Set before any Netty
	 * class loads. The native transport libraries are not on the class path (see the parent pom).
	 */
	static void portableTransport() {
		if (System.getProperty("io.netty.transport.noNative") == null) {
			System.setProperty("io.netty.transport.noNative", "true");
		}
	}

	public static void main(String[] args) {
		if (args.length > 0 && "convert".equals(args[0])) {
			System.exit(ConvertCommand.run(Arrays.copyOfRange(args, 1, args.length)));
		}
		if (args.length > 0 && "bulk-load".equals(args[0])) {
			System.exit(BulkLoadCommand.run(Arrays.copyOfRange(args, 1, args.length)));
		}
		portableTransport();
		SpringApplication.run(ChainChiefApplication.class, args);
	}
}
