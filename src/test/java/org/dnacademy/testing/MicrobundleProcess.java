package org.dnacademy.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The shipped microbundle run as an operator runs it, {@code java -jar ... --port N}, with its
 * output in a log file. Environment variables starting with {@code DNA_} are not inherited, so
 * each test states the configuration it means.
 */
public final class MicrobundleProcess implements AutoCloseable {

    private final Process process;
    private final Path log;

    private MicrobundleProcess(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    public static MicrobundleProcess start(int port, Path log, Map<String, String> environment) throws IOException {
        Files.createDirectories(log.getParent());
        String jar = System.getProperty("dnacademy.microbundle", "target/dn-academy-microbundle.jar");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        // The JVM options the application runs with (the README's), and any a benchmark adds (NMT, JFR).
        command.add("@" + System.getProperty("dnacademy.jvmOptions", "src/main/jvm/dn-academy.jvm"));
        String extra = System.getProperty("dnacademy.serverJvm", "").trim();
        if (!extra.isEmpty()) {
            command.addAll(List.of(extra.split("\\s+")));
        }
        command.addAll(List.of("-jar", jar, "--port", String.valueOf(port)));
        var builder = new ProcessBuilder(command)
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("DNA_"));
        builder.environment().putAll(environment);
        // As in the container image: one C-library memory arena per core, not per thread (README, "Configuration").
        builder.environment().putIfAbsent("MALLOC_ARENA_MAX", "2");
        return new MicrobundleProcess(builder.start(), log);
    }

    /** Waits until Payara Micro reports it is ready (also when the application failed to deploy). */
    public String awaitReady() throws IOException, InterruptedException {
        // Generous: a start takes 15-40 s alone, but minutes on a shared, busy 2-core machine.
        long deadline = System.nanoTime() + Duration.ofSeconds(600).toNanos();
        while (System.nanoTime() < deadline) {
            String text = Files.exists(log) ? Files.readString(log) : "";
            if (text.contains("ready in")) {
                return text;
            }
            if (!process.isAlive()) {
                throw new AssertionError("the server stopped during start-up:\n" + text);
            }
            Thread.sleep(250);
        }
        throw new AssertionError("not ready within 600 s:\n" + Files.readString(log));
    }

    /** Like {@code kill -9}: no orderly shutdown. */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor(30, java.util.concurrent.TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        kill();
    }

    public static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
