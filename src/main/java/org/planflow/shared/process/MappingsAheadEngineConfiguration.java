package org.planflow.shared.process;

import org.apache.ibatis.mapping.Environment;
import org.apache.ibatis.session.ExecutorType;
import org.apache.ibatis.session.defaults.DefaultSqlSessionFactory;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;

/** The Spring engine configuration, taking the MyBatis mappings {@link EngineMappings} parsed ahead. */
class MappingsAheadEngineConfiguration extends SpringProcessEngineConfiguration {

    private boolean tookMappingsParsedAhead;

    @Override
    protected void initSqlSessionFactory() {
        if (sqlSessionFactory == null && !isUseSharedSqlSessionFactory) {
            EngineMappings.take(databaseType, databaseTablePrefix).ifPresent(mappings -> {
                // As the engine completes its own parse: this engine's data source and transactions, its timeouts.
                mappings.setEnvironment(new Environment("default", transactionFactory, dataSource));
                mappings.setDefaultStatementTimeout(jdbcStatementTimeout);
                if (isJdbcBatchProcessing()) {
                    mappings.setDefaultExecutorType(ExecutorType.BATCH);
                }
                sqlSessionFactory = new DefaultSqlSessionFactory(mappings);
                tookMappingsParsedAhead = true;
            });
        }
        super.initSqlSessionFactory();
    }

    /** Whether this engine runs on the mappings parsed ahead, or parsed its own (another database, a second engine). */
    boolean tookMappingsParsedAhead() {
        return tookMappingsParsedAhead;
    }
}
