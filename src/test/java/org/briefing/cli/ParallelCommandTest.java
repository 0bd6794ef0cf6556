package org.briefing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code render --parallel A,B}: the bilingual review edition from the command line. */
class ParallelCommandTest {
    @TempDir
    Path dir;

    @Test
    void parallelWritesTheBilingualEditionAloneNamedByBothLanguages() throws Exception {
        CliTest.Run run = CliTest.run("render", "samples/kyrgyzstan.yaml", "--parallel", "en,ru", "-o", dir.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(dir.resolve("kg/kg-tip-2020.en+ru.pdf")).isRegularFile();
        assertThat(dir.resolve("kg/kg-tip-2020.en+ru.docx")).isRegularFile();
        try (Stream<Path> files = Files.walk(dir)) {
            assertThat(files.filter(Files::isRegularFile).count()).as("no single-language edition").isEqualTo(2);
        }
        assertThat(CliTest.pdfText(dir.resolve("kg/kg-tip-2020.en+ru.pdf")))
                .contains("Key achievements / Основные достижения");
    }

    @Test
    void withLanguagesAndPairsBothKindsAreWritten() {
        CliTest.Run run = CliTest.run("render", "samples/kyrgyzstan.yaml", "-l", "ky", "--parallel", "RU,ky",
                "--parallel", "en,ky", "-f", "html", "-o", dir.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out().lines()).containsExactly(
                Path.of(dir.toString(), "kg/kg-tip-2020.ky.html").toString(),
                Path.of(dir.toString(), "kg/kg-tip-2020.ru+ky.html").toString(),
                Path.of(dir.toString(), "kg/kg-tip-2020.en+ky.html").toString());
    }

    @Test
    void aPairThatIsNotTwoLanguagesIsAUsageError() {
        for (String pair : new String[] {"en", "en,en", "en,ru,ky"}) {
            CliTest.Run run = CliTest.run("render", "samples/kyrgyzstan.yaml", "--parallel", pair, "-o",
                    dir.toString());
            assertThat(run.code()).as(pair).isEqualTo(ExitCodes.USAGE);
            assertThat(run.err()).contains("--parallel takes two different languages");
        }
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void aLanguageTheModelLacksIsNamed() {
        CliTest.Run run = CliTest.run("render", "samples/kyrgyzstan.yaml", "--parallel", "en,de", "-o",
                dir.toString());
        assertThat(run.code()).isEqualTo(ExitCodes.FAILED);
        assertThat(run.err()).contains("kyrgyzstan.yaml: languages: the model has no 'de' edition (it has en, ru, ky)");
        assertThat(dir).isEmptyDirectory();
    }
}
