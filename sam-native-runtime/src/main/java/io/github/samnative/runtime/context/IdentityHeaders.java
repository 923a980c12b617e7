package io.github.samnative.runtime.context;

import com.amazonaws.services.lambda.runtime.Client;
import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.github.samnative.runtime.serialization.LambdaJson;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads the {@code Lambda-Runtime-Cognito-Identity} and {@code Lambda-Runtime-Client-Context}
 * headers, which carry JSON with the key names the mobile SDKs send.
 */
final class IdentityHeaders {

    private IdentityHeaders() {}

    static CognitoIdentity cognitoIdentity(String json) {
        JsonNode node = parse(json);
        String identityId = text(node, "cognitoIdentityId");
        String poolId = text(node, "cognitoIdentityPoolId");
        return new CognitoIdentity() {
            @Override
            public String getIdentityId() {
                return identityId;
            }

            @Override
            public String getIdentityPoolId() {
                return poolId;
            }
        };
    }

    static ClientContext clientContext(String json) {
        JsonNode node = parse(json);
        JsonNode client = node.path("client");
        Client parsedClient = new Client() {
            private final String installationId = text(client, "installation_id");
            private final String appTitle = text(client, "app_title");
            private final String appVersionName = text(client, "app_version_name");
            private final String appVersionCode = text(client, "app_version_code");
            private final String appPackageName = text(client, "app_package_name");

            @Override
            public String getInstallationId() {
                return installationId;
            }

            @Override
            public String getAppTitle() {
                return appTitle;
            }

            @Override
            public String getAppVersionName() {
                return appVersionName;
            }

            @Override
            public String getAppVersionCode() {
                return appVersionCode;
            }

            @Override
            public String getAppPackageName() {
                return appPackageName;
            }
        };
        Map<String, String> custom = strings(node.path("custom"));
        Map<String, String> environment = strings(node.path("env"));
        return new ClientContext() {
            @Override
            public Client getClient() {
                return parsedClient;
            }

            @Override
            public Map<String, String> getCustom() {
                return custom;
            }

            @Override
            public Map<String, String> getEnvironment() {
                return environment;
            }
        };
    }

    private static JsonNode parse(String json) {
        if (json == null || json.isBlank()) {
            return MissingNode.getInstance();
        }
        try {
            return LambdaJson.mapper().readTree(json);
        } catch (JsonProcessingException e) {
            // A malformed header is Lambda's problem, not the handler's: expose it as empty.
            return MissingNode.getInstance();
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isValueNode() && !value.isNull() ? value.asText() : null;
    }

    private static Map<String, String> strings(JsonNode node) {
        if (!node.isObject()) {
            return Collections.emptyMap();
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            JsonNode value = field.getValue();
            values.put(field.getKey(), value.isValueNode() ? value.asText() : value.toString());
        }
        return Collections.unmodifiableMap(values);
    }
}
