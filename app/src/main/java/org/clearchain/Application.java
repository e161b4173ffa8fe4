package org.clearchain;

import io.micronaut.openapi.annotation.OpenAPIInclude;
import io.micronaut.runtime.Micronaut;
import io.micronaut.security.endpoints.LoginController;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;

@OpenAPIDefinition(info = @Info(title = "clearchain", version = "0.1",
        description = "Due diligence against trafficking for labour exploitation: the register of licensed"
                + " recruitment agencies, supplier declarations, labour inspections and explainable risk scores."
                + " Log in with POST /login {\"username\",\"password\"} and send the access_token as a bearer token;"
                + " endpoints under /api/public need no token."),
        security = @SecurityRequirement(name = "bearer"))
// POST /login is part of the API although micronaut-security declares it; its other endpoints are not served here
@OpenAPIInclude(classes = LoginController.class, security = {})
@SecurityScheme(name = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
public class Application {

    public static void main(String[] args) {
        Micronaut.build(args)
                .mainClass(Application.class)
                .properties(StartupSettings.resolve(System.getenv()))
                .start();
    }
}
