package dk.kulturpuls.platform;

import java.net.URI;
import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one {@link FileStorage}, chosen by {@code kulturpuls.files.storage}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(FileStorageConfiguration.S3Settings.class)
class FileStorageConfiguration {

	private static final Logger log = LoggerFactory.getLogger(FileStorageConfiguration.class);

	@Bean
	FileStorage fileStorage(@Value("${kulturpuls.files.storage:file-system}") String storage,
			@Value("${kulturpuls.files.directory:data/files}") Path directory, S3Settings s3) {
		FileStorage chosen = switch (storage.strip()) {
			case "file-system" -> new FileSystemStorage(directory);
			case "s3" -> new S3Storage(s3);
			default -> throw new IllegalStateException(
					"kulturpuls.files.storage is '" + storage + "'; it must be file-system (the default) or s3");
		};
		log.info("Uploaded files: {}", chosen);
		return chosen;
	}

	/**
	 * @param bucket the bucket, which must exist
	 * @param endpoint the server's address for an S3-compatible store other than Amazon's (e.g. MinIO)
	 * @param region the region (most S3-compatible servers accept any)
	 * @param accessKey with {@code secretKey}: fixed credentials; empty: the SDK's default chain (environment,
	 *     profile, container or instance role)
	 * @param secretKey the secret for {@code accessKey}
	 * @param pathStyle bucket in the path ({@code endpoint/bucket/key}) rather than the host name
	 * @param prefix put before every key, to share a bucket
	 */
	@ConfigurationProperties("kulturpuls.files.s3")
	record S3Settings(String bucket, URI endpoint, @DefaultValue("eu-north-1") String region, String accessKey,
			String secretKey, @DefaultValue("true") boolean pathStyle, @DefaultValue("") String prefix) {
	}
}
