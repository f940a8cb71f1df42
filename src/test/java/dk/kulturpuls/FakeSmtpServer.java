package dk.kulturpuls;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

/**
 * A small SMTP server on loopback for tests: it takes every mail (kept in {@link #received()}), or, while
 * {@link #refuse(String)} is set, answers the sender with a temporary error as a full or broken mail server would.
 */
public final class FakeSmtpServer implements AutoCloseable {

	/** A mail as its recipient gets it: addressee, subject and the text part, decoded. */
	public record Received(String to, String subject, String text, MimeMessage message) {
	}

	private final ServerSocket socket;
	private final List<Received> received = new CopyOnWriteArrayList<>();
	private volatile String refusal;

	public FakeSmtpServer() {
		try {
			socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		Thread acceptor = new Thread(this::accept, "fake-smtp");
		acceptor.setDaemon(true);
		acceptor.start();
	}

	public int port() {
		return socket.getLocalPort();
	}

	/** From now on, answer every mail with this temporary error (e.g. "451 4.3.0 Mailbox full"); null to take mails. */
	public void refuse(String reply) {
		this.refusal = reply;
	}

	public List<Received> received() {
		return List.copyOf(received);
	}

	public List<Received> receivedBy(String recipient) {
		return received.stream().filter(r -> r.to().equalsIgnoreCase(recipient)).toList();
	}

	private void accept() {
		while (!socket.isClosed()) {
			try {
				Socket client = socket.accept();
				Thread handler = new Thread(() -> handle(client), "fake-smtp-session");
				handler.setDaemon(true);
				handler.start();
			}
			catch (IOException e) {
				return;
			}
		}
	}

	private void handle(Socket client) {
		try (client;
				BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8));
				OutputStream out = client.getOutputStream()) {
			reply(out, "220 fake-smtp ESMTP");
			String line;
			String to = null;
			while ((line = in.readLine()) != null) {
				String command = line.length() >= 4 ? line.substring(0, 4).toUpperCase() : line.toUpperCase();
				switch (command) {
					case "EHLO", "HELO" -> reply(out, "250 fake-smtp");
					case "MAIL" -> {
						String refused = refusal;
						reply(out, refused == null ? "250 OK" : refused);
					}
					case "RCPT" -> {
						to = line.substring(line.indexOf('<') + 1, line.lastIndexOf('>'));
						reply(out, "250 OK");
					}
					case "DATA" -> {
						reply(out, "354 End data with <CR><LF>.<CR><LF>");
						StringBuilder data = new StringBuilder();
						while ((line = in.readLine()) != null && !line.equals(".")) {
							data.append(line.startsWith("..") ? line.substring(1) : line).append("\r\n");
						}
						received.add(parse(to, data.toString()));
						reply(out, "250 OK queued");
					}
					case "QUIT" -> {
						reply(out, "221 Bye");
						return;
					}
					default -> reply(out, "250 OK");
				}
			}
		}
		catch (Exception e) {
			// the client went away
		}
	}

	private static Received parse(String to, String data) throws Exception {
		MimeMessage message = new MimeMessage(Session.getInstance(new Properties()),
				new java.io.ByteArrayInputStream(data.getBytes(StandardCharsets.UTF_8)));
		return new Received(to, message.getSubject(), text(message), message);
	}

	private static String text(Part part) throws Exception {
		if (part.isMimeType("text/plain")) {
			return (String) part.getContent();
		}
		if (part.getContent() instanceof Multipart multipart) {
			for (int i = 0; i < multipart.getCount(); i++) {
				String text = text(multipart.getBodyPart(i));
				if (text != null) {
					return text;
				}
			}
		}
		return null;
	}

	private static void reply(OutputStream out, String line) throws IOException {
		out.write((line + "\r\n").getBytes(StandardCharsets.UTF_8));
		out.flush();
	}

	@Override
	public void close() throws IOException {
		socket.close();
	}
}
