package io.github.samnative.core.template;

import java.util.List;
import java.util.Map;

/**
 * The resource properties whose value may be a path relative to the template (the ones
 * {@code sam package} uploads). When the template is written somewhere else, these paths must be
 * rewritten so they still point at the same files. The list follows SAM CLI's.
 */
final class LocalPathProperties {

    /** Resource type → property paths, dotted for nested properties. */
    private static final Map<String, List<String>> BY_RESOURCE_TYPE = Map.ofEntries(
            Map.entry("AWS::Serverless::Function", List.of("CodeUri")),
            Map.entry("AWS::Serverless::Api", List.of("DefinitionUri")),
            Map.entry("AWS::Serverless::HttpApi", List.of("DefinitionUri")),
            Map.entry("AWS::Serverless::StateMachine", List.of("DefinitionUri")),
            Map.entry("AWS::Serverless::LayerVersion", List.of("ContentUri")),
            Map.entry("AWS::Serverless::Application", List.of("Location")),
            Map.entry("AWS::AppSync::GraphQLSchema", List.of("DefinitionS3Location")),
            Map.entry("AWS::AppSync::Resolver",
                    List.of("RequestMappingTemplateS3Location", "ResponseMappingTemplateS3Location")),
            Map.entry("AWS::AppSync::FunctionConfiguration",
                    List.of("RequestMappingTemplateS3Location", "ResponseMappingTemplateS3Location")),
            Map.entry("AWS::Lambda::Function", List.of("Code")),
            Map.entry("AWS::Lambda::LayerVersion", List.of("Content")),
            Map.entry("AWS::ApiGateway::RestApi", List.of("BodyS3Location")),
            Map.entry("AWS::ApiGatewayV2::Api", List.of("BodyS3Location")),
            Map.entry("AWS::ElasticBeanstalk::ApplicationVersion", List.of("SourceBundle")),
            Map.entry("AWS::CloudFormation::Stack", List.of("TemplateURL")),
            Map.entry("AWS::Glue::Job", List.of("Command.ScriptLocation")),
            Map.entry("AWS::StepFunctions::StateMachine", List.of("DefinitionS3Location")));

    /** Globals section → property paths that resources inherit from there. */
    private static final Map<String, List<String>> BY_GLOBALS_SECTION = Map.of(
            "Function", List.of("CodeUri"),
            "Api", List.of("DefinitionUri"),
            "HttpApi", List.of("DefinitionUri"));

    private LocalPathProperties() {
    }

    static List<String> ofResourceType(String type) {
        return BY_RESOURCE_TYPE.getOrDefault(type, List.of());
    }

    static List<String> ofGlobalsSection(String section) {
        return BY_GLOBALS_SECTION.getOrDefault(section, List.of());
    }

    /** A value counts as a local path unless it is a URL or absolute, as in SAM CLI. */
    static boolean isRelativePath(String value) {
        if (value.isEmpty() || value.startsWith("s3://") || value.startsWith("http://") || value.startsWith("https://")) {
            return false;
        }
        return !value.startsWith("/") && !value.matches("^[A-Za-z]:[\\\\/].*");
    }
}
