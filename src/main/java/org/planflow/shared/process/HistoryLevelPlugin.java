package org.planflow.shared.process;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.springframework.stereotype.Component;

/** Makes {@link FullHistoryWithoutDetails} known to the engine, so {@code camunda.bpm.history-level} may name it. */
@Component
class HistoryLevelPlugin extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<HistoryLevel> levels = new ArrayList<>();
        if (configuration.getCustomHistoryLevels() != null) {
            levels.addAll(configuration.getCustomHistoryLevels());
        }
        levels.add(new FullHistoryWithoutDetails());
        configuration.setCustomHistoryLevels(levels);
    }
}
