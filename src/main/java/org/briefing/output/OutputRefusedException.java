package org.briefing.output;

import java.nio.file.FileSystemException;
import java.nio.file.Path;
import org.briefing.files.Printable;

/** Something other than a plain file or folder is where output goes: it is left alone, nothing written. */
public final class OutputRefusedException extends FileSystemException {
    OutputRefusedException(Path where, String why) {
        super(Printable.name(where), null, why);
    }
}
