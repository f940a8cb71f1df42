package dk.kulturpuls.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * An S3-compatible server for tests: S3Proxy (from Maven Central, copied to {@code target/s3proxy/s3proxy.jar} by
 * the build) in a process of its own, on 127.0.0.1 and a free port, keeping its objects in a directory under
 * {@code target}. Its output goes to {@code target/s3proxy/s3proxy-<port>.log}.
 */
final class S3ProxyServer implements AutoCloseable {

	static final String ACCESS_KEY = "kulturpuls-test";
	static final String SECRET_KEY = "kulturpuls-test-secret";

	private final Process process;
	private final URI endpoint;

	private S3ProxyServer(Process process, URI endpoint) {
		this.process = process;
		this.endpoint = endpoint;
	}

	URI endpoint() {
		return endpoint;
	}

	static S3ProxyServer start() {
		Path jar = Path.of("target/s3proxy/s3proxy.jar").toAbsolutePath();
		if (!Files.isRegularFile(jar)) {
			throw new IllegalStateException(jar + " is missing: run the tests through Maven (process-test-resources)");
		}
		try {
			int port = freePort();
			Path work = Files.createDirectories(jar.getParent().resolve("run-" + port));
			Path data = Files.createDirectories(work.resolve("data"));
			Path properties = work.resolve("s3proxy.conf");
			URI endpoint = URI.create("http://127.0.0.1:" + port);
			Files.write(properties, List.of(
					"s3proxy.endpoint=" + endpoint,
					"s3proxy.authorization=aws-v2-or-v4",
					"s3proxy.identity=" + ACCESS_KEY,
					"s3proxy.credential=" + SECRET_KEY,
					"jclouds.provider=filesystem",
					"jclouds.filesystem.basedir=" + data));
			Path java = Path.of(System.getProperty("java.home"), "bin", "java");
			Process process = new ProcessBuilder(java.toString(), "-Xmx256m", "-cp", jar.toString(),
					"org.gaul.s3proxy.Main", "--properties", properties.toString())
				.redirectErrorStream(true)
				.redirectOutput(jar.getParent().resolve("s3proxy-" + port + ".log").toFile())
				.start();
			S3ProxyServer server = new S3ProxyServer(process, endpoint);
			server.awaitListening(port, Duration.ofSeconds(60));
			return server;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private void awaitListening(int port, Duration limit) {
		Instant until = Instant.now().plus(limit);
		while (Instant.now().isBefore(until)) {
			if (!process.isAlive()) {
				throw new IllegalStateException("S3Proxy stopped with exit code " + process.exitValue()
						+ "; see target/s3proxy/s3proxy-" + port + ".log");
			}
			try (Socket socket = new Socket()) {
				socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
				return;
			}
			catch (IOException notYet) {
				try {
					Thread.sleep(100);
				}
				catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					break;
				}
			}
		}
		close();
		throw new IllegalStateException("S3Proxy did not listen on port " + port + " within " + limit);
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}

	@Override
	public void close() {
		process.destroy();
		try {
			if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
				process.destroyForcibly();
			}
		}
		catch (InterruptedException e) {
			process.destroyForcibly();
			Thread.currentThread().interrupt();
		}
	}
}
