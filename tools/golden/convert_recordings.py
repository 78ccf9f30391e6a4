#!/usr/bin/env python3
"""Converts the real-AWS WorkSpaces recordings (cloud-custodian placebo data) into wsmock cassettes.

Usage: python3 tools/golden/convert_recordings.py RECORDINGS_DIR [OUT_DIR]
RECORDINGS_DIR holds cloud-custodian's placebo folders (tests/data/placebo/test_workspaces_* at commit
df800e9e94d0860e0d8fbfebd9bc5b9b2d50367d), an INDEX.json naming each folder's calls and provenance, and
cloud-custodian's LICENSE as LICENSE-cloud-custodian.txt. OUT_DIR defaults to scenarios/src/test/resources/golden.

Each folder becomes <folder>.jsonl: a Setup line (seed-file JSON, the state the traffic started from) and one
exchange per WorkSpaces call, in the order INDEX.json gives. What the recordings cannot give is decided here, in
one place, and explained in the golden README:
- tagging.* calls are another service (Resource Groups Tagging API) and are not replayed; a TagResources call's
  tags are folded into the Setup, since only a later DescribeTags can observe them.
- placebo stored botocore's parsed output: datetimes (recorder's local zone, zone dropped) become epoch seconds read
  as UTC (timestamps are volatile in verification anyway); errors become the AWS JSON 1.1 body
  {"__type": Code, "message": Message}.
- the hand-redacted account 'XXXXXXXXXXXX' becomes the placeholder 999999999999 (a seed needs 12 digits).
- bundle folders: the bundle's image is not in the recording; the Setup adds it (AVAILABLE, owned by the caller).
- image_delete_associated_error: the bundle that blocks the delete is not in the recording; the Setup adds one
  (wsb-c7nbundle1) built on the image.
"""
import calendar
import datetime
import json
import os
import shutil
import sys

FOLDERS = [
    "test_workspaces_image_query",
    "test_workspaces_image_tag",
    "test_workspaces_image_cross_account",
    "test_workspaces_image_delete",
    "test_workspaces_image_delete_associated_error",
    "test_workspaces_bundle_delete",
]
ACCOUNT = "644160558196"  # cloud-custodian's placeholder account, as RedPill wrote it
REDACTED = {"XXXXXXXXXXXX": "999999999999"}
BLOCKING_BUNDLE = {"test_workspaces_image_delete_associated_error": "wsb-c7nbundle1"}


def epoch(value):
    """A placebo datetime dict as epoch seconds with milliseconds, reading the wall clock as UTC."""
    moment = datetime.datetime(value["year"], value["month"], value["day"], value["hour"], value["minute"],
                               value["second"], value["microsecond"])
    return round(calendar.timegm(moment.timetuple()) + moment.microsecond / 1e6, 3)


def wire(value):
    """botocore's parsed output back to AWS JSON 1.1 values."""
    if isinstance(value, dict):
        if value.get("__class__") == "datetime":
            return epoch(value)
        return {k: wire(v) for k, v in value.items() if k != "ResponseMetadata"}
    if isinstance(value, list):
        return [wire(v) for v in value]
    if isinstance(value, str):
        return REDACTED.get(value, value)
    return value


def response_body(recorded):
    data = recorded["data"]
    if recorded["status_code"] >= 300:
        error = data["Error"]
        return {"__type": error["Code"], "message": error["Message"]}
    return wire(data)


