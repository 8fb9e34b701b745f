package io.yudex;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every visible string of the console comes from the message bundles: a template may not hold text outside
 * Thymeleaf expressions, every key it names exists, and both languages have the same keys.
 */
class I18nTemplatesTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    /** Text between tags that is not whitespace or punctuation, and is not replaced at render time. */
    private static final Pattern TEXT_NODE = Pattern.compile(">([^<>]*[\\p{L}][^<>]*)<");
    private static final Pattern VISIBLE_ATTRIBUTE = Pattern.compile("\\s(placeholder|title|alt|value|aria-label)=\"([^\"]*\\p{L}[^\"]*)\"");
    private static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([A-Za-z0-9_.]+)[}(]");

    @Test
    void templatesHoldNoHardCodedText() throws IOException {
        List<String> offences = new ArrayList<>();
        for (Path file : templates()) {
            String html = Files.readString(file, StandardCharsets.UTF_8);
            String withoutScripts = html.replaceAll("(?s)<script.*?</script>", "<script></script>")
                    .replaceAll("(?s)<style.*?</style>", "<style></style>");
            checkDocument(file, withoutScripts, offences);
        }
        assertThat(offences).isEmpty();
    }

    private static void checkDocument(Path file, String line, List<String> offences) {
        // A tag with th:text/th:utext is replaced at render time, so its placeholder text is not shown.
        Matcher text = TEXT_NODE.matcher(line);
        while (text.find()) {
            String before = line.substring(0, text.start() + 1);
            int tagStart = before.lastIndexOf('<');
            String tag = tagStart >= 0 ? before.substring(tagStart) : "";
            boolean replaced = tag.contains("th:text") || tag.contains("th:utext") || tag.startsWith("<title") && tag.contains("th:");
            if (!replaced && !text.group(1).isBlank()) {
                offences.add(file.getFileName() + ": text '" + text.group(1).trim() + "'");
            }
        }
        Matcher attr = VISIBLE_ATTRIBUTE.matcher(line);
        while (attr.find()) {
            offences.add(file.getFileName() + ": attribute " + attr.group(1) + "='" + attr.group(2) + "'");
        }
    }

    @Test
    void everyKeyUsedExistsInBothLanguages() throws IOException {
        Properties zh = bundle("messages.properties");
        Properties en = bundle("messages_en.properties");
        Set<String> missing = new TreeSet<>();
        for (Path file : templates()) {
            Matcher m = MESSAGE_KEY.matcher(Files.readString(file, StandardCharsets.UTF_8));
            while (m.find()) {
                if (!zh.containsKey(m.group(1)) || !en.containsKey(m.group(1))) {
                    missing.add(file.getFileName() + ": " + m.group(1));
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        assertThat(bundle("messages_en.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(bundle("messages.properties").stringPropertyNames());
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(f -> f.toString().endsWith(".html")).sorted().toList();
        }
    }

    private static Properties bundle(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(Path.of("src/main/resources", name))) {
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
