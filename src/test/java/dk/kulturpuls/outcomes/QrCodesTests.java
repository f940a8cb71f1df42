package dk.kulturpuls.outcomes;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Base64;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.NotFoundException;
import com.google.zxing.ChecksumException;
import com.google.zxing.FormatException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

/** A printed QR code must read back as exactly the one-time link. */
class QrCodesTests {

	@Test
	void aPrintedCodeReadsBackAsTheLink() throws IOException, NotFoundException, ChecksumException, FormatException {
		String link = "https://kulturpuls.example/public/q/" + "Ab3_-x".repeat(5) + "Zz";
		String uri = new QrCodes().pngDataUri(link);
		assertThat(uri).startsWith("data:image/png;base64,");
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(
				Base64.getDecoder().decode(uri.substring("data:image/png;base64,".length()))));
		assertThat(image.getWidth()).isEqualTo(QrCodes.SIZE);
		String read = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
				new BufferedImageLuminanceSource(image)))).getText();
		assertThat(read).isEqualTo(link);
	}
}
