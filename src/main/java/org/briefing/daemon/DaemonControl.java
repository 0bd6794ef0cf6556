package org.briefing.daemon;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.SocketChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/** The user's daemons, as {@code briefing daemon status} and {@code briefing daemon stop} see them. */
public final class DaemonControl {
    private DaemonControl() {
    }

    /** What each running daemon says of itself; the files of daemons that died are removed on the way. */
    public static List<String> status(DaemonFolder folder) throws IOException {
        return ask(folder, Frames.STATUS);
    }

    /** Asks every daemon to stop (each ends once its running command has); returns their answers. */
    public static List<String> stopAll(DaemonFolder folder) throws IOException {
        return ask(folder, Frames.STOP);
    }

    private static List<String> ask(DaemonFolder folder, byte request) throws IOException {
        List<String> answers = new ArrayList<>();
        try (DirectoryStream<Path> sockets = Files.newDirectoryStream(folder.path(), "*.sock")) {
            for (Path socket : sockets) {
                String answer = ask(socket, request);
                if (answer != null) {
                    answers.add(answer);
                } else {
                    removeIfDead(folder, socket);
                }
            }
        }
        return answers;
    }

    private static String ask(Path socket, byte request) {
        try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            channel.connect(UnixDomainSocketAddress.of(socket));
            Frames frames = new Frames(channel);
            frames.write(Frames.HELLO, "");
            frames.write(request, new byte[0]);
            return frames.read().text();
        } catch (IOException e) {
            return null;
        }
    }

    /** A socket whose lock nobody holds belongs to a daemon that was killed. */
    private static void removeIfDead(DaemonFolder folder, Path socket) throws IOException {
        String name = socket.getFileName().toString().replaceFirst("\\.sock$", "");
        try (FileChannel lockFile = FileChannel.open(folder.lock(name), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
             FileLock lock = lockFile.tryLock()) {
            if (lock != null) {
                Files.deleteIfExists(socket);
            }
        }
    }
}
