package org.planflow.security.camunda;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;

/**
 * The changing calls (POST, PUT, DELETE) Camunda's REST API offers below a resource, read from the JAX-RS
 * annotations of camunda-engine-rest itself, so a call a new Camunda version adds is walked by the tests too.
 */
final class CamundaRestResources {

    private static final List<Class<? extends Annotation>> CHANGING = List.of(POST.class, PUT.class, DELETE.class);

    record Call(String method, String template) {

        /** The path with its placeholders filled: {id}, {key} and the like from the map, any other with "x". */
        String path(Map<String, String> values) {
            String path = template;
            for (Map.Entry<String, String> value : values.entrySet()) {
                path = path.replace("{" + value.getKey() + "}", value.getValue());
            }
            return path.replaceAll("\\{[^}]+}", "x");
        }
    }

    private CamundaRestResources() {
    }

    /** Every changing call of the root REST service (e.g. TaskRestService) whose path starts with the prefix. */
    static List<Call> changing(Class<?> restService, String prefix) {
        Set<Call> calls = new TreeSet<>((a, b) -> (a.template() + " " + a.method()).compareTo(b.template() + " " + b.method()));
        walk(restService, root(restService), calls, 0);
        return calls.stream().filter(call -> call.template().startsWith(prefix)).toList();
    }

    private static String root(Class<?> restService) {
        try {
            return (String) restService.getField("PATH").get(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException(restService + " has no PATH", e);
        }
    }

    private static void walk(Class<?> resource, String prefix, Set<Call> calls, int depth) {
        if (depth > 5) {
            return;
        }
        for (Method method : resource.getMethods()) {
            Path path = method.getAnnotation(Path.class);
            String template = path == null ? prefix : prefix + (path.value().startsWith("/") ? "" : "/") + path.value();
            CHANGING.stream().filter(method::isAnnotationPresent).findFirst()
                    .ifPresent(http -> calls.add(new Call(http.getSimpleName(), template)));
            boolean locator = path != null && CHANGING.stream().noneMatch(method::isAnnotationPresent)
                    && !method.isAnnotationPresent(jakarta.ws.rs.GET.class) && method.getReturnType().isInterface()
                    && method.getReturnType().getName().startsWith("org.camunda");
            if (locator) {
                walk(method.getReturnType(), template, calls, depth + 1);
            }
        }
    }
}
