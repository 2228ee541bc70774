package org.planflow.shared.document;

/**
 * The faces GB/T 9704 names. Government machines carry the GB2312 and 方正 faces; elsewhere the font table offers
 * {@code fallback}, which ships with every Chinese Windows, and Word, WPS and LibreOffice substitute from there.
 */
enum Font {
    FANGSONG("仿宋_GB2312", "仿宋", "Times New Roman"),
    KAITI("楷体_GB2312", "楷体", "Times New Roman"),
    HEITI("黑体", "黑体", "Times New Roman"),
    XIAOBIAOSONG("方正小标宋简体", "宋体", "Times New Roman"),
    // Page numbers are "半角宋体阿拉伯数字", so the digits are 宋体 as well.
    SONGTI("宋体", "宋体", "宋体");

    final String eastAsia;
    final String fallback;
    final String latin;

    Font(String eastAsia, String fallback, String latin) {
        this.eastAsia = eastAsia;
        this.fallback = fallback;
        this.latin = latin;
    }
}
