package org.planflow.organization;

import org.planflow.organization.persistence.OrganizationRepository;
import org.planflow.shared.Roles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A new production database has no users: when no enabled ADMIN exists and an initial password is
 * given (from the environment), the first administrator and its unit are created.
 */
@Component
@EnableConfigurationProperties(AdminBootstrap.Properties.class)
class AdminBootstrap implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    private final OrganizationRepository repository;
    private final PasswordEncoder passwordEncoder;
    private final TransactionTemplate transaction;
    private final Properties properties;

    AdminBootstrap(OrganizationRepository repository, PasswordEncoder passwordEncoder, TransactionTemplate transaction,
                   Properties properties) {
        this.repository = repository;
        this.passwordEncoder = passwordEncoder;
        this.transaction = transaction;
        this.properties = properties;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (properties.password() == null || properties.password().isBlank() || repository.countEnabledAdmins() > 0) {
            return;
        }
        transaction.executeWithoutResult(status -> {
            repository.insertUnitIfMissing(properties.unitCode(), properties.unitName(), UnitType.DEPARTMENT);
            repository.insertUser(properties.username(), properties.displayName(), properties.unitCode(),
                    passwordEncoder.encode(properties.password()));
            repository.insertRole(properties.username(), Roles.ADMIN);
        });
        log.info("Created the first administrator '{}' in unit '{}'", properties.username(), properties.unitCode());
    }

    @ConfigurationProperties("planflow.bootstrap.admin")
    record Properties(String password,
                      @DefaultValue("admin") String username,
                      @DefaultValue("系统管理员") String displayName,
                      @DefaultValue("it") String unitCode,
                      @DefaultValue("系统管理") String unitName) {
    }
}
