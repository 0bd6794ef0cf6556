package org.briefing.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The shipped label bundles are complete, and each edition finds the bundle of its language and script. */
class MessagesTest {
    private static final Path FOLDER = Path.of("templates/messages");
    /** Keys a bundle may add to the English ones: grammatical forms the English date needs none of. */
    private static final Set<String> OPTIONAL = Set.of("date.months", "date.ordinals");
    private static final Messages MESSAGES = new Messages(TemplateSet.bundled());

    static Stream<Path> bundles() throws IOException {
        try (Stream<Path> files = Files.list(FOLDER)) {
            return files.filter(f -> f.getFileName().toString().matches("messages_.+\\.properties"))
                    .filter(f -> !f.getFileName().toString().equals("messages_en.properties")).sorted().toList()
                    .stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bundles")
    void everyBundleHasEveryKeyOfTheEnglishOneAndNoOthers(Path bundle) throws IOException {
        Properties english = read(FOLDER.resolve("messages_en.properties"));
        Properties labels = read(bundle);
        assertThat(labels.stringPropertyNames()).containsAll(english.stringPropertyNames());
        Set<String> extra = new HashSet<>(labels.stringPropertyNames());
        extra.removeAll(english.stringPropertyNames());
        assertThat(extra).as("keys the English bundle does not know").isSubsetOf(OPTIONAL);
        labels.forEach((key, value) -> assertThat((String) value).as("%s", key).isNotBlank());
        assertThat(labels.getProperty("footer.pages")).contains("{page}").contains("{pages}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"tg", "uz-Latn", "uz-Cyrl", "tk", "mn", "be", "bg", "mk", "az"})
    void theRegionsLanguagesHaveBundlesOfTheirOwn(String language) {
        assertThat(FOLDER.resolve("messages_" + language + ".properties")).exists();
        assertThat(MESSAGES.has(language)).isTrue();
        assertThat(MESSAGES.labelLanguage(language)).isEqualTo(language);
    }

    @ParameterizedTest(name = "{0} uses messages_{1}")
    @CsvSource({
        "uz, uz-Latn", "uz-UZ, uz-Latn", "uz-Latn-UZ, uz-Latn", "uz-Cyrl-UZ, uz-Cyrl", "uz-cyrl, uz-Cyrl",
        "tg-TJ, tg", "tg-Cyrl-TJ, tg", "sr, sr-Cyrl", "sr-Cyrl-RS, sr-Cyrl", "az-Latn-AZ, az", "az-AZ, az",
        "mn-MN, mn", "mn-Cyrl, mn", "mk-MK, mk", "en-GB, en"})
    void aTagFindsTheBundleOfItsLanguageAndScript(String tag, String bundle) throws IOException {
        Properties expected = read(FOLDER.resolve("messages_" + bundle + ".properties"));
        assertThat(MESSAGES.has(tag)).isTrue();
        for (String key : expected.stringPropertyNames()) {
            assertThat(MESSAGES.get(tag, key)).as(key).isEqualTo(expected.getProperty(key));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"az-Cyrl", "sr-Latn", "sr-ME", "uz-Arab", "mn-Mong", "nb-NO", "de"})
    void aLanguageOrScriptWithoutABundleGetsEnglishLabels(String tag) throws IOException {
        assertThat(MESSAGES.has(tag)).isFalse();
        assertThat(MESSAGES.labelLanguage(tag)).isEqualTo("en");
        assertThat(MESSAGES.get(tag, "label.briefing"))
                .isEqualTo(read(FOLDER.resolve("messages_en.properties")).getProperty("label.briefing"));
    }

    private static Properties read(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
