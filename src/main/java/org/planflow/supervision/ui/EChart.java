package org.planflow.supervision.ui;

import java.util.Map;
import java.util.function.Consumer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.html.Div;

/**
 * One Apache ECharts chart, drawn in the browser from the webjar the view loads; a click on a bar, slice
 * or point comes back to the server with the name of what was clicked.
 */
class EChart extends Div {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final transient Consumer<String> clicked;

    EChart(String id, Map<String, Object> option, Consumer<String> clicked) {
        this.clicked = clicked;
        setId(id);
        setWidth("100%");
        setHeight("300px");
        getElement().setAttribute("data-option", json(option));
        getElement().executeJs("""
                const el = $0;
                const chart = echarts.init(el);
                chart.setOption(JSON.parse(el.dataset.option));
                chart.on('click', p => el.$server.clicked(p.name));
                new ResizeObserver(() => chart.resize()).observe(el);
                el.__chart = chart;""", getElement());
    }

    @ClientCallable
    void clicked(String name) {
        clicked.accept(name);
    }

    private static String json(Map<String, Object> option) {
        try {
            return JSON.writeValueAsString(option);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
