package org.planflow.shared.ui;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** File sizes for people: 3 KB, 2.5 MB. */
public final class FileSizes {

    private static final long KB = 1024;
    private static final long MB = KB * KB;

    private FileSizes() {
    }

    public static String format(long bytes) {
        if (bytes >= MB) {
            return BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(MB), 1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() + " MB";
        }
        return Math.max(1, (bytes + KB - 1) / KB) + " KB";
    }
}
