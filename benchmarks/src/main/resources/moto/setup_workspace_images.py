"""Gives a running moto server the WorkSpaces images the MOTO benchmark section measures.

Moto lists only images it created itself, and CreateWorkspaceImage needs a WorkSpace, which needs a registered
WorkSpaces directory, which needs a Directory Service directory in a VPC with two subnets. This script builds that
chain through boto3, then creates two images: one shared with SHARES accounts (described), one to toggle a share on.

Usage: python3 setup_workspace_images.py ENDPOINT REGION SHARES
Prints one JSON object: {"moto": VERSION, "account": ..., "describedImage": ..., "toggledImage": ...}.
"""
import json
import sys
from importlib.metadata import version

import boto3


def main(endpoint, region, shares):
    session = boto3.session.Session(
        # moto maps an access key it does not know to its default account, 123456789012
        aws_access_key_id="moto-benchmark", aws_secret_access_key="secret", region_name=region)

    def client(service):
        return session.client(service, endpoint_url=endpoint)

    ec2 = client("ec2")
    vpc = ec2.create_vpc(CidrBlock="10.0.0.0/16")["Vpc"]["VpcId"]
    zones = [z["ZoneName"] for z in ec2.describe_availability_zones()["AvailabilityZones"]][:2]
    subnets = [ec2.create_subnet(VpcId=vpc, CidrBlock=f"10.0.{n}.0/24", AvailabilityZone=zone)["Subnet"]["SubnetId"]
               for n, zone in enumerate(zones)]
    directory = client("ds").create_directory(
        Name="corp.example.com", Password="Benchmark-Passw0rd", Size="Small",
        VpcSettings={"VpcId": vpc, "SubnetIds": subnets})["DirectoryId"]
    workspaces = client("workspaces")
    workspaces.register_workspace_directory(DirectoryId=directory, SubnetIds=subnets)
    created = workspaces.create_workspaces(Workspaces=[{
        "DirectoryId": directory, "UserName": "builder", "BundleId": "wsb-bh8rsxt14"}])
    if created["FailedRequests"]:
        raise SystemExit(f"CreateWorkspaces failed: {created['FailedRequests']}")
    workspace = created["PendingRequests"][0]["WorkspaceId"]

    def image(name):
        return workspaces.create_workspace_image(
            Name=name, Description="benchmark image", WorkspaceId=workspace)["ImageId"]

    described, toggled = image("golden-0"), image("golden-1")
    for n in range(shares):
        workspaces.update_workspace_image_permission(
            ImageId=described, AllowCopyImage=True, SharedAccountId=f"2{n:011d}")
    owner = workspaces.describe_workspace_images(ImageIds=[described])["Images"][0]["OwnerAccountId"]
    print(json.dumps({"moto": version("moto"), "account": owner, "describedImage": described, "toggledImage": toggled}))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]))
