"""boto3 and AWS CLI checks against a running wsmock standalone server (called by run.sh).

Usage: interop.py live ENDPOINT EXPORT_FILE       share, cross-account view, pagination, errors, CLI; exports state
       interop.py restarted ENDPOINT EXPORT_FILE  the server restarted from EXPORT_FILE has the same state
       interop.py strict ENDPOINT EXPORT_FILE     a --strict-auth server: right secret passes, others are refused
       interop.py updates ENDPOINT EXPORT_FILE    an outdated image found, updated, re-bundled, shared, retired
       interop.py imports ENDPOINT EXPORT_FILE    custom image imports polled to COMPLETED and to ERROR

Prints one "PASS: name" or "FAIL: name: why" line per check.
"""
import json
import os
import subprocess
import sys
import time
import urllib.request

import boto3
from botocore.config import Config
from botocore.exceptions import ClientError

OWNER, OWNER_KEY = "111111111111", "AKIAOWNEREXAMPLE0001"
RECIPIENT, RECIPIENT_KEY = "222222222222", "AKIARECIPIENT0000002"
OUTSIDER = "333333333333"  # a 12-digit key is its own account
REGION = "us-east-1"


def client(endpoint, key, region=REGION, secret="any-secret"):
    return boto3.client(
        "workspaces", endpoint_url=endpoint, region_name=region,
        aws_access_key_id=key, aws_secret_access_key=secret,
        config=Config(retries={"max_attempts": 1}))


def aws_cli(endpoint, key, *args, secret="any-secret"):
    env = dict(os.environ, AWS_ACCESS_KEY_ID=key, AWS_SECRET_ACCESS_KEY=secret, AWS_DEFAULT_REGION=REGION,
               AWS_CONFIG_FILE=os.devnull, AWS_SHARED_CREDENTIALS_FILE=os.devnull, AWS_PAGER="")
    env.pop("AWS_PROFILE", None)
    env.pop("AWS_SESSION_TOKEN", None)
    done = subprocess.run(["aws", "--endpoint-url", endpoint, "--output", "json", "workspaces", *args],
                          env=env, capture_output=True, text=True, timeout=120)
    if done.returncode != 0:
        raise AssertionError(f"aws {' '.join(args)} exited {done.returncode}: {done.stderr.strip()}")
    return json.loads(done.stdout) if done.stdout.strip() else {}


def admin_state(endpoint):
    with urllib.request.urlopen(endpoint + "/__admin/workspaces/state", timeout=30) as response:
        return json.loads(response.read())


def error_code(call):
    try:
        call()
    except ClientError as e:
        return e.response["Error"]["Code"]
    raise AssertionError("the call succeeded; an error was expected")


def ids(images):
    return [i["ImageId"] for i in images]


def expect(condition, why):
    if not condition:
        raise AssertionError(why)


