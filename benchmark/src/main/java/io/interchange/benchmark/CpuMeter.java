package io.interchange.benchmark;

import java.util.ArrayList;
import java.util.List;

/** CPU seconds of each measured process over one phase, printed per unit of work (an order, an event). */
final class CpuMeter {

    private final List<ProcessCpu> processes;
    private final double[] before;

    private CpuMeter(List<ProcessCpu> processes) {
        this.processes = processes;
        this.before = new double[processes.size()];
        for (int i = 0; i < processes.size(); i++) {
            before[i] = processes.get(i).seconds();
        }
    }

    static CpuMeter start(List<ProcessCpu> processes) {
        return new CpuMeter(processes);
    }

    /** One line per process: CPU seconds in the phase and milliseconds per unit. */
    List<String> lines(long units, String unit) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < processes.size(); i++) {
            double after = processes.get(i).seconds();
            if (before[i] < 0 || after < 0) {
                lines.add(String.format("CPU %-16s not measured (no pid)", processes.get(i).name()));
                continue;
            }
            double used = after - before[i];
            lines.add(String.format("CPU %-16s %7.1f s  %6.2f ms per %s", processes.get(i).name(), used,
                    units == 0 ? 0 : used * 1000 / units, unit));
        }
        return lines;
    }
}
