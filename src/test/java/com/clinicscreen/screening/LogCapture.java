package com.clinicscreen.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/** Collects the log records of one logger (the root logger by default) while a test runs. */
public final class LogCapture extends Handler {

    private final Logger logger;
    private final List<LogRecord> records = new ArrayList<>();

    private LogCapture(Logger logger) {
        this.logger = logger;
    }

    /** Starts collecting from the named logger ("" for every logger). */
    public static LogCapture of(String loggerName) {
        LogCapture capture = new LogCapture(Logger.getLogger(loggerName));
        capture.logger.addHandler(capture);
        return capture;
    }

    @Override
    public synchronized void publish(LogRecord record) {
        records.add(record);
    }

    /** What was collected so far. */
    public synchronized List<LogRecord> records() {
        return List.copyOf(records);
    }

    /** Records at exactly this level (compared by value: JBoss and JDK levels are different objects). */
    public long count(java.util.logging.Level level) {
        return records().stream().filter(r -> r.getLevel().intValue() == level.intValue()).count();
    }

    @Override
    public void flush() {}

    @Override
    public void close() {
        logger.removeHandler(this);
    }
}