def live(endpoint, export_file):
    owner = client(endpoint, OWNER_KEY)
    recipient = client(endpoint, RECIPIENT_KEY)
    outsider = client(endpoint, OUTSIDER)

    def cli_lists_the_owners_images():
        listed = ids(aws_cli(endpoint, OWNER_KEY, "describe-workspace-images")["Images"])
        expect({"wsi-golden0001", "wsi-golden0002"} <= set(listed), f"owned images missing from {listed}")
        expect("wsi-partner001" not in listed, f"another account's unshared image listed: {listed}")

    def boto3_shares_an_image():
        owner.update_workspace_image_permission(
            ImageId="wsi-golden0002", AllowCopyImage=True, SharedAccountId=RECIPIENT)
        permissions = owner.describe_workspace_image_permissions(ImageId="wsi-golden0002")["ImagePermissions"]
        expect([p["SharedAccountId"] for p in permissions] == [RECIPIENT], f"permissions are {permissions}")

    def recipient_sees_the_shared_image_with_the_owners_account():
        shared = recipient.describe_workspace_images(ImageType="SHARED")["Images"]
        golden = [i for i in shared if i["ImageId"] == "wsi-golden0002"]
        expect(golden, f"wsi-golden0002 not among the recipient's shared images {ids(shared)}")
        expect(golden[0]["OwnerAccountId"] == OWNER, f"OwnerAccountId is {golden[0].get('OwnerAccountId')}")
        everything = ids(recipient.describe_workspace_images()["Images"])
        expect({"wsi-partner001", "wsi-golden0002"} <= set(everything), f"recipient's listing is {everything}")

    def boto3_paginator_walks_every_page_once():
        pages = list(owner.get_paginator("describe_workspace_images").paginate(PaginationConfig={"PageSize": 2}))
        paged = [i for page in pages for i in ids(page["Images"])]
        unpaged = ids(owner.describe_workspace_images()["Images"])
        expect(len(pages) >= 3, f"expected 3 or more pages of 2, got {len(pages)}")
        expect(len(paged) == len(set(paged)), f"an image came twice: {paged}")
        expect(paged == unpaged, f"pages {paged} differ from one listing {unpaged}")

    def boto3_sees_the_error_code_of_sharing_with_yourself():
        code = error_code(lambda: owner.update_workspace_image_permission(
            ImageId="wsi-golden0001", AllowCopyImage=True, SharedAccountId=OWNER))
        expect(code == "InvalidParameterValuesException", f"code is {code}")

    def boto3_sees_ResourceNotFound_for_a_recipient_reading_permissions():
        code = error_code(lambda: recipient.describe_workspace_image_permissions(ImageId="wsi-golden0002"))
        expect(code == "ResourceNotFoundException", f"code is {code}")

    def boto3_sees_OperationNotSupported_for_a_GovCloud_BYOL_share():
        gov = client(endpoint, OWNER_KEY, "us-gov-west-1")
        code = error_code(lambda: gov.update_workspace_image_permission(
            ImageId="wsi-govbyol001", AllowCopyImage=True, SharedAccountId=RECIPIENT))
        expect(code == "OperationNotSupportedException", f"code is {code}")

    def cli_shares_and_unshares_an_image():
        aws_cli(endpoint, OWNER_KEY, "update-workspace-image-permission", "--image-id", "wsi-golden0001",
                "--allow-copy-image", "--shared-account-id", OUTSIDER)
        seen = ids(outsider.describe_workspace_images(ImageType="SHARED")["Images"])
        expect("wsi-golden0001" in seen, f"after sharing, the outsider sees {seen}")
        aws_cli(endpoint, OWNER_KEY, "update-workspace-image-permission", "--image-id", "wsi-golden0001",
                "--no-allow-copy-image", "--shared-account-id", OUTSIDER)
        seen = ids(outsider.describe_workspace_images(ImageType="SHARED")["Images"])
        expect("wsi-golden0001" not in seen, f"after unsharing, the outsider still sees {seen}")

    def admin_exports_the_state_as_a_seed_file():
        state = admin_state(endpoint)
        golden = [i for i in state["Images"] if i["ImageId"] == "wsi-golden0002"]
        expect(golden and golden[0].get("SharedAccountIds") == [RECIPIENT], f"exported image is {golden}")
        with open(export_file, "w", encoding="utf-8") as out:
            json.dump(state, out, indent=2)

    return [cli_lists_the_owners_images, boto3_shares_an_image,
            recipient_sees_the_shared_image_with_the_owners_account, boto3_paginator_walks_every_page_once,
            boto3_sees_the_error_code_of_sharing_with_yourself,
            boto3_sees_ResourceNotFound_for_a_recipient_reading_permissions,
            boto3_sees_OperationNotSupported_for_a_GovCloud_BYOL_share, cli_shares_and_unshares_an_image,
            admin_exports_the_state_as_a_seed_file]


