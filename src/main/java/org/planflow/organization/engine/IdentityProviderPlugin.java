package org.planflow.organization.engine;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.ReadOnlyIdentityProvider;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.planflow.organization.persistence.CredentialsRepository;
import org.planflow.organization.persistence.OrgUnitRepository;
import org.planflow.organization.persistence.UserRepository;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/** Makes the engine read users and groups from PlanFlow's own tables instead of its ACT_ID_* tables. */
@Component
class IdentityProviderPlugin extends AbstractProcessEnginePlugin {

    private final UserRepository users;
    private final OrgUnitRepository orgUnits;
    private final CredentialsRepository credentials;
    private final PasswordEncoder passwordEncoder;

    IdentityProviderPlugin(UserRepository users, OrgUnitRepository orgUnits, CredentialsRepository credentials,
                           PasswordEncoder passwordEncoder) {
        this.users = users;
        this.orgUnits = orgUnits;
        this.credentials = credentials;
        this.passwordEncoder = passwordEncoder;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setIdentityProviderSessionFactory(new SessionFactory() {
            @Override
            public Class<?> getSessionType() {
                return ReadOnlyIdentityProvider.class;
            }

            @Override
            public Session openSession() {
                return new OrganizationIdentityProvider(users, orgUnits, credentials, passwordEncoder);
            }
        });
    }
}
