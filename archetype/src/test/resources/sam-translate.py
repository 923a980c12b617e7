"""Transforms a SAM template into CloudFormation with aws-sam-translator, offline, as the
AWS::Serverless transform does on deploy. Writes the CloudFormation template as JSON, or prints the
translator's errors on stderr and exits with code 1.

Like `sam deploy`, which uploads each function's code and puts its S3 location in place of a local
CodeUri before CloudFormation transforms the template, it replaces local CodeUris with S3 URIs.

Usage: python3 sam-translate.py template.yaml cloudformation.json
"""
import json
import os
import sys

from samtranslator.model.exceptions import InvalidDocumentException
from samtranslator.translator.transform import transform
from samtranslator.yaml_helper import yaml_parse


class NoManagedPolicies:
    """The template names no AWS managed policies, so there is nothing to look up in IAM."""

    def load(self):
        return {}


def as_uploaded(template):
    for logical_id, resource in template.get("Resources", {}).items():
        properties = resource.get("Properties", {})
        if resource.get("Type") == "AWS::Serverless::Function" and not str(properties.get("CodeUri", "")).startswith("s3://"):
            properties["CodeUri"] = "s3://sam-native-test-artifacts/" + logical_id + ".zip"
    return template


def main(path, output):
    # The transform fills in AWS::Region and AWS::Partition from the boto3 session.
    os.environ.setdefault("AWS_DEFAULT_REGION", "us-east-1")
    with open(path, encoding="utf-8") as template_file:
        template = yaml_parse(template_file.read())
    try:
        cloudformation = transform(as_uploaded(template), {}, NoManagedPolicies())
    except InvalidDocumentException as error:
        for cause in error.causes:
            print(cause.message, file=sys.stderr)
        return 1
    with open(output, "w", encoding="utf-8") as output_file:
        json.dump(cloudformation, output_file, indent=2, sort_keys=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
