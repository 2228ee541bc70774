package org.planflow.organization;

import org.planflow.organization.persistence.OrgUnitRepository;
import org.planflow.organization.persistence.UserRepository;
import org.planflow.shared.InvalidInputException;
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
 * given (from the environment), the first administrator and its unit are created. The password must
 * keep the district's password rules (PlanFlow refuses to start otherwise), and the administrator
 * must change it at the first login, as after a reset: it has been in the environment.
 */
@Component
@EnableConfigurationProperties(AdminBootstrap.Properties.class)
class AdminBootstrap implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);
    private static final String PASSWORD_VARIABLE = "PLANFLOW_ADMIN_PASSWORD";

    private final UserRepository users;
    private final OrgUnitRepository units;
    private final PasswordEncoder passwordEncoder;
    private final TransactionTemplate transaction;
    private final Properties properties;

    AdminBootstrap(UserRepository users, OrgUnitRepository units, PasswordEncoder passwordEncoder,
                   TransactionTemplate transaction, Properties properties) {
        this.users = users;
        this.units = units;
        this.passwordEncoder = passwordEncoder;
        this.transaction = transaction;
        this.properties = properties;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (properties.password() == null || properties.password().isBlank() || users.countEnabledAdmins() > 0) {
            return;
        }
        String password = acceptable(properties.password(), properties.username());
        transaction.executeWithoutResult(status -> {
            units.insertUnitIfMissing(properties.unitCode(), properties.unitName(), UnitType.DEPARTMENT);
            users.insertUser(properties.username(), properties.displayName(), properties.unitCode(), null,
                    passwordEncoder.encode(password), true);
            users.insertRole(properties.username(), Roles.ADMIN);
        });
        log.info("Created the first administrator '{}' in unit '{}'", properties.username(), properties.unitCode());
    }

    private static String acceptable(String password, String username) {
        try {
            return Passwords.check(PASSWORD_VARIABLE, password, username);
        } catch (InvalidInputException refused) {
            throw new IllegalStateException(PASSWORD_VARIABLE + " breaks the password rules (" + refused.getMessage()
                    + "): choose another for the first administrator '" + username + "'");
        }
    }

    @ConfigurationProperties("planflow.bootstrap.admin")
    record Properties(String password,
                      @DefaultValue("admin") String username,
                      @DefaultValue("系统管理员") String displayName,
                      @DefaultValue("it") String unitCode,
                      @DefaultValue("系统管理") String unitName) {
    }
}
