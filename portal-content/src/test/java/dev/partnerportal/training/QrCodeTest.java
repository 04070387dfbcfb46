package dev.partnerportal.training;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.junit.jupiter.api.Test;

/** The QR code on certificates reads back as the verification URL. */
class QrCodeTest {

    @Test
    void theMatrixDecodesToTheUrlAndTheSvgDrawsEveryDarkModule() throws Exception {
        var url = "https://portal.example.com/verify/7K3QD-M2XWA-0RTZ5-HB9NE";
        var matrix = QrCode.matrix(url);
        int scale = 4;
        int size = matrix.getWidth() * scale;
        var pixels = new int[size * size];
        int dark = 0;
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                pixels[y * size + x] = matrix.get(x / scale, y / scale) ? 0xFF000000 : 0xFFFFFFFF;
            }
        }
        for (int y = 0; y < matrix.getHeight(); y++) {
            for (int x = 0; x < matrix.getWidth(); x++) {
                dark += matrix.get(x, y) ? 1 : 0;
            }
        }

        var decoded = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(size, size, pixels))));

        assertThat(decoded.getText()).isEqualTo(url);
        assertThat(QrCode.svg(url).split("h1v1h-1z", -1)).hasSize(dark + 1);
    }
}
