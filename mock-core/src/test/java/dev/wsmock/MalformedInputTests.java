package dev.wsmock;

import static dev.wsmock.MockHarness.OWNER;
import static dev.wsmock.MockHarness.REGION;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hundreds of malformed or hostile requests (broken JSON, wrong types, huge numbers, deep nesting, missing members,
 * unknown targets, bad Authorization and Content-Type): each gets an AWS-format 4xx and the state never changes.
 */
class MalformedInputTests {
  static final Seed SEED =
      Seed.builder()
          .image(
              "wsi-golden0001",
              OWNER,
              REGION,
              i -> i.created(SeedFixtures.T0).sharedWith("222222222222"))
          .image("wsi-deleteme01", OWNER, REGION, i -> i.created(SeedFixtures.T0))
          .bundle("wsb-bundle0001", OWNER, REGION, "wsi-golden0001")
          .build();

  @RegisterExtension static final MockHarness aws = MockHarness.perClass(SEED);
  static String seeded;

  @BeforeAll
  static void remember_the_seeded_state() {
    seeded = aws.mock().exportStateJson();
  }

  /** One hostile request: headers (null = left out) and body bytes. */
  record Hostile(String description, Map<String, String> headers, byte[] body) {
    @Override
    public String toString() {
      return description;
    }

    String key() {
      return headers + "|" + new String(body, StandardCharsets.ISO_8859_1);
    }
  }

  static final String[] OPERATIONS =
      Stream.of(Operation.values()).map(Operation::awsName).toArray(String[]::new);

  /** Bodies no operation accepts. */
  static final Map<String, String> BROKEN_JSON = new LinkedHashMap<>();

  static {
    BROKEN_JSON.put("unclosed object", "{");
    BROKEN_JSON.put("unclosed member", "{\"ImageId\":");
    BROKEN_JSON.put("unterminated string", "{\"ImageId\":\"wsi-golden0001");
    BROKEN_JSON.put("array body", "[]");
    BROKEN_JSON.put("string body", "\"DescribeWorkspaceImages\"");
    BROKEN_JSON.put("number body", "42");
    BROKEN_JSON.put("null body", "null");
    BROKEN_JSON.put("trailing comma", "{\"ImageId\":\"wsi-golden0001\",}");
    BROKEN_JSON.put("single quotes", "{'ImageId':'wsi-golden0001'}");
    BROKEN_JSON.put("NaN", "{\"MaxResults\":NaN}");
    BROKEN_JSON.put("leading zero", "{\"MaxResults\":007}");
    BROKEN_JSON.put("comment", "{/* hi */\"ImageId\":\"wsi-golden0001\"}");
    BROKEN_JSON.put("two objects", "{}{}");
    BROKEN_JSON.put("deep arrays", "[".repeat(5000) + "]".repeat(5000));
    BROKEN_JSON.put("deep objects", "{\"a\":".repeat(5000) + "1" + "}".repeat(5000));
    BROKEN_JSON.put("nul byte", "{\"ImageId\":\"\u0000");
  }

