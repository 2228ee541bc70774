package org.planflow.benchmark;

import java.util.Map;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * What the benchmark city changes in PlanFlow's configuration (decision 038): its people's passwords are hashed with
 * bcrypt at cost 4 instead of 10, so the generator does not spend seven minutes of both cores hashing 10,000 initial
 * passwords, and an HTTP Basic call of a city account measures PlanFlow rather than bcrypt (the demo accounts keep their
 * cost-10 hashes, which the benchmark measures on their own). Everything else is PlanFlow as configured.
 */
@TestConfiguration(proxyBeanMethods = false)
class CityConfiguration {

    @Bean
    @Primary
    PasswordEncoder cityPasswordEncoder() {
        PasswordEncoder standard = PasswordEncoderFactories.createDelegatingPasswordEncoder();
        DelegatingPasswordEncoder encoder = new DelegatingPasswordEncoder("bcrypt", Map.of("bcrypt", new BCryptPasswordEncoder(4)));
        encoder.setDefaultPasswordEncoderForMatches(standard);
        return encoder;
    }
}
