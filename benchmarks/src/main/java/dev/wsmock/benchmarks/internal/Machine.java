package dev.wsmock.benchmarks.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wsmock.benchmarks.internal.report.Report;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** What the numbers were measured on: they mean little without it. */
public final class Machine {
  private Machine() {}

  public static void describe(Report report) {
    ObjectNode machine = report.section("machine");
    machine
        .put("availableProcessors", Runtime.getRuntime().availableProcessors())
        .put("cpuModel", cpuModel())
        .put("memoryTotalMiB", totalMemoryMib())
        .put("maxHeapMiB", Runtime.getRuntime().maxMemory() / (1024 * 1024))
        .put("javaVersion", System.getProperty("java.version"))
        .put(
            "javaVm",
            System.getProperty("java.vm.name") + " " + System.getProperty("java.vm.version"))
        .put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"))
        .put(
            "gc",
            String.join(
                ", ",
                ManagementFactory.getGarbageCollectorMXBeans().stream()
                    .map(b -> b.getName())
                    .toList()))
        .put(
            "loadAverageAtStart",
            ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    report.note("Machine: " + machine);
  }

  private static String cpuModel() {
    return lines(Path.of("/proc/cpuinfo")).stream()
        .filter(l -> l.startsWith("model name"))
        .map(l -> l.substring(l.indexOf(':') + 1).trim())
        .findFirst()
        .orElse(System.getProperty("os.arch"));
  }

  private static long totalMemoryMib() {
    return lines(Path.of("/proc/meminfo")).stream()
        .filter(l -> l.startsWith("MemTotal:"))
        .map(l -> Long.parseLong(l.replaceAll("\\D", "")) / 1024)
        .findFirst()
        .orElse(-1L);
  }

  private static List<String> lines(Path file) {
    try {
      return Files.readAllLines(file);
    } catch (IOException | RuntimeException e) {
      return List.of();
    }
  }
}