  /** Per operation: a body whose members have the wrong JSON types, huge numbers or are missing. */
  static final List<String[]> WRONG_MEMBERS =
      List.of(
          new String[] {"UpdateWorkspaceImagePermission", "{}"},
          new String[] {"UpdateWorkspaceImagePermission", "{\"ImageId\":\"wsi-golden0001\"}"},
          new String[] {
            "UpdateWorkspaceImagePermission",
            "{\"ImageId\":\"wsi-golden0001\",\"SharedAccountId\":\"333333333333\"}"
          },
          new String[] {
            "UpdateWorkspaceImagePermission",
            "{\"ImageId\":\"wsi-golden0001\",\"SharedAccountId\":\"333333333333\",\"AllowCopyImage\":\"yes\"}"
          },
          new String[] {
            "UpdateWorkspaceImagePermission",
            "{\"ImageId\":\"wsi-golden0001\",\"SharedAccountId\":333333333333,\"AllowCopyImage\":true}"
          },
          new String[] {
            "UpdateWorkspaceImagePermission",
            "{\"ImageId\":[\"wsi-golden0001\"],\"SharedAccountId\":\"333333333333\",\"AllowCopyImage\":true}"
          },
          new String[] {
            "UpdateWorkspaceImagePermission",
            "{\"ImageId\":\"wsi-golden0001\",\"SharedAccountId\":\"333333333333\",\"AllowCopyImage\":null}"
          },
          new String[] {
            "UpdateWorkspaceImagePermission",
            "{\"ImageId\":\"wsi-golden0001\",\"SharedAccountId\":\"3333\",\"AllowCopyImage\":true}"
          },
          new String[] {
            "UpdateWorkspaceImagePermission",
            "{\"ImageId\":{\"x\":1},\"SharedAccountId\":\"333333333333\",\"AllowCopyImage\":true}"
          },
          new String[] {
            "UpdateWorkspaceImagePermission",
            "{\"ImageId\":\"wsi-golden0001\",\"SharedAccountId\":\"333333333333\",\"AllowCopyImage\":1}"
          },
          new String[] {"DescribeWorkspaceImages", "{\"MaxResults\":\"ten\"}"},
          new String[] {"DescribeWorkspaceImages", "{\"MaxResults\":1e400}"},
          new String[] {
            "DescribeWorkspaceImages", "{\"MaxResults\":123456789012345678901234567890}"
          },
          new String[] {"DescribeWorkspaceImages", "{\"MaxResults\":-1}"},
          new String[] {"DescribeWorkspaceImages", "{\"MaxResults\":0}"},
          new String[] {"DescribeWorkspaceImages", "{\"MaxResults\":26}"},
          new String[] {"DescribeWorkspaceImages", "{\"MaxResults\":2.5}"},
          new String[] {"DescribeWorkspaceImages", "{\"MaxResults\":9223372036854775808}"},
          new String[] {"DescribeWorkspaceImages", "{\"MaxResults\":true}"},
          new String[] {"DescribeWorkspaceImages", "{\"ImageIds\":\"wsi-golden0001\"}"},
          new String[] {"DescribeWorkspaceImages", "{\"ImageIds\":[1,2,3]}"},
          new String[] {"DescribeWorkspaceImages", "{\"ImageIds\":[[\"wsi-golden0001\"]]}"},
          new String[] {"DescribeWorkspaceImages", "{\"ImageIds\":[]}"},
          new String[] {"DescribeWorkspaceImages", "{\"ImageType\":\"MINE\"}"},
          new String[] {"DescribeWorkspaceImages", "{\"ImageType\":7}"},
          new String[] {"DescribeWorkspaceImages", "{\"NextToken\":\"\"}"},
          new String[] {"DescribeWorkspaceImages", "{\"NextToken\":\"forged.token\"}"},
          new String[] {"DescribeWorkspaceImages", "{\"NextToken\":" + "9".repeat(400) + "}"},
          new String[] {
            "DescribeWorkspaceImages",
            "{\"ImageIds\":[" + "\"wsi-golden0001\",".repeat(30) + "\"wsi-golden0001\"]}"
          },
          new String[] {"DescribeWorkspaceImagePermissions", "{}"},
          new String[] {"DescribeWorkspaceImagePermissions", "{\"ImageId\":42}"},
          new String[] {
            "DescribeWorkspaceImagePermissions",
            "{\"ImageId\":\"wsi-golden0001\",\"MaxResults\":\"1\"}"
          },
          new String[] {
            "DescribeWorkspaceImagePermissions",
            "{\"ImageId\":\"wsi-golden0001\",\"NextToken\":\"x.y\"}"
          },
          new String[] {"CopyWorkspaceImage", "{}"},
          new String[] {
            "CopyWorkspaceImage", "{\"Name\":\"c\",\"SourceImageId\":\"wsi-golden0001\"}"
          },
          new String[] {
            "CopyWorkspaceImage",
            "{\"Name\":\"c\",\"SourceImageId\":\"wsi-golden0001\",\"SourceRegion\":\"us-east-1\",\"Tags\":\"k=v\"}"
          },
          new String[] {
            "CopyWorkspaceImage",
            "{\"Name\":\"c\",\"SourceImageId\":\"wsi-golden0001\",\"SourceRegion\":\"us-east-1\",\"Tags\":[{\"Key\":1}]}"
          },
          new String[] {
            "CopyWorkspaceImage",
            "{\"Name\":\"c\",\"SourceImageId\":\"wsi-golden0001\",\"SourceRegion\":\"us-east-1\",\"Tags\":[{\"Value\":\"v\"}]}"
          },
          new String[] {
            "CopyWorkspaceImage",
            "{\"Name\":\""
                + "n".repeat(100_000)
                + "\",\"SourceImageId\":\"wsi-golden0001\",\"SourceRegion\":\"us-east-1\"}"
          },
          new String[] {
            "CopyWorkspaceImage",
            "{\"Name\":\"bad name!\",\"SourceImageId\":\"wsi-golden0001\",\"SourceRegion\":\"us-east-1\"}"
          },
          new String[] {
            "CopyWorkspaceImage",
            "{\"Name\":\"c\",\"SourceImageId\":\"wsi-golden0001\",\"SourceRegion\":\"mars-north-1\"}"
          },
          new String[] {
            "CopyWorkspaceImage",
            "{\"Name\":\"c\",\"SourceImageId\":\"wsi-golden0001\",\"SourceRegion\":{}}"
          },
          new String[] {"CreateWorkspaceImage", "{}"},
          new String[] {
            "CreateWorkspaceImage", "{\"Name\":\"n\",\"Description\":\"d\",\"WorkspaceId\":false}"
          },
          new String[] {
            "CreateWorkspaceImage",
            "{\"Name\":\"n\",\"Description\":\"d\",\"WorkspaceId\":\"ws-nosuch001\"}"
          },
          new String[] {"ImportWorkspaceImage", "{}"},
          new String[] {
            "ImportWorkspaceImage",
            "{\"Ec2ImageId\":\"ami-0123456789abcdef0\",\"IngestionProcess\":\"BYOL_FOO\",\"ImageName\":\"i\",\"ImageDescription\":\"d\"}"
          },
          new String[] {
            "ImportWorkspaceImage",
            "{\"Ec2ImageId\":\"ami-zzz\",\"IngestionProcess\":\"BYOL_REGULAR\",\"ImageName\":\"i\",\"ImageDescription\":\"d\"}"
          },
          new String[] {
            "ImportWorkspaceImage",
            "{\"Ec2ImageId\":\"ami-0123456789abcdef0\",\"IngestionProcess\":\"BYOL_REGULAR\",\"ImageName\":\"i\",\"ImageDescription\":\"d\",\"Applications\":\"Office\"}"
          },
          new String[] {"DeleteWorkspaceImage", "{}"},
          new String[] {"DeleteWorkspaceImage", "{\"ImageId\":null}"},
          new String[] {"DeleteWorkspaceImage", "{\"ImageId\":\"wsi-deleteme01 OR 1=1\"}"},
          new String[] {"DeleteWorkspaceImage", "{\"ImageId\":\"../../etc/passwd\"}"},
          new String[] {"DeleteWorkspaceImage", "{\"ImageId\":[\"wsi-deleteme01\"]}"},
          new String[] {"CreateTags", "{\"ResourceId\":\"wsi-golden0001\"}"},
          new String[] {
            "CreateTags",
            "{\"ResourceId\":\"wsi-golden0001\",\"Tags\":{\"Key\":\"k\",\"Value\":\"v\"}}"
          },
          new String[] {
            "CreateTags",
            "{\"ResourceId\":\"wsi-golden0001\",\"Tags\":[{\"Key\":\""
                + "k".repeat(200)
                + "\",\"Value\":\"v\"}]}"
          },
          new String[] {
            "CreateTags",
            "{\"ResourceId\":\"wsi-golden0001\",\"Tags\":[{\"Key\":\"aws:x\",\"Value\":\"v\"}]}"
          },
          new String[] {"DeleteTags", "{\"ResourceId\":\"wsi-golden0001\"}"},
          new String[] {"DeleteTags", "{\"ResourceId\":\"wsi-golden0001\",\"TagKeys\":\"team\"}"},
          new String[] {"DescribeTags", "{}"},
          new String[] {"DescribeTags", "{\"ResourceId\":\"\"}"},
          new String[] {"CreateWorkspaceBundle", "{}"},
          new String[] {
            "CreateWorkspaceBundle",
            "{\"BundleName\":\"b\",\"BundleDescription\":\"d\",\"ImageId\":\"wsi-golden0001\",\"ComputeType\":\"STANDARD\",\"UserStorage\":{\"Capacity\":\"50\"}}"
          },
          new String[] {
            "CreateWorkspaceBundle",
            "{\"BundleName\":\"b\",\"BundleDescription\":\"d\",\"ImageId\":\"wsi-golden0001\",\"ComputeType\":{\"Name\":\"HUGE\"},\"UserStorage\":{\"Capacity\":\"50\"}}"
          },
          new String[] {"UpdateWorkspaceBundle", "{}"},
          new String[] {"UpdateWorkspaceBundle", "{\"BundleId\":\"wsb-bundle0001\"}"},
          new String[] {
            "UpdateWorkspaceBundle", "{\"BundleId\":\"wsb-bundle0001\",\"ImageId\":12}"
          },
          new String[] {"DeleteWorkspaceBundle", "{}"},
          new String[] {"DeleteWorkspaceBundle", "{\"BundleId\":\"wsb-nope\"}"},
          new String[] {
            "DescribeWorkspaceBundles", "{\"BundleIds\":[\"wsb-bundle0001\"],\"Owner\":\"AMAZON\"}"
          },
          new String[] {"DescribeWorkspaceBundles", "{\"BundleIds\":\"wsb-bundle0001\"}"},
          new String[] {"DescribeWorkspaceBundles", "{\"NextToken\":\"nope\"}"},
          new String[] {"DescribeImageAssociations", "{}"},
          new String[] {"DescribeImageAssociations", "{\"ImageId\":\"wsi-golden0001\"}"},
          new String[] {
            "DescribeImageAssociations",
            "{\"ImageId\":\"wsi-golden0001\",\"AssociatedResourceTypes\":[\"TOASTER\"]}"
          });

