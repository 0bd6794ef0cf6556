package org.briefing.batch;

import java.io.IOException;
import java.nio.file.Path;
import org.briefing.output.OutputFolder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** Tests of what a batch keeps in an output folder: a fresh folder, open, for each test. */
abstract class InOutputFolder {
    /** The output folder's real path. */
    @TempDir
    Path root;

    OutputFolder folder;

    @BeforeEach
    void openOutputFolder() throws IOException {
        folder = OutputFolder.open(root);
        root = folder.root();
    }

    @AfterEach
    void closeOutputFolder() throws IOException {
        folder.close();
    }
}
