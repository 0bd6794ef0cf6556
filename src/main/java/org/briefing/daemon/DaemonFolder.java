package org.briefing.daemon;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.Optional;
import java.util.Set;

/**
 * The folder that holds the user's daemons' sockets, locks and logs: {@code $XDG_RUNTIME_DIR/briefing}
 * where the system gives the user such a folder, else {@code briefing-USER} in the temporary
 * folder ({@code -Dbriefing.daemon.folder} chooses another). It is used only while it is a real
 * folder (not a link), owned by the user and closed to everyone else (mode 0700): a socket there
 * is reachable by the user alone. A folder that is not private is not used, and commands run in
 * their own process.
 */
public final class DaemonFolder {
    static final Set<PosixFilePermission> PRIVATE = PosixFilePermissions.fromString("rwx------");

    private final Path path;

    private DaemonFolder(Path path) {
        this.path = path;
    }

    /** The folder this process's settings name, made if missing; empty when it is not private. */
    public static Optional<DaemonFolder> standard() {
        return open(standardPath());
    }

    static Path standardPath() {
        String chosen = System.getProperty("briefing.daemon.folder");
        if (chosen != null && !chosen.isBlank()) {
            return Path.of(chosen).toAbsolutePath();
        }
        String runtime = System.getenv("XDG_RUNTIME_DIR");
        if (runtime != null && runtime.startsWith("/") && Files.isDirectory(Path.of(runtime))) {
            return Path.of(runtime, "briefing");
        }
        return Path.of(System.getProperty("java.io.tmpdir"), "briefing-".concat(System.getProperty("user.name")));
    }

    /** {@code path}, made with mode 0700 if missing; empty unless it is a private folder of this user. */
    public static Optional<DaemonFolder> open(Path path) {
        if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return Optional.empty(); // no way to say "this user only"
        }
        try {
            if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
                try {
                    Files.createDirectory(path, PosixFilePermissions.asFileAttribute(PRIVATE));
                } catch (java.nio.file.FileAlreadyExistsException e) {
                    // made by a command racing this one: checked below like any other
                }
            }
            return isPrivate(path) ? Optional.of(new DaemonFolder(path)) : Optional.empty();
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return Optional.empty();
        }
    }

    /** A real folder (not a link), owned by this user, that no one else may enter. */
    static boolean isPrivate(Path path) throws IOException {
        PosixFileAttributes attributes = Files.readAttributes(path, PosixFileAttributes.class,
                LinkOption.NOFOLLOW_LINKS);
        return attributes.isDirectory() && attributes.owner().equals(currentUser(path))
                && attributes.permissions().equals(PRIVATE);
    }

    /** This process's user, as the file system names owners. */
    static UserPrincipal currentUser(Path anywhere) throws IOException {
        return anywhere.getFileSystem().getUserPrincipalLookupService()
                .lookupPrincipalByName(System.getProperty("user.name"));
    }

    public Path path() {
        return path;
    }

    /** The socket a daemon of {@code name} listens on. */
    Path socket(String name) {
        return path.resolve(name.concat(".sock"));
    }

    /** The file a daemon of {@code name} holds locked while it lives: there is one daemon per name. */
    Path lock(String name) {
        return path.resolve(name.concat(".lock"));
    }

    /** Where a daemon of {@code name} writes what it says on its own (JVM errors): for diagnosis only. */
    Path log(String name) {
        return path.resolve(name.concat(".log"));
    }
}