  private static Map<String, String> headers(
      String target, String contentType, String authorization) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Content-Type", contentType);
    headers.put("X-Amz-Target", target);
    headers.put("Authorization", authorization);
    return headers;
  }

  private static Hostile call(String description, String operation, String body) {
    return new Hostile(
        description,
        headers(
            Operation.TARGET_PREFIX + operation,
            RawRequests.CONTENT_TYPE,
            RawRequests.authorization(OWNER, REGION)),
        body.getBytes(StandardCharsets.UTF_8));
  }

  static List<Hostile> hostileRequests() {
    List<Hostile> all = new ArrayList<>();
    for (String operation : OPERATIONS) {
      BROKEN_JSON.forEach((what, body) -> all.add(call(operation + ": " + what, operation, body)));
    }
    for (String[] wrong : WRONG_MEMBERS) {
      all.add(call(wrong[0] + ": " + abbreviate(wrong[1]), wrong[0], wrong[1]));
    }
    for (String target :
        List.of(
            "WorkspacesService.LaunchRockets",
            "WorkspacesService.",
            "DescribeWorkspaceImages",
            "WorkspacesService.describeWorkspaceImages",
            "workspacesservice.DescribeWorkspaceImages",
            "WorkspacesService.DescribeWorkspaceImages;",
            "WorkspacesService.Describe\u00e9",
            "AmazonEC2.DescribeImages",
            "WorkspacesService.DescribeWorkspaceImages.Extra",
            "")) {
      all.add(
          new Hostile(
              "target '" + target + "'",
              headers(target, RawRequests.CONTENT_TYPE, RawRequests.authorization(OWNER, REGION)),
              "{}".getBytes(StandardCharsets.UTF_8)));
    }
    all.add(
        new Hostile(
            "no target",
            headers(null, RawRequests.CONTENT_TYPE, RawRequests.authorization(OWNER, REGION)),
            "{}".getBytes(StandardCharsets.UTF_8)));
    for (String authorization :
        List.of(
            "",
            "Bearer abc",
            "AWS4-HMAC-SHA256",
            "AWS4-HMAC-SHA256 Credential=",
            "AWS4-HMAC-SHA256 Credential=AKID/20260101/us-east-1/workspaces, SignedHeaders=host, Signature=00",
            "AWS4-HMAC-SHA256 Credential=AKID/20260101/US EAST/workspaces/aws4_request, SignedHeaders=host, Signature=00",
            "AWS4-HMAC-SHA256 Credential=AKID/20260101/us-east-1/workspaces/aws4_request",
            "AWS4-HMAC-SHA256 Credential=AKID/20260101/us-east-1/workspaces/aws4_request, SignedHeaders=host",
            "AWS4-HMAC-SHA256 Credential=/20260101/us-east-1/workspaces/aws4_request, SignedHeaders=host, Signature=0",
            "AWS4-HMAC-SHA256 Credential=AKID/20260101/"
                + "r".repeat(40)
                + "/workspaces/aws4_request, SignedHeaders=h, Signature=0",
            "AWS4-HMAC-SHA256 Credential=AKID/a/b/c/d/e/f, SignedHeaders=host, Signature=0",
            "AWS AKIDEXAMPLE:signature",
            "Basic dXNlcjpwYXNz",
            "AWS4-HMAC-SHA256 " + "x".repeat(3000))) {
      for (String operation : List.of("UpdateWorkspaceImagePermission", "DeleteWorkspaceImage")) {
        all.add(
            new Hostile(
                operation + " with Authorization '" + abbreviate(authorization) + "'",
                headers(
                    Operation.TARGET_PREFIX + operation, RawRequests.CONTENT_TYPE, authorization),
                "{\"ImageId\":\"wsi-deleteme01\",\"SharedAccountId\":\"333333333333\",\"AllowCopyImage\":true}"
                    .getBytes(StandardCharsets.UTF_8)));
      }
    }
    all.add(
        new Hostile(
            "no Authorization",
            headers(
                Operation.TARGET_PREFIX + "DeleteWorkspaceImage", RawRequests.CONTENT_TYPE, null),
            "{\"ImageId\":\"wsi-deleteme01\"}".getBytes(StandardCharsets.UTF_8)));
    for (String contentType :
        List.of("text/plain", "application/xml", "multipart/form-data; boundary=x")) {
      all.add(
          new Hostile(
              "Content-Type " + contentType,
              headers(
                  Operation.TARGET_PREFIX + "DeleteWorkspaceImage",
                  contentType,
                  RawRequests.authorization(OWNER, REGION)),
              "{\"ImageId\":\"wsi-deleteme01\"}".getBytes(StandardCharsets.UTF_8)));
    }
    all.add(
        new Hostile(
            "invalid UTF-8",
            headers(
                Operation.TARGET_PREFIX + "DeleteWorkspaceImage",
                RawRequests.CONTENT_TYPE,
                RawRequests.authorization(OWNER, REGION)),
            new byte[] {
              '{',
              '"',
              'I',
              'm',
              'a',
              'g',
              'e',
              'I',
              'd',
              '"',
              ':',
              '"',
              (byte) 0xC3,
              (byte) 0x28,
              '"',
              '}'
            }));
    all.add(
        new Hostile(
            "body over the size limit",
            headers(
                Operation.TARGET_PREFIX + "DeleteWorkspaceImage",
                RawRequests.CONTENT_TYPE,
                RawRequests.authorization(OWNER, REGION)),
            ("{\"ImageId\":\"wsi-deleteme01\",\"Pad\":\"" + "x".repeat(2 << 20) + "\"}")
                .getBytes(StandardCharsets.UTF_8)));
    return all;
  }

  private static String abbreviate(String text) {
    return text.length() <= 80 ? text : text.substring(0, 80) + "...(" + text.length() + " chars)";
  }

  @Test
  void there_are_at_least_200_distinct_hostile_requests() {
    Set<String> distinct = new LinkedHashSet<>();
    hostileRequests().forEach(h -> distinct.add(h.key()));

    assertThat(distinct).hasSizeGreaterThanOrEqualTo(200);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hostileRequests")
  void a_hostile_request_gets_an_aws_format_4xx_and_changes_nothing(Hostile hostile) {
    var answer = aws.raw().post(hostile.body(), hostile.headers());

    answer.isAwsError();
    assertThat(aws.mock().exportStateJson()).isEqualTo(seeded);
  }
}
