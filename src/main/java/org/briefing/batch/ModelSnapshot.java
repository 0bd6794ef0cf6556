package org.briefing.batch;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.briefing.load.Limits;
import org.briefing.load.ModelException;
import org.briefing.load.Position;
import org.briefing.load.Problem;
import org.briefing.render.FailureText;

/** A model file's bytes, read once: the hash recorded is of exactly the bytes that were rendered. */
record ModelSnapshot(Path file, byte[] bytes, String sha256) {

    static ModelSnapshot read(Path file, Limits limits) throws ModelException {
        try {
            long size = Files.size(file);
            if (size > limits.maxBytes()) {
                // not read at all: the size alone rules it out
                throw problem(file, "file is " + size + " bytes, more than the limit of " + limits.maxBytes());
            }
            byte[] bytes = Files.readAllBytes(file);
            return new ModelSnapshot(file, bytes, Sha256.of(bytes));
        } catch (NoSuchFileException e) {
            throw problem(file, "cannot read: no such file");
        } catch (AccessDeniedException e) {
            throw problem(file, "cannot read: permission denied");
        } catch (IOException e) {
            throw problem(file, "cannot read: " + FailureText.of(e));
        }
    }

    private static ModelException problem(Path file, String message) {
        return new ModelException(List.of(Problem.error(file, Position.UNKNOWN, "", message)));
    }
}
