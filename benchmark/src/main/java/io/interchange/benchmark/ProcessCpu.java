package io.interchange.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU time a process has used so far (user + system), from {@code /proc/<pid>/stat}; read before
 * and after a phase, the difference is what the phase cost that process. Linux only; a process
 * that is not known (no pid given, or not running) reads as {@code -1}.
 */
record ProcessCpu(String name, long pid) {

    /** Clock ticks per second of {@code /proc}'s times ({@code getconf CLK_TCK}; 100 on Linux). */
    private static final double TICKS_PER_SECOND = 100.0;

    static ProcessCpu of(String name, String pid) {
        return new ProcessCpu(name, pid == null || pid.isBlank() ? -1 : Long.parseLong(pid.trim()));
    }

    static ProcessCpu self() {
        return new ProcessCpu("load generator", ProcessHandle.current().pid());
    }

    /** CPU seconds used so far, or -1 when unknown. */
    double seconds() {
        if (pid < 0) {
            return -1;
        }
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            // fields after the command name, which is in parentheses and may hold spaces
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long userTicks = Long.parseLong(fields[11]);
            long systemTicks = Long.parseLong(fields[12]);
            return (userTicks + systemTicks) / TICKS_PER_SECOND;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }
}
