package org.plsim.io.sweepfolder;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;

/**
 * One lock file of a sweep folder, held by this process: exclusively (its holder written into it, and cleared
 * when it lets go) or shared (nothing written). The lock is the operating system's ({@code fcntl} on Linux):
 * it goes with the process, so a lock file left by a dead process blocks no one.
 *
 * <p>On Linux, closing any descriptor of a file drops every lock the process holds on it, and the JVM refuses
 * a second lock on a file it has locked; so this process opens a lock file once, keeps it in {@link #HELD} while
 * it holds it, shares one shared hold among its users, and answers "held here" without opening it again.
 */
final class LockFile {
    private static final Map<Path, LockFile> HELD = new HashMap<>();
    private static final int ATTEMPTS = 20;
    private static final long PAUSE_MILLIS = 50;

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;
    private final LockHolder holder;
    private int users = 1;

    private LockFile(Path file, FileChannel channel, FileLock lock, LockHolder holder) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
        this.holder = holder;
    }

    /** Another process (or this one) holds the file's lock; {@code holder} is what its file says, if anything. */
    static final class Busy extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient LockHolder holder;
        private final boolean here;

        Busy(LockHolder holder, boolean here) {
            super(null, null, false, false);
            this.holder = holder;
            this.here = here;
        }

        /** Who holds it, for a message. */
        String who() {
            if (here) {
                return "this process" + (holder == null ? "" : ", " + holder.describe());
            }
            return holder == null ? "another process (its lock file does not say which yet)" : holder.describe();
        }
    }

    /**
     * Takes the lock of {@code file} (created if absent), trying for about a second before giving up, since a
     * process that only looks (a status) may hold it for a moment.
     *
     * @param holder who takes it exclusively, written into the file; null to take it shared
     */
    static LockFile take(Path file, LockHolder holder) throws IOException, Busy {
        return take(file, holder, ATTEMPTS, false);
    }

    /**
     * Whether someone holds {@code file}'s lock exclusively, looked at once with a shared lock held for a moment;
     * null when no one does, or when the file cannot be opened for reading. Creates and writes nothing.
     */
    static Busy probe(Path file) {
        try {
            take(file, null, 1, true).release();
            return null;
        } catch (Busy b) {
            return b;
        } catch (IOException e) {
            return null;
        }
    }

    private static LockFile take(Path file, LockHolder holder, int attempts, boolean look) throws IOException, Busy {
        Path key = file.toAbsolutePath().normalize();
        synchronized (HELD) {
            LockFile here = HELD.get(key);
            if (here != null) {
                if (holder == null && here.holder == null) {
                    here.users++;
                    return here;
                }
                throw new Busy(here.holder, true);
            }
            FileChannel channel = look ? FileChannel.open(key, StandardOpenOption.READ)
                    : FileChannel.open(key, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            try {
                FileLock lock = null;
                for (int i = 0; lock == null; i++) {
                    lock = channel.tryLock(0, Long.MAX_VALUE, holder == null);
                    if (lock == null && i + 1 >= attempts) {
                        throw new Busy(LockHolder.parse(read(channel)), false);
                    }
                    if (lock == null) {
                        pause();
                    }
                }
                if (holder != null) {
                    channel.truncate(0);
                    channel.write(ByteBuffer.wrap(holder.text().getBytes(StandardCharsets.UTF_8)), 0);
                    channel.force(false);
                }
                LockFile held = new LockFile(key, channel, lock, holder);
                HELD.put(key, held);
                return held;
            } catch (IOException | Busy | RuntimeException e) {
                channel.close(); // holds no lock of ours: closing drops nothing we need
                throw e;
            }
        }
    }

    /** Lets go (when its last user here does): clears the holder it wrote, then the lock. */
    void release() throws IOException {
        synchronized (HELD) {
            if (--users > 0) {
                return;
            }
            HELD.remove(file);
            try {
                if (holder != null && lock.isValid()) {
                    channel.truncate(0);
                }
                lock.release();
            } finally {
                channel.close();
            }
        }
    }

    private static String read(FileChannel channel) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate((int) Math.min(channel.size(), 64 * 1024));
        while (buffer.hasRemaining() && channel.read(buffer, buffer.position()) > 0) {
            // reads the holder's few lines
        }
        return new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8);
    }

    private static void pause() {
        try {
            Thread.sleep(PAUSE_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
