package io.yudex;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class YudexApplication {

    public static void main(String[] args) {
        SpringApplication.run(YudexApplication.class, args);
    }
}
