package dk.kulturpuls.platform;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/**
 * Files as objects in one bucket of an S3-compatible object store (AWS SDK for Java v2): Amazon S3, or MinIO, Ceph,
 * Garage and the like through {@code endpoint} with path-style addresses. The object's name is the prefix and the key.
 * Checksums are sent only where the S3 API requires them, since not every S3-compatible server accepts the SDK's
 * newer default (trailing CRC checksums).
 */
class S3Storage implements FileStorage, AutoCloseable {

	private final S3Client s3;
	private final String bucket;
	private final String prefix;

	S3Storage(FileStorageConfiguration.S3Settings settings) {
		if (settings.bucket() == null || settings.bucket().isBlank()) {
			throw new IllegalStateException("kulturpuls.files.storage=s3 needs kulturpuls.files.s3.bucket");
		}
		S3ClientBuilder builder = S3Client.builder()
			.region(Region.of(settings.region()))
			.credentialsProvider(credentials(settings))
			.forcePathStyle(settings.pathStyle())
			.requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
			.responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
		if (settings.endpoint() != null) {
			builder.endpointOverride(settings.endpoint());
		}
		this.s3 = builder.build();
		this.bucket = settings.bucket();
		this.prefix = settings.prefix() == null || settings.prefix().isBlank() ? ""
				: settings.prefix().replaceAll("/+$", "") + "/";
	}

	private static AwsCredentialsProvider credentials(FileStorageConfiguration.S3Settings settings) {
		if (settings.accessKey() == null || settings.accessKey().isBlank()) {
			// environment (AWS_ACCESS_KEY_ID ...), profile, container or instance role
			return DefaultCredentialsProvider.builder().build();
		}
		return StaticCredentialsProvider.create(AwsBasicCredentials.create(settings.accessKey(), settings.secretKey()));
	}

	@Override
	public void store(String key, byte[] content, String contentType) {
		s3.putObject(put -> put.bucket(bucket).key(objectName(key)).contentType(contentType),
				RequestBody.fromBytes(content));
	}

	@Override
	public InputStream open(String key) throws IOException {
		String name = objectName(key);
		try {
			return s3.getObject(get -> get.bucket(bucket).key(name));
		}
		catch (NoSuchKeyException e) {
			NoSuchFileException notFound = new NoSuchFileException("s3://" + bucket + "/" + name);
			notFound.initCause(e);
			throw notFound;
		}
	}

	@Override
	public void delete(String key) {
		s3.deleteObject(delete -> delete.bucket(bucket).key(objectName(key)));
	}

	private String objectName(String key) {
		return prefix + FileStorage.checkedKey(key);
	}

	@Override
	public void close() {
		s3.close();
	}

	@Override
	public String toString() {
		return "objects in s3 bucket " + bucket + (prefix.isEmpty() ? "" : " under " + prefix);
	}
}
