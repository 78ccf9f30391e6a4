package dev.wsmock.benchmarks.internal.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The results of one run: a JSON tree (one member per section) written at the end, and text tables printed as
 * each section finishes, so a long run shows progress.
 */
public final class Report {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private final ObjectNode root = JSON.createObjectNode();
  private final PrintStream out;

  public Report(PrintStream out) {
    this.out = out;
  }

  public ObjectNode root() {
    return root;
  }

  /** The JSON object of section {@code name}, created on first use. */
  public ObjectNode section(String name) {
    return root.has(name) ? (ObjectNode) root.get(name) : root.putObject(name);
  }

  public void print(Table table) {
    out.println();
    out.print(table.render());
    out.flush();
  }

  public void note(String line) {
    out.println(line);
    out.flush();
  }

  public Path write(Path file) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      JSON.writeValue(file.toFile(), root);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  public static ObjectMapper json() {
    return JSON;
  }
}
