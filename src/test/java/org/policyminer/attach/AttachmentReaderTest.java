package org.policyminer.attach;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class AttachmentReaderTest {
    private final AttachmentReader reader = new AttachmentReader();

    @Test
    void readsASpreadsheetIntoTextAndRows() throws Exception {
        byte[] x = TestFiles.xlsx(List.of(List.of("序号", "集群名称", "所在地"), List.of("1", "苏州市纳米新材料集群", "江苏省苏州市"),
                List.of("2", "深圳市新一代信息通信集群", "广东省深圳市")));
        AttachmentReader.Result r = reader.read(x, "附件1.xlsx", "xlsx");
        assertNull(r.error(), r.error());
        assertTrue(r.text().contains("苏州市纳米新材料集群"), r.text());
        assertTrue(r.rows().contains(List.of("2", "深圳市新一代信息通信集群", "广东省深圳市")), r.rows().toString());
    }

    @Test
    void readsAWordDocument() throws Exception {
        AttachmentReader.Result r = reader.read(TestFiles.docx("第一条 为推动量子传感产业发展，制定本办法。"), "办法.docx", "docx");
        assertNull(r.error(), r.error());
        assertTrue(r.text().contains("量子传感产业"), r.text());
    }

    @Test
    void readsAChinesePdfAndItsSpacedTableLines() throws Exception {
        assumeTrue(TestFiles.hasCjkFont(), TestFiles.NO_FONT);
        byte[] pdf = TestFiles.pdf(false, "关于公布先进制造业集群名单的通知", "1 江苏省 无锡市 物联网集群", "2 湖南省 长沙市 工程机械集群",
                "3 四川省 成都市 软件和信息服务集群");
        AttachmentReader.Result r = reader.read(pdf, "名单.pdf", "pdf");
        assertNull(r.error(), r.error());
        assertTrue(r.text().contains("先进制造业集群名单"), r.text());
        assertTrue(r.rows().contains(List.of("2", "湖南省", "长沙市", "工程机械集群")), r.rows().toString());
    }

    @Test
    void aCorruptFileIsAOneLineErrorNotAnException() {
        byte[] junk = "PK\u0003\u0004 this is no zip at all".getBytes(StandardCharsets.ISO_8859_1);
        AttachmentReader.Result r = reader.read(junk, "坏文件.docx", "docx");
        assertNotNull(r.error());
        assertNull(r.text());
        assertTrue(!r.error().contains("\n") && r.error().length() <= 201, r.error());
    }

    @Test
    void anEncryptedPdfIsAnError() throws Exception {
        assumeTrue(TestFiles.hasCjkFont(), TestFiles.NO_FONT);
        AttachmentReader.Result r = reader.read(TestFiles.pdf(true, "保密内容"), "加密.pdf", "pdf");
        assertNotNull(r.error(), "text of an encrypted file: " + r.text());
        assertTrue(r.error().toLowerCase(java.util.Locale.ROOT).contains("encrypt") || r.error().toLowerCase(java.util.Locale.ROOT).contains("password"), r.error());
    }

    @Test
    void limitsAreOneLineErrors() {
        assertEquals("empty file", reader.read(new byte[0], "a.pdf", "pdf").error());
        assertTrue(new AttachmentReader(4, 30_000).read(new byte[10], "a.pdf", "pdf").error().startsWith("larger than"));
    }

    @Test
    void proseLinesAreNoTableRows() {
        assertEquals(List.of(), PdfRows.of("关于公布名单的通知\n各省、自治区、直辖市工业和信息化主管部门：\n现将名单予以公布。"));
        assertEquals(3, PdfRows.of("1 江苏省 无锡市\n2 湖南省 长沙市\n3 四川省 成都市\n正文一行").size());
    }
}
