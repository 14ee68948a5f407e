import com.github.houbb.opencc4j.util.ZhConverterUtil;
import java.io.*;
import java.nio.charset.StandardCharsets;

/** stdin → stdout through OpenCC4j: argument s2t (to traditional) or t2s (to simplified). Used by make_document_variants.py. */
public class ScriptConvert {
    public static void main(String[] args) throws IOException {
        String in = new String(System.in.readAllBytes(), StandardCharsets.UTF_8);
        String out = args[0].equals("s2t") ? ZhConverterUtil.toTraditional(in) : ZhConverterUtil.toSimple(in);
        System.out.write(out.getBytes(StandardCharsets.UTF_8));
        System.out.flush();
    }
}
