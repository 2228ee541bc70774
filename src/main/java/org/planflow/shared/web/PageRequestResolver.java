package org.planflow.shared.web;

import java.util.List;

import org.planflow.shared.PageRequest;
import org.planflow.shared.PagingProblem;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.parameters.QueryParameter;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;

/**
 * Reads {@code ?page=&size=} into the {@link PageRequest} a list endpoint takes (page 0 and
 * {@link PageRequest#DEFAULT_SIZE} when absent), refusing anything else with the field and its code; and
 * describes the two parameters in the OpenAPI description of every such endpoint.
 */
@Configuration
class PageRequestResolver implements HandlerMethodArgumentResolver, WebMvcConfigurer {

    static {
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(PageRequest.class);
    }

    @Bean
    OperationCustomizer pageParameters() {
        return (operation, handler) -> {
            boolean paged = java.util.Arrays.stream(handler.getMethodParameters())
                    .anyMatch(parameter -> parameter.getParameterType() == PageRequest.class);
            if (paged) {
                operation.addParametersItem(new QueryParameter().name("page").description("the page, counted from 0")
                        .schema(new IntegerSchema()._default(0).minimum(java.math.BigDecimal.ZERO)));
                operation.addParametersItem(new QueryParameter().name("size").description("entries a page")
                        .schema(new IntegerSchema()._default(PageRequest.DEFAULT_SIZE).minimum(java.math.BigDecimal.ONE)
                                .maximum(java.math.BigDecimal.valueOf(PageRequest.MAX_SIZE))));
            }
            return operation;
        };
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(this);
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == PageRequest.class;
    }

    @Override
    public PageRequest resolveArgument(MethodParameter parameter, ModelAndViewContainer container, NativeWebRequest request,
                                       WebDataBinderFactory binders) {
        int page = number(request.getParameter("page"), 0, PagingProblem.PAGE_INVALID, "page");
        int size = number(request.getParameter("size"), PageRequest.DEFAULT_SIZE, PagingProblem.SIZE_INVALID, "size");
        return new PageRequest(page, size);
    }

    private static int number(String text, int absent, PagingProblem problem, String field) {
        if (text == null || text.isBlank()) {
            return absent;
        }
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw problem == PagingProblem.PAGE_INVALID ? problem.at(field, text) : problem.at(field, PageRequest.MAX_SIZE, text);
        }
    }
}
