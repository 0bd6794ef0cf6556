package org.briefing.daemon;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The protocol between client and daemon: frames of a type byte, a length and that many bytes.
 *
 * <pre>
 * client: HELLO(key) then RUN(interactive, width, args...) | STATUS | STOP; during RUN, SIGNAL(number)
 * daemon: ACCEPTED | REFUSED(reason); then OUT(bytes), ERR(bytes) ... EXIT(code); STATUS: TEXT(status)
 * </pre>
 *
 * Writes are synchronized: the command's threads, and the client's signal handlers, write frames
 * of their own. Frames are read and written on the channel itself, whose reads and writes do not
 * wait for each other (a stream made by {@code Channels} would block every write while a read
 * waits for the other side).
 */
final class Frames {
    static final byte HELLO = 'H';
    static final byte RUN = 'R';
    static final byte STATUS = 'S';
    static final byte STOP = 'Q';
    static final byte SIGNAL = 'G';
    static final byte ACCEPTED = 'A';
    static final byte REFUSED = 'N';
    static final byte OUT = 'O';
    static final byte ERR = 'E';
    static final byte EXIT = 'X';
    static final byte TEXT = 'T';
    /** The reason a daemon gives when its build or folder changed: it ends, and another takes over. */
    static final String STALE = "stale";
    /** No frame is larger: a corrupt or hostile length is refused before anything is allocated. */
    static final int MAX_LENGTH = 16 << 20;

    /** One frame as read. */
    record Frame(byte type, byte[] body) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        int number() throws IOException {
            if (body.length != Integer.BYTES) {
                throw new IOException("malformed frame " + (char) type);
            }
            return ((body[0] & 0xff) << 24) | ((body[1] & 0xff) << 16) | ((body[2] & 0xff) << 8) | (body[3] & 0xff);
        }
    }

    private static final int HEADER = 1 + Integer.BYTES;

    private final SocketChannel channel;
    private final ByteBuffer header = ByteBuffer.allocate(HEADER);

    Frames(SocketChannel channel) {
        this.channel = channel;
    }

    /** The next frame; {@link EOFException} when the other side has closed the connection. */
    Frame read() throws IOException {
        header.clear();
        fill(header);
        byte type = header.get(0);
        int length = header.getInt(1);
        if (length < 0 || length > MAX_LENGTH) {
            throw new IOException("malformed frame length " + length);
        }
        ByteBuffer body = ByteBuffer.allocate(length);
        fill(body);
        return new Frame(type, body.array());
    }

    private void fill(ByteBuffer buffer) throws IOException {
        while (buffer.hasRemaining()) {
            if (channel.read(buffer) < 0) {
                throw new EOFException("connection closed");
            }
        }
    }

    synchronized void write(byte type, byte[] body, int offset, int length) throws IOException {
        ByteBuffer frame = ByteBuffer.allocate(HEADER + length);
        frame.put(type).putInt(length).put(body, offset, length).flip();
        while (frame.hasRemaining()) {
            channel.write(frame);
        }
    }

    void write(byte type, byte[] body) throws IOException {
        write(type, body, 0, body.length);
    }

    void write(byte type, String text) throws IOException {
        write(type, text.getBytes(StandardCharsets.UTF_8));
    }

    void writeNumber(byte type, int number) throws IOException {
        write(type, new byte[] {(byte) (number >>> 24), (byte) (number >>> 16), (byte) (number >>> 8), (byte) number});
    }

    /** A command line and the client's terminal, as one RUN frame. */
    void writeRun(boolean interactive, int width, List<String> args) throws IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        DataOutputStream body = new DataOutputStream(bytes);
        body.writeBoolean(interactive);
        body.writeInt(width);
        body.writeInt(args.size());
        for (String arg : args) {
            byte[] utf8 = arg.getBytes(StandardCharsets.UTF_8);
            body.writeInt(utf8.length);
            body.write(utf8);
        }
        write(RUN, bytes.toByteArray());
    }

    /** What a RUN frame carries. */
    record Run(boolean interactive, int width, List<String> args) {
        static Run of(Frame frame) throws IOException {
            DataInputStream body = new DataInputStream(new java.io.ByteArrayInputStream(frame.body()));
            boolean interactive = body.readBoolean();
            int width = body.readInt();
            int count = body.readInt();
            if (count < 0 || count > frame.body().length) {
                throw new IOException("malformed RUN frame");
            }
            List<String> args = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                int length = body.readInt();
                if (length < 0 || length > frame.body().length) {
                    throw new IOException("malformed RUN frame");
                }
                byte[] utf8 = body.readNBytes(length);
                args.add(new String(utf8, StandardCharsets.UTF_8));
            }
            return new Run(interactive, width, args);
        }
    }
}
