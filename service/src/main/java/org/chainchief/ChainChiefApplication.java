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

	/**
	 * Netty's portable NIO transport for every Netty in the process (the web server, the driver, the embedded
	 * database's Bolt server) instead of its native epoll one. On epoll, now and then, I/O that had arrived was not
	 * acted on while every thread sat idle: a request the server took up only when its client closed the connection
	 * 120 s later (seen in a full test run, with thread dumps), and a {@code sendfile} that never finished. Set before
	 * any Netty class loads; {@code -Dio.netty.transport.noNative=false} brings epoll back.
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
		portableTransport();
		SpringApplication.run(ChainChiefApplication.class, args);
	}
}
