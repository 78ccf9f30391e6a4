package dev.wsmock.benchmarks.internal.serving;

/** A response the mock sent, replayed byte for byte by the static stubs. */
record CapturedAnswer(int status, String contentType, byte[] body) {}
