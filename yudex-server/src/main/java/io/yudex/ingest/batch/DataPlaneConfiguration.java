package io.yudex.ingest.batch;

import io.yudex.data.DataStore;
import io.yudex.data.DuckDbDataStore;
import io.yudex.platform.YudexProperties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class DataPlaneConfiguration {

    /** The embedded analytical store: one DuckDB file under the data dir. */
    @Bean(destroyMethod = "close")
    DataStore dataStore(YudexProperties properties) {
        return DuckDbDataStore.open(properties.dataDir().resolve("store").resolve("yudex.duckdb"));
    }

    /** Loads run off the request thread, one virtual thread each; the store serialises batches per table. */
    @Bean(destroyMethod = "shutdownNow")
    ExecutorService ingestExecutor() {
        return Executors.newVirtualThreadPerTaskExecutor();
    }
}
