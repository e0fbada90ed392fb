package org.plsim.testing;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A one-node Slurm cluster on 127.0.0.1 for tests (recipe: DISTRIBUTED.md): munged with its own key and socket,
 * slurmctld and slurmd on free ports, bound to loopback only, every path in a scratch folder. Started processes are
 * stopped by PID on {@link #close} and by a shutdown hook should the test JVM end first; nothing else is touched.
 */
public final class LoopbackSlurm implements AutoCloseable {
    /** The programs it needs, all from Debian's slurm-wlm and munge. */
    public static final List<String> PROGRAMS = List.of("munged", "slurmctld", "slurmd", "sbatch", "squeue", "sinfo");

    private final Path dir;
    private final List<Process> daemons = new ArrayList<>();
    private final Thread hook = new Thread(this::stop, "stop loopback slurm");

    private LoopbackSlurm(Path dir) {
        this.dir = dir;
    }

    /** The first of {@link #PROGRAMS} not installed here (the sbin folders included), if any. */
    public static Optional<String> missingProgram() {
        return PROGRAMS.stream().filter(p -> program(p).isEmpty()).findFirst();
    }

    /** Starts the daemons in {@code dir} and waits until the node is idle (at most 60 s). */
    public static LoopbackSlurm start(Path dir) throws IOException, InterruptedException {
        LoopbackSlurm slurm = new LoopbackSlurm(dir);
        Runtime.getRuntime().addShutdownHook(slurm.hook);
        try {
            slurm.startDaemons();
        } catch (IOException | InterruptedException | RuntimeException e) {
            slurm.close();
            throw e;
        }
        return slurm;
    }

    /** The environment Slurm's commands need to find this cluster. */
    public Map<String, String> environment() {
        return Map.of("SLURM_CONF", dir.resolve("slurm.conf").toString());
    }

    /** Runs a Slurm command against this cluster; what it printed (stdout and stderr). */
    public String run(String... command) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().putAll(environment());
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(60, TimeUnit.SECONDS);
        return out;
    }

    /** Waits until no job is queued or running, at most {@code seconds}; whether the queue emptied. */
    public boolean awaitEmptyQueue(int seconds) throws IOException, InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < end) {
            if (run("squeue", "-h").isBlank()) {
                return true;
            }
            Thread.sleep(500);
        }
        return false;
    }

    private void startDaemons() throws IOException, InterruptedException {
        Path munge = Files.createDirectories(dir.resolve("munge"));
        Files.createDirectories(dir.resolve("state"));
        Files.createDirectories(dir.resolve("spool"));
        byte[] key = new byte[1024];
        new SecureRandom().nextBytes(key);
        Path keyFile = Files.write(munge.resolve("munge.key"), key);
        Files.setPosixFilePermissions(keyFile, PosixFilePermissions.fromString("rw-------"));
        Path socket = munge.resolve("socket");
        daemon("munged", "-F", "--force", "--socket=" + socket, "--key-file=" + keyFile, "--pid-file="
                + munge.resolve("pid"), "--seed-file=" + munge.resolve("seed"), "--log-file=" + munge.resolve("log"));
        for (int i = 0; i < 100 && !Files.exists(socket); i++) {
            Thread.sleep(100);
        }
        String host = shortHostName();
        Files.writeString(dir.resolve("slurm.conf"), String.join("\n",
                "ClusterName=plsimtest",
                "SlurmctldHost=" + host + "(127.0.0.1)",
                "SlurmctldPort=" + freePort(), "SlurmdPort=" + freePort(),
                "CommunicationParameters=NoInAddrAny,NoCtldInAddrAny",
                "AuthType=auth/munge", "AuthInfo=socket=" + socket, "CredType=cred/munge",
                "SlurmUser=root", "SlurmdUser=root",
                "ProctrackType=proctrack/linuxproc", "TaskPlugin=task/none", "MpiDefault=none",
                "SelectType=select/cons_tres", "SelectTypeParameters=CR_Core", "ReturnToService=2",
                "AccountingStorageType=accounting_storage/none", "JobAcctGatherType=jobacct_gather/none",
                "JobCompType=jobcomp/none", "MaxArraySize=10001",
                "StateSaveLocation=" + dir.resolve("state"), "SlurmdSpoolDir=" + dir.resolve("spool"),
                "SlurmctldPidFile=" + dir.resolve("slurmctld.pid"), "SlurmdPidFile=" + dir.resolve("slurmd.pid"),
                "SlurmctldLogFile=" + dir.resolve("slurmctld.log"), "SlurmdLogFile=" + dir.resolve("slurmd.log"),
                "NodeName=" + host + " NodeAddr=127.0.0.1 CPUs=2 RealMemory=4000 State=UNKNOWN",
                "PartitionName=test Nodes=ALL Default=YES MaxTime=INFINITE State=UP", ""));
        String conf = dir.resolve("slurm.conf").toString();
        daemon("slurmctld", "-D", "-f", conf);
        daemon("slurmd", "-D", "-f", conf);
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!run("sinfo", "-h", "-o", "%T").strip().equals("idle")) {
            if (System.nanoTime() > end) {
                throw new IOException("the loopback Slurm node did not become idle in 60 s: " + run("sinfo")
                        + "\nslurmctld.log:\n" + tail(dir.resolve("slurmctld.log")) + "\nslurmd.log:\n"
                        + tail(dir.resolve("slurmd.log")));
            }
            Thread.sleep(250);
        }
    }

    private void daemon(String program, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(program(program).orElseThrow().toString());
        command.addAll(List.of(args));
        daemons.add(new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve(program + ".out").toFile()).start());
    }

    /** Cancels this cluster's jobs, then stops each daemon it started by its PID, newest first. */
    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // shutting down: the hook runs stop() itself
        }
        stop();
    }

    private synchronized void stop() {
        if (daemons.size() == 3) {
            try {
                run("scancel", "--user=" + System.getProperty("user.name"));
            } catch (IOException | InterruptedException e) {
                // the daemons are stopped below whatever scancel did
            }
        }
        for (int i = daemons.size() - 1; i >= 0; i--) {
            Process p = daemons.get(i);
            p.destroy();
            try {
                if (!p.waitFor(10, TimeUnit.SECONDS)) {
                    p.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                p.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
        daemons.clear();
    }

    private static Optional<Path> program(String name) {
        return SystemPackages.onPath(name).or(() -> List.of("/usr/sbin", "/sbin", "/usr/bin").stream()
                .map(d -> Path.of(d, name)).filter(Files::isExecutable).findFirst());
    }

    private static String shortHostName() throws IOException, InterruptedException {
        Process p = new ProcessBuilder("hostname", "-s").redirectErrorStream(true).start();
        String name = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        p.waitFor();
        return name.isEmpty() ? InetAddress.getLocalHost().getHostName().split("\\.")[0] : name;
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    private static String tail(Path log) throws IOException {
        if (!Files.exists(log)) {
            return "(none)";
        }
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 15), lines.size()));
    }
}
