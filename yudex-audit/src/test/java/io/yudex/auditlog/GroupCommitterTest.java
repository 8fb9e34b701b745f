package io.yudex.auditlog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GroupCommitterTest {

    @TempDir
    Path dir;

    @Test
    void concurrentCallers_shareGroups_andEachGetsItsOwnResult_onlyOnceDurable() throws Exception {
        List<Integer> durable = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch firstGroupStarted = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        try (GroupCommitter<Integer, String> c = new GroupCommitter<>("test-writer", 1000, Duration.ofSeconds(10), group -> {
            firstGroupStarted.countDown();
            release.await();
            durable.addAll(group);
            return group.stream().map(i -> "ok " + i).toList();
        }); ExecutorService pool = Executors.newFixedThreadPool(16)) {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                int n = i;
                results.add(pool.submit(() -> c.submit(n)));
            }
            firstGroupStarted.await();
            Thread.sleep(100);
            assertThat(results).noneMatch(Future::isDone);
            release.countDown();
            for (int i = 0; i < 50; i++) {
                assertThat(results.get(i).get()).isEqualTo("ok " + i);
            }
            assertThat(durable).hasSize(50);
            assertThat(c.groups()).as("50 callers blocked behind one group share few groups").isLessThan(20);
        }
    }

    @Test
    void aFailedGroup_failsItsCallers() {
        try (GroupCommitter<Integer, String> c = new GroupCommitter<>("test-writer", 10, Duration.ofSeconds(5), group -> {
            throw new java.io.IOException("disk full");
        })) {
            assertThatThrownBy(() -> c.submit(1)).isInstanceOf(GroupCommitter.NotDurableException.class).hasMessageContaining("disk full");
        }
    }

    @Test
    void theJournal_keepsCompleteLines_andDropsATornLastOne() throws Exception {
        Path file = dir.resolve("j.log");
        try (Journal j = new Journal(file)) {
            j.append(List.of("a", "b"));
            j.append(List.of("c"));
        }
        java.nio.file.Files.writeString(file, "tor", java.nio.file.StandardOpenOption.APPEND);
        try (Journal j = new Journal(file)) {
            assertThat(j.lines()).containsExactly("a", "b", "c");
            j.clear();
            assertThat(j.lines()).isEmpty();
        }
    }
}
