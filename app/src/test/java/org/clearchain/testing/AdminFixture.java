package org.clearchain.testing;

import io.micronaut.json.tree.JsonNode;

import java.util.Map;

/** Tenants and users made through the admin API, as the platform operator would. */
public final class AdminFixture {

    private final Api api;
    private final String token;

    public AdminFixture(Api api, String adminToken) {
        this.api = api;
        this.token = adminToken;
    }

    public long organisation(String name, String kind, String country) {
        Api.Response r = api.post("/api/organisations", token, Map.of("name", name, "kind", kind, "country", country));
        if (r.status() != 201) {
            throw new AssertionError("organisation not created: " + r);
        }
        return r.number("id");
    }

    /** The id of an existing organisation, such as the demo's "National Labour Licensing Authority". */
    public long organisationNamed(String name) {
        Api.Response r = api.get("/api/organisations", token);
        for (JsonNode o : r.body().values()) {
            if (name.equals(o.get("name").getStringValue())) {
                return o.get("id").getLongValue();
            }
        }
        throw new AssertionError("no organisation named " + name + " in " + r);
    }

    public long user(String username, String password, String role, long organisationId) {
        Api.Response r = api.post("/api/users", token,
                Map.of("username", username, "password", password, "role", role, "organisationId", organisationId));
        if (r.status() != 201) {
            throw new AssertionError("user not created: " + r);
        }
        return r.number("id");
    }
}
