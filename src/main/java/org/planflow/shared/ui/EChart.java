package org.planflow.shared.ui;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.html.Div;

/**
 * One Apache ECharts chart, drawn in the browser from the webjar it loads; a click on a bar, slice
 * or point comes back to the server with the name of what was clicked. Shared by the features that chart figures.
 */
@JavaScript("context://webjars/echarts/5.5.0/echarts.min.js")
public class EChart extends Div {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final transient Consumer<String> clicked;

    public EChart(String id, Map<String, Object> option, Consumer<String> clicked) {
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

    /** The option of a horizontal bar chart: one bar per name, in the order given (ECharts draws the first at the bottom). */
    public static Map<String, Object> bars(List<String> names, List<?> values, String colour) {
        return Map.of("grid", Map.of("left", 120, "right", 30, "top", 10, "bottom", 30),
                "tooltip", Map.of(),
                "xAxis", Map.of("type", "value", "minInterval", 1),
                "yAxis", Map.of("type", "category", "data", names),
                "series", List.of(Map.of("type", "bar", "data", values, "itemStyle", Map.of("color", colour))));
    }

    private static String json(Map<String, Object> option) {
        try {
            return JSON.writeValueAsString(option);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