def restarted(endpoint, export_file):
    def restarted_server_has_the_exported_state():
        with open(export_file, encoding="utf-8") as exported:
            before = json.load(exported)
        after = admin_state(endpoint)
        expect(after == before, "the state differs after the restart:\n"
               + json.dumps(before, sort_keys=True) + "\n" + json.dumps(after, sort_keys=True))

    def restarted_server_still_shares_with_the_recipient():
        shared = ids(client(endpoint, RECIPIENT_KEY).describe_workspace_images(ImageType="SHARED")["Images"])
        expect("wsi-golden0002" in shared, f"the recipient sees {shared}")
        listed = ids(aws_cli(endpoint, RECIPIENT_KEY, "describe-workspace-images", "--image-type", "SHARED")["Images"])
        expect(listed == shared, f"CLI lists {listed}, boto3 {shared}")

    return [restarted_server_has_the_exported_state, restarted_server_still_shares_with_the_recipient]


def strict(endpoint, export_file):
    def boto3_with_the_seeded_secret_is_accepted():
        listed = ids(client(endpoint, OWNER_KEY, secret="owner-secret").describe_workspace_images()["Images"])
        expect(listed == ["wsi-strict0001"], f"boto3 lists {listed}")

    def boto3_with_another_secret_is_refused():
        code = error_code(lambda: client(endpoint, OWNER_KEY, secret="a-guess").describe_workspace_images())
        expect(code == "InvalidSignatureException", f"boto3 got {code}")

    def boto3_with_a_key_without_secret_is_refused():
        code = error_code(lambda: client(endpoint, OUTSIDER, secret="owner-secret").describe_workspace_images())
        expect(code == "UnrecognizedClientException", f"boto3 got {code}")

    def cli_with_the_seeded_secret_is_accepted():
        listed = ids(aws_cli(endpoint, OWNER_KEY, "describe-workspace-images", secret="owner-secret")["Images"])
        expect(listed == ["wsi-strict0001"], f"CLI lists {listed}")

    return [boto3_with_the_seeded_secret_is_accepted, boto3_with_another_secret_is_refused,
            boto3_with_a_key_without_secret_is_refused, cli_with_the_seeded_secret_is_accepted]


def updates(endpoint, export_file):
    """The golden-image update flow as a boto3 user writes it (the seed: run.sh's updates-seed.json)."""
    owner = client(endpoint, OWNER_KEY)
    recipient = client(endpoint, RECIPIENT_KEY)
    updated = {}

    def boto3_refuses_to_update_an_up_to_date_image_and_changes_nothing():
        before = ids(owner.describe_workspace_images(ImageType="OWNED")["Images"])
        code = error_code(lambda: owner.create_updated_workspace_image(
            Name="current-again", Description="nothing to apply", SourceImageId="wsi-current001"))
        after = ids(owner.describe_workspace_images(ImageType="OWNED")["Images"])
        expect(code == "InvalidParameterValuesException", f"code is {code}")
        expect(after == before, f"images changed from {before} to {after}")

    def recipient_sees_the_updates_of_a_shared_image():
        shared = recipient.describe_workspace_images(ImageIds=["wsi-outdated01"])["Images"]
        expect(shared and shared[0].get("Updates", {}).get("UpdateAvailable") is True, f"recipient sees {shared}")

    def boto3_finds_the_outdated_image_and_updates_it():
        pages = owner.get_paginator("describe_workspace_images").paginate(ImageType="OWNED")
        outdated = [i for page in pages for i in page["Images"] if i.get("Updates", {}).get("UpdateAvailable")]
        expect(ids(outdated) == ["wsi-outdated01"], f"outdated images are {ids(outdated)}")
        answer = owner.create_updated_workspace_image(
            Name="golden-win10-updated", Description="Golden Windows 10 (updated)", SourceImageId="wsi-outdated01")
        updated["id"] = answer["ImageId"]
        for _ in range(600):
            image = owner.describe_workspace_images(ImageIds=[updated["id"]])["Images"][0]
            if image["State"] != "PENDING":
                break
        expect(image["State"] == "AVAILABLE", f"the updated image is {image['State']}")
        expect(not image.get("Updates", {}).get("UpdateAvailable"), f"the updated image has {image.get('Updates')}")

    def boto3_rebundles_shares_and_retires_the_old_image():
        expect("id" in updated, "no updated image (the check before failed)")
        owner.update_workspace_bundle(BundleId="wsb-golden0001", ImageId=updated["id"])
        owner.update_workspace_image_permission(
            ImageId=updated["id"], AllowCopyImage=True, SharedAccountId=RECIPIENT)
        owner.update_workspace_image_permission(
            ImageId="wsi-outdated01", AllowCopyImage=False, SharedAccountId=RECIPIENT)
        owner.delete_workspace_image(ImageId="wsi-outdated01")
        bundle = owner.describe_workspace_bundles(BundleIds=["wsb-golden0001"])["Bundles"][0]
        expect(bundle["ImageId"] == updated["id"], f"the bundle launches {bundle['ImageId']}")
        seen = ids(recipient.describe_workspace_images(ImageType="SHARED")["Images"])
        expect(seen == [updated["id"]], f"the recipient now sees {seen}")
        code = error_code(lambda: owner.describe_workspace_image_permissions(ImageId="wsi-outdated01"))
        expect(code == "ResourceNotFoundException", f"the old image answers {code}")

    return [boto3_refuses_to_update_an_up_to_date_image_and_changes_nothing,
            recipient_sees_the_updates_of_a_shared_image, boto3_finds_the_outdated_image_and_updates_it,
            boto3_rebundles_shares_and_retires_the_old_image]