def setup(folder, region, calls, recordings):
    images = {}
    tags = {}
    for call in calls:
        data = recordings[call["file"]]["data"]
        if call["operation"] == "DescribeWorkspaceImages" and call["service"] == "workspaces":
            for image in data.get("Images", []):
                images.setdefault(image["ImageId"], image)
        if call["operation"] == "GetResources" and call["file"].endswith("_1.json"):
            for mapping in data.get("ResourceTagMappingList", []):
                tags[mapping["ResourceARN"].rsplit("/", 1)[1]] = mapping.get("Tags", [])
        if call["operation"] == "TagResources":
            for arn in call["request"]["ResourceARNList"]:
                image_id = arn.rsplit("/", 1)[1]
                added = [{"Key": k, "Value": v} for k, v in call["request"]["Tags"].items()]
                tags[image_id] = [t for t in tags.get(image_id, []) if t["Key"] not in call["request"]["Tags"]] + added
        if call["operation"] == "DescribeWorkspaceImagePermissions":
            image_id = data["ImageId"]
            shared = [REDACTED.get(p["SharedAccountId"], p["SharedAccountId"]) for p in data["ImagePermissions"]]
            images[image_id] = dict(images[image_id], SharedAccountIds=shared)
    bundles = {}
    for call in calls:
        if call["operation"] == "DescribeWorkspaceBundles":
            for bundle in recordings[call["file"]]["data"].get("Bundles", []):
                bundles.setdefault(bundle["BundleId"], bundle)
    for bundle in bundles.values():
        # The bundle's image is not in the recording; the seed needs it to exist.
        images.setdefault(bundle["ImageId"], {"Name": bundle["ImageId"], "State": "AVAILABLE",
                                              "Created": bundle["CreationTime"]})
    seed_images = []
    for image_id, image in images.items():
        entry = {"ImageId": image_id, "OwnerAccountId": ACCOUNT, "Region": region}
        for member in ("Name", "Description", "OperatingSystem", "State", "RequiredTenancy"):
            if member in image:
                entry[member] = image[member]
        entry["Created"] = epoch(image["Created"])
        if image.get("SharedAccountIds"):
            entry["SharedAccountIds"] = image["SharedAccountIds"]
        if tags.get(image_id):
            entry["Tags"] = tags[image_id]
        seed_images.append(entry)
    seed = {"Images": seed_images}
    if bundles:
        seed["Bundles"] = [{"BundleId": b["BundleId"], "OwnerAccountId": ACCOUNT, "Region": region, "Name": b["Name"],
                            "Description": b["Description"], "ImageId": b["ImageId"]} for b in bundles.values()]
    if folder in BLOCKING_BUNDLE:
        seed["Bundles"] = [{"BundleId": BLOCKING_BUNDLE[folder], "OwnerAccountId": ACCOUNT, "Region": region,
                            "Name": "c7n-blocking-bundle", "ImageId": seed_images[0]["ImageId"]}]
    return seed


def convert(source_dir, folder, entry):
    recordings = {}
    for name in os.listdir(os.path.join(source_dir, folder)):
        with open(os.path.join(source_dir, folder, name), encoding="utf-8") as f:
            recordings[name] = json.load(f)
    lines = [{"Setup": setup(folder, entry["region"], entry["calls"], recordings)}]
    for call in entry["calls"]:
        if call["service"] != "workspaces":
            continue
        recorded = recordings[call["file"]]
        exchange = {
            "Operation": call["operation"],
            "AccountId": ACCOUNT,
            "Region": entry["region"],
            "Request": call["request"],
            "Status": recorded["status_code"],
        }
        if recorded["status_code"] >= 300:
            exchange["ErrorCode"] = recorded["data"]["Error"]["Code"]
        exchange["Response"] = response_body(recorded)
        exchange["Note"] = folder + "/" + call["file"] + " (" + entry["provenance"] + ")"
        lines.append(exchange)
    return lines


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__.split("\n\n")[1])
    source_dir = sys.argv[1]
    out_dir = sys.argv[2] if len(sys.argv) > 2 else "scenarios/src/test/resources/golden"
    with open(os.path.join(source_dir, "INDEX.json"), encoding="utf-8") as f:
        index = json.load(f)["folders"]
    by_folder = {e["folder"]: e for e in index} if isinstance(index, list) else index
    os.makedirs(out_dir, exist_ok=True)
    for folder in FOLDERS:
        lines = convert(source_dir, folder, by_folder[folder])
        target = os.path.join(out_dir, folder.replace("test_workspaces_", "") + ".jsonl")
        with open(target, "w", encoding="utf-8") as out:
            for line in lines:
                out.write(json.dumps(line, separators=(",", ":")) + "\n")
        print("wrote", target, len(lines) - 1, "exchanges")
    shutil.copyfile(os.path.join(source_dir, "LICENSE-cloud-custodian.txt"),
                    os.path.join(out_dir, "LICENSE-cloud-custodian.txt"))


if __name__ == "__main__":
    main()
