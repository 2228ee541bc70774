package org.planflow;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class PlanFlowApplication {

    public static void main(String[] args) {
        SpringApplication.run(PlanFlowApplication.class, args);
    }
}