def imports(endpoint, export_file):
    """Custom image imports polled as a boto3 user polls them (a server with --image-ready-after 2s)."""
    owner = client(endpoint, OWNER_KEY)
    not_byol = client(endpoint, OUTSIDER)  # run.sh's imports seed: 333333333333 is not enabled for BYOL

    def start_import(workspaces, account, name):
        return workspaces.import_custom_workspace_image(
            ImageName=name, ImageDescription="from Image Builder", ComputeType="BASE", Protocol="DCV",
            ImageSource={"Ec2ImageId": "ami-0123456789abcdef0"},
            InfrastructureConfigurationArn=f"arn:aws:imagebuilder:{REGION}:{account}:infrastructure-configuration/golden",
            Platform="WINDOWS", OsVersion="Windows_11")["ImageId"]

    def poll(workspaces, image_id):
        seen = []
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            state = workspaces.describe_custom_workspace_image_import(ImageId=image_id)
            if not seen or seen[-1] != state["State"]:
                seen.append(state["State"])
            if state["State"] in ("COMPLETED", "ERROR"):
                return state, seen
            time.sleep(0.05)  # the server's clock is real time here; a bounded poll, as a client's
        raise AssertionError(f"import {image_id} still {seen[-1]} after 60 s")

    def boto3_polls_an_import_to_completed_and_finds_its_image():
        image_id = start_import(owner, OWNER, "custom-win11")
        expect(not ids(owner.describe_workspace_images(ImageIds=[image_id])["Images"]),
               "the image is listed before the import completed")
        state, seen = poll(owner, image_id)
        expect(seen[-1] == "COMPLETED" and seen[0] in ("PENDING", "IN_PROGRESS"), f"states seen {seen}")
        expect(state["ProgressPercentage"] == 100, f"ProgressPercentage is {state.get('ProgressPercentage')}")
        image = owner.describe_workspace_images(ImageIds=[image_id])["Images"]
        expect(image and image[0]["State"] == "AVAILABLE", f"the imported image is {image}")

    def boto3_polls_an_import_of_an_account_without_byol_to_error_without_an_image():
        image_id = start_import(not_byol, OUTSIDER, "doomed-win11")
        state, seen = poll(not_byol, image_id)
        expect(seen[-1] == "ERROR", f"states seen {seen}")
        codes = [d["ErrorCode"] for d in state.get("ErrorDetails", [])]
        expect(codes == ["WorkspacesBYOLAccountNotFound"], f"ErrorDetails codes are {codes}")
        expect(not ids(not_byol.describe_workspace_images(ImageIds=[image_id])["Images"]), "an image was made")

    def boto3_sees_ResourceNotFound_for_another_accounts_import():
        image_id = start_import(owner, OWNER, "private-win11")
        code = error_code(lambda: not_byol.describe_custom_workspace_image_import(ImageId=image_id))
        expect(code == "ResourceNotFoundException", f"code is {code}")

    return [boto3_polls_an_import_to_completed_and_finds_its_image,
            boto3_polls_an_import_of_an_account_without_byol_to_error_without_an_image,
            boto3_sees_ResourceNotFound_for_another_accounts_import]


