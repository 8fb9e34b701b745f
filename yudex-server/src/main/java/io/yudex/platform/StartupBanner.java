package io.yudex.platform;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Tells whoever started Yudex where to find it. */
@Component
class StartupBanner {

    private static final Logger log = LoggerFactory.getLogger(StartupBanner.class);

    private final YudexProperties properties;

    StartupBanner(YudexProperties properties) {
        this.properties = properties;
    }

    @EventListener
    void onStarted(WebServerInitializedEvent event) {
        int port = event.getWebServer().getPort();
        log.info("Yudex console: http://localhost:{}/  API docs: http://localhost:{}/swagger-ui.html  data dir: {}",
                port, port, properties.dataDir().toAbsolutePath().normalize());
    }
}
