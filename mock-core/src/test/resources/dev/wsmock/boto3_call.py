"""Calls the mock once with boto3 and prints the outcome as one JSON line: {"code": ..., "message": ...}.

Usage: boto3_call.py ENDPOINT ACCESS_KEY_ID SECRET_ACCESS_KEY REGION
"""
import json
import sys

import boto3
import botocore.config
import botocore.exceptions

endpoint, key, secret, region = sys.argv[1:5]
client = boto3.client(
    "workspaces",
    endpoint_url=endpoint,
    region_name=region,
    aws_access_key_id=key,
    aws_secret_access_key=secret,
    config=botocore.config.Config(retries={"max_attempts": 1, "mode": "standard"}),
)
try:
    images = client.describe_workspace_images()["Images"]
    print(json.dumps({"code": "ok", "message": ",".join(i["ImageId"] for i in images)}))
except botocore.exceptions.ClientError as e:
    print(json.dumps({"code": e.response["Error"]["Code"], "message": e.response["Error"]["Message"]}))