def directories(endpoint, export_file):
    """Directories registered and polled as a boto3 user does (the imports server, --image-ready-after 2s)."""
    owner = client(endpoint, OWNER_KEY)
    outsider = client(endpoint, OUTSIDER)

    def listed(workspaces, **filters):
        return [d["DirectoryId"] for d in workspaces.describe_workspace_directories(**filters)["Directories"]]

    def boto3_polls_a_directory_to_registered_and_deregisters_it():
        answer = owner.register_workspace_directory(DirectoryId="d-1234567890", EnableSelfService=True)
        expect(answer["State"] == "REGISTERING", f"RegisterWorkspaceDirectory answered {answer['State']}")
        deadline = time.monotonic() + 60
        seen = []
        while time.monotonic() < deadline:
            state = owner.describe_workspace_directories(DirectoryIds=["d-1234567890"])["Directories"][0]["State"]
            if not seen or seen[-1] != state:
                seen.append(state)
            if state == "REGISTERED":
                break
            time.sleep(0.05)  # real time here, as in the import polls
        expect(seen == ["REGISTERING", "REGISTERED"], f"states seen {seen}")
        owner.deregister_workspace_directory(DirectoryId="d-1234567890")
        expect(not listed(owner, DirectoryIds=["d-1234567890"]), "still listed after DeregisterWorkspaceDirectory")

    def boto3_paginator_walks_every_directory_once():
        wanted = [f"wsd-paging{n:04d}" for n in range(27)]  # more than one page of 25
        for directory_id in wanted:
            owner.register_workspace_directory(DirectoryId=directory_id)
        pages = owner.get_paginator("describe_workspace_directories").paginate()
        seen = [d["DirectoryId"] for page in pages for d in page["Directories"]]
        expect(sorted(seen) == sorted(set(seen)) and set(wanted) <= set(seen), f"the paginator saw {seen}")

    def boto3_sees_the_refusals_of_a_second_registration_and_of_another_accounts_directory():
        owner.register_workspace_directory(DirectoryId="d-abcdef0123")
        code = error_code(lambda: owner.register_workspace_directory(DirectoryId="d-abcdef0123"))
        expect(code == "ResourceAlreadyExistsException", f"a second registration: {code}")
        code = error_code(lambda: outsider.deregister_workspace_directory(DirectoryId="d-abcdef0123"))
        expect(code == "ResourceNotFoundException", f"another account's deregistration: {code}")
        expect(not listed(outsider), "another account sees the owner's directories")

    return [boto3_polls_a_directory_to_registered_and_deregisters_it, boto3_paginator_walks_every_directory_once,
            boto3_sees_the_refusals_of_a_second_registration_and_of_another_accounts_directory]


def main():
    phase, endpoint, export_file = sys.argv[1:4]
    checks = {"live": live, "restarted": restarted, "strict": strict, "updates": updates, "imports": imports,
              "directories": directories}[phase](endpoint, export_file)
    failed = 0
    for check in checks:
        try:
            check()
            print(f"PASS: {check.__name__}", flush=True)
        except Exception as e:  # every failure is reported as a line, never as a traceback that hides the rest
            failed += 1
            print(f"FAIL: {check.__name__}: {type(e).__name__}: {e}", flush=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
