package dk.kulturpuls.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** One property chooses where uploaded files are kept. */
class FileStorageConfigurationTests {

	final ApplicationContextRunner context = new ApplicationContextRunner()
		.withUserConfiguration(FileStorageConfiguration.class)
		.withPropertyValues("kulturpuls.files.directory=target/test-files");

	@Test
	void theFileSystemIsTheDefault() {
		context.run(started -> assertThat(started.getBean(FileStorage.class)).isInstanceOf(FileSystemStorage.class));
	}

	@Test
	void s3IsChosenWithItsBucket() {
		context.withPropertyValues("kulturpuls.files.storage=s3", "kulturpuls.files.s3.bucket=kulturpuls",
				"kulturpuls.files.s3.endpoint=http://127.0.0.1:9", "kulturpuls.files.s3.access-key=a",
				"kulturpuls.files.s3.secret-key=b")
			.run(started -> assertThat(started.getBean(FileStorage.class)).isInstanceOf(S3Storage.class)
				.hasToString("objects in s3 bucket kulturpuls"));
	}

	@Test
	void s3WithoutABucketOrAnUnknownStorageStopsTheStartWithTheSettingToFix() {
		context.withPropertyValues("kulturpuls.files.storage=s3")
			.run(started -> assertThat(started).hasFailed()
				.getFailure().rootCause().hasMessageContaining("kulturpuls.files.s3.bucket"));
		context.withPropertyValues("kulturpuls.files.storage=nfs")
			.run(started -> assertThat(started).hasFailed()
				.getFailure().rootCause().hasMessageContaining("file-system (the default) or s3"));
	}
}
