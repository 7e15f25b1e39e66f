package org.opencrcn.reliability;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The simulated learners of a run, one virtual thread each, and the problems they met (printed at
 * once, counted at the end). A learner still busy two minutes after it was told to stop is stuck.
 */
final class Crowd implements AutoCloseable {
  /** A learner's part of a step; may fail. */
  interface LearnerTask {
    void run(SimulatedLearner learner) throws Exception;
  }

  private final String prefix;
  private final List<SimulatedLearner> learners;
  private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
  private final Queue<String> problems = new ConcurrentLinkedQueue<>();
  private final AtomicInteger stuck = new AtomicInteger();

  Crowd(String prefix, List<SimulatedLearner> learners) {
    this.prefix = prefix;
    this.learners = List.copyOf(learners);
  }

  List<SimulatedLearner> learners() {
    return learners;
  }

  int size() {
    return learners.size();
  }

  /** Starts the task for every learner at once; the caller awaits them with {@link #awaitAll}. */
  List<Future<?>> startEach(LearnerTask task, String what) {
    return forAll(learners.size(), task, what);
  }

  /** Runs the task for every learner, at most {@code parallel} at once, and waits for all. */
  void forEach(int parallel, LearnerTask task, String what) {
    awaitAll(forAll(parallel, task, what), what);
  }

  private List<Future<?>> forAll(int parallel, LearnerTask task, String what) {
    Semaphore slots = new Semaphore(parallel);
    List<Future<?>> running = new ArrayList<>();
    for (SimulatedLearner learner : learners) {
      running.add(
          threads.submit(
              () -> {
                slots.acquire();
                try {
                  task.run(learner);
                } catch (Exception e) {
                  problem(learner.username() + " (" + what + "): " + e);
                } finally {
                  slots.release();
                }
                return null;
              }));
    }
    return running;
  }

  /** Waits for every learner; one still busy after two minutes is stuck. */
  void awaitAll(List<Future<?>> running, String what) {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
    for (Future<?> learner : running) {
      try {
        learner.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
      } catch (TimeoutException e) {
        stuck.incrementAndGet();
        problem("a learner is stuck (" + what + ")");
        learner.cancel(true);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (java.util.concurrent.ExecutionException e) {
        problem(what + ": " + e.getCause());
      }
    }
  }

  void countStuck() {
    stuck.incrementAndGet();
  }

  int stuck() {
    return stuck.get();
  }

  void problem(String problem) {
    problems.add(problem);
    say("PROBLEM %s", problem);
  }

  int problems() {
    return problems.size();
  }

  void say(String format, Object... args) {
    System.out.printf(prefix + ": " + format + "%n", args);
  }

  @Override
  public void close() {
    threads.shutdownNow();
  }
}
