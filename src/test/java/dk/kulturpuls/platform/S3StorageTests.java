package dk.kulturpuls.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/** The S3 storage against a real S3-compatible server (S3Proxy) on loopback: the same contract as on disk. */
class S3StorageTests extends FileStorageContract {

	static final String BUCKET = "kulturpuls-files";

	static S3ProxyServer server;

	static S3Client client;

	@BeforeAll
	static void startTheServer() {
		server = S3ProxyServer.start();
		client = S3Client.builder()
			.endpointOverride(server.endpoint())
			.region(Region.US_EAST_1)
			.forcePathStyle(true)
			.requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
			.responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
			.credentialsProvider(StaticCredentialsProvider
				.create(AwsBasicCredentials.create(S3ProxyServer.ACCESS_KEY, S3ProxyServer.SECRET_KEY)))
			.build();
		client.createBucket(create -> create.bucket(BUCKET));
	}

	@AfterAll
	static void stopTheServer() {
		if (client != null) {
			client.close();
		}
		if (server != null) {
			server.close();
		}
	}

	static FileStorageConfiguration.S3Settings settings(String prefix) {
		return new FileStorageConfiguration.S3Settings(BUCKET, server.endpoint(), "eu-north-1",
				S3ProxyServer.ACCESS_KEY, S3ProxyServer.SECRET_KEY, true, prefix);
	}

	@Override
	FileStorage storage() {
		return new S3Storage(settings(""));
	}

	@Test
	void theObjectIsNamedByTheKeySoADirectoryCanBeCopiedIntoTheBucketAsItIs() throws IOException {
		String key = newKey();
		storage().store(key, PDF, "application/pdf");
		try (InputStream in = client.getObject(get -> get.bucket(BUCKET).key(key))) {
			assertThat(in.readAllBytes()).isEqualTo(PDF);
		}
		assertThat(client.headObject(head -> head.bucket(BUCKET).key(key)).contentType()).isEqualTo("application/pdf");
	}

	@Test
	void aPrefixSharesTheBucket() throws IOException {
		String key = newKey();
		try (S3Storage prefixed = new S3Storage(settings("kulturpuls/"))) {
			prefixed.store(key, PDF, "application/pdf");
		}
		try (InputStream in = client.getObject(get -> get.bucket(BUCKET).key("kulturpuls/" + key))) {
			assertThat(in.readAllBytes()).isEqualTo(PDF);
		}
	}
}
