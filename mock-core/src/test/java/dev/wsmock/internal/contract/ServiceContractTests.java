package dev.wsmock.internal.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ServiceContractTests {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final ServiceContract CONTRACT = ServiceContract.loadDefault();

  private static JsonNode json(String text) {
    try {
      return MAPPER.readTree(text.replace('\'', '"'));
    } catch (Exception e) {
      throw new IllegalArgumentException(text, e);
    }
  }

  private static InputCheck input(String op, String body) {
    return CONTRACT.checkInput(op, json(body));
  }

  private static String validationMessage(String op, String body) {
    InputCheck check = input(op, body);
    assertThat(check).isInstanceOf(InputCheck.ConstraintViolations.class);
    return ((InputCheck.ConstraintViolations) check).message();
  }

  // --- operations -------------------------------------------------------------------------

  @Test
  void lists_the_modelled_operations() {
    assertThat(CONTRACT.modelledOperations())
        .containsExactly(
            "CopyWorkspaceImage",
            "CreateTags",
            "CreateUpdatedWorkspaceImage",
            "CreateWorkspaceBundle",
            "CreateWorkspaceImage",
            "DeleteTags",
            "DeleteWorkspaceBundle",
            "DeleteWorkspaceImage",
            "DeregisterWorkspaceDirectory",
            "DescribeCustomWorkspaceImageImport",
            "DescribeImageAssociations",
            "DescribeTags",
            "DescribeWorkspaceBundles",
            "DescribeWorkspaceDirectories",
            "DescribeWorkspaceImagePermissions",
            "DescribeWorkspaceImages",
            "ImportCustomWorkspaceImage",
            "ImportWorkspaceImage",
            "RegisterWorkspaceDirectory",
            "UpdateWorkspaceBundle",
            "UpdateWorkspaceImagePermission");
  }

  @Test
  void knows_real_operations_it_does_not_model_but_not_bogus_ones() {
    assertThat(CONTRACT.isKnownOperation("DescribeWorkspaces")).isTrue();
    assertThat(CONTRACT.isModelledOperation("DescribeWorkspaces")).isFalse();
    assertThat(CONTRACT.isKnownOperation("DescribeWorkspaceImages")).isTrue();
    assertThat(CONTRACT.isModelledOperation("DescribeWorkspaceImages")).isTrue();
    assertThat(CONTRACT.isKnownOperation("Bogus")).isFalse();
    assertThat(CONTRACT.isModelledOperation("Bogus")).isFalse();
  }

  @Test
  void rejects_checks_for_operations_it_does_not_model() {
    assertThatThrownBy(() -> CONTRACT.checkInput("DescribeWorkspaces", json("{}")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("DescribeWorkspaces");
  }

  @Test
  void compiles_every_pattern_of_the_bundled_model() {
    assertThat(CONTRACT.skippedPatterns()).isEmpty();
  }

  @Test
  void knows_declared_errors() {
    assertThat(CONTRACT.declaredErrors("DeleteWorkspaceImage"))
        .containsExactlyInAnyOrder(
            "ResourceAssociatedException",
            "InvalidResourceStateException",
            "AccessDeniedException");
    assertThat(CONTRACT.declaredErrors("DescribeWorkspaceImages"))
        .containsExactly("AccessDeniedException");
  }

  @Test
  void knows_pagination_from_botocore_paginators_and_inferred_members() {
    assertThat(CONTRACT.pagination("DescribeWorkspaceImages"))
        .contains(new Pagination(true, "NextToken", "NextToken", "MaxResults", "Images"));
    assertThat(CONTRACT.pagination("DescribeWorkspaceBundles"))
        .contains(new Pagination(true, "NextToken", "NextToken", null, "Bundles"));
    assertThat(CONTRACT.pagination("DescribeWorkspaceImagePermissions"))
        .contains(new Pagination(false, "NextToken", "NextToken", "MaxResults", null));
    assertThat(CONTRACT.pagination("DeleteWorkspaceImage")).isEmpty();
    assertThat(CONTRACT.pagination("DescribeTags")).isEmpty();
  }

  // --- inputs: valid ------------------------------------------------------------------------

  @Test
  void accepts_valid_and_empty_requests() {
    assertThat(input("DescribeWorkspaceImages", "{}")).isEqualTo(new InputCheck.Valid());
    assertThat(CONTRACT.checkInput("DescribeWorkspaceImages", null))
        .isEqualTo(new InputCheck.Valid());
    assertThat(
            input(
                "DescribeWorkspaceImages",
                "{'ImageIds':['wsi-123456789'],'ImageType':'OWNED','MaxResults':25,'NextToken':'t'}"))
        .isEqualTo(new InputCheck.Valid());
    assertThat(
            input(
                "UpdateWorkspaceImagePermission",
                "{'ImageId':'wsi-123456789','AllowCopyImage':false,'SharedAccountId':'111122223333'}"))
        .isEqualTo(new InputCheck.Valid());
  }

  @Test
  void ignores_unknown_members() {
    assertThat(input("DescribeWorkspaceImages", "{'Foo':1,'Bar':{'x':[]},'MaxResults':5}"))
        .isEqualTo(new InputCheck.Valid());
  }

  @Test
  void treats_json_null_as_absent() {
    assertThat(input("DescribeWorkspaceImages", "{'MaxResults':null,'ImageIds':null}"))
        .isEqualTo(new InputCheck.Valid());
    assertThat(validationMessage("DeleteWorkspaceImage", "{'ImageId':null}"))
        .isEqualTo(
            "1 validation error detected: Value null at 'imageId' failed to satisfy constraint: Member must not be null");
  }

  @Test
  void a_pattern_must_match_the_whole_value_as_coral_matches_it() {
    // The model's WorkspaceImageId pattern has no ^; Coral still refuses a prefix (full match).
    assertThat(validationMessage("DeleteWorkspaceImage", "{'ImageId':'xwsi-123456789'}"))
        .isEqualTo(
            "1 validation error detected: Value 'xwsi-123456789' at 'imageId' failed to satisfy constraint: "
                + "Member must satisfy regular expression pattern: wsi-[0-9a-z]{9,63}$");
    assertThat(input("DeleteWorkspaceImage", "{'ImageId':'wsi-123456789'}"))
        .isEqualTo(new InputCheck.Valid());
  }

  @Test
  void a_dollar_never_matches_before_a_trailing_line_break() {
    // Java's $ (and find()) would accept each of these: a phantom grant, a name, an AMI id, a
    // description.
    assertThat(
            validationMessage(
                "UpdateWorkspaceImagePermission",
                "{'ImageId':'wsi-123456789','AllowCopyImage':true,'SharedAccountId':'222222222222\\n'}"))
        .isEqualTo(
            "1 validation error detected: Value '222222222222\n' at 'sharedAccountId' failed to satisfy"
                + " constraint: Member must satisfy regular expression pattern: ^\\d{12}$");
    assertThat(
            input(
                "ImportWorkspaceImage",
                "{'Ec2ImageId':'ami-0123456789abcdef0\\n','IngestionProcess':'BYOL_REGULAR',"
                    + "'ImageName':'golden\\n','ImageDescription':'the golden image\\n'}"))
        .isInstanceOfSatisfying(
            InputCheck.ConstraintViolations.class,
            v ->
                assertThat(v.violations())
                    .extracting(ConstraintViolation::path)
                    .containsExactlyInAnyOrder("ec2ImageId", "imageName", "imageDescription"));
    assertThat(input("DeleteWorkspaceImage", "{'ImageId':'wsi-123456789\\r'}"))
        .isInstanceOf(InputCheck.ConstraintViolations.class);
  }

  @Test
  void a_null_list_element_is_a_constraint_violation_of_the_list_in_coral_words() {
    assertThat(validationMessage("DescribeWorkspaceImages", "{'ImageIds':[null]}"))
        .isEqualTo(
            "1 validation error detected: Value '[null]' at 'imageIds' failed to satisfy constraint: "
                + "Member must satisfy constraint: [Member must not be null]");
    assertThat(
            validationMessage(
                "DescribeWorkspaceBundles", "{'BundleIds':['wsb-12345678',null,null]}"))
        .isEqualTo(
            "1 validation error detected: Value '[wsb-12345678, null, null]' at 'bundleIds' failed to"
                + " satisfy constraint: Member must satisfy constraint: [Member must not be null]");
    assertThat(
            validationMessage(
                "CreateTags", "{'ResourceId':'wsi-123456789','Tags':[null,{'Key':'team'}]}"))
        .isEqualTo(
            "1 validation error detected: Value '[null, {Key=team}]' at 'tags' failed to satisfy"
                + " constraint: Member must satisfy constraint: [Member must not be null]");
  }

  @Test
  void a_null_list_element_in_an_answer_is_a_shape_violation() {
    assertThat(CONTRACT.checkOutput("DescribeWorkspaceImages", json("{'Images':[null]}")))
        .extracting(ShapeViolation::path)
        .containsExactly("images");
  }

  // --- inputs: constraints ------------------------------------------------------------------

  @Test
  void reports_max_results_above_25_in_coral_format() {
    assertThat(validationMessage("DescribeWorkspaceImages", "{'MaxResults':26}"))
        .isEqualTo(
            "1 validation error detected: Value '26' at 'maxResults' failed to satisfy constraint: "
                + "Member must have value less than or equal to 25");
  }

  @Test
  void reports_max_results_below_1() {
    assertThat(
            validationMessage(
                "DescribeWorkspaceImagePermissions", "{'ImageId':'wsi-123456789','MaxResults':0}"))
        .isEqualTo(
            "1 validation error detected: Value '0' at 'maxResults' failed to satisfy constraint: "
                + "Member must have value greater than or equal to 1");
  }

  @Test
  void reports_every_missing_required_member() {
    InputCheck check = input("UpdateWorkspaceImagePermission", "{}");
    assertThat(check)
        .isEqualTo(
            new InputCheck.ConstraintViolations(
                List.of(
                    new ConstraintViolation("allowCopyImage", null, "Member must not be null"),
                    new ConstraintViolation("imageId", null, "Member must not be null"),
                    new ConstraintViolation("sharedAccountId", null, "Member must not be null"))));
    assertThat(((InputCheck.ConstraintViolations) check).message())
        .isEqualTo(
            "3 validation errors detected: "
                + "Value null at 'allowCopyImage' failed to satisfy constraint: Member must not be null; "
                + "Value null at 'imageId' failed to satisfy constraint: Member must not be null; "
                + "Value null at 'sharedAccountId' failed to satisfy constraint: Member must not be null");
  }

  @Test
  void reports_bad_image_id_with_the_model_pattern_text() {
    assertThat(validationMessage("DeleteWorkspaceImage", "{'ImageId':'bad'}"))
        .isEqualTo(
            "1 validation error detected: Value 'bad' at 'imageId' failed to satisfy constraint: "
                + "Member must satisfy regular expression pattern: wsi-[0-9a-z]{9,63}$");
  }

  @Test
  void reports_bad_shared_account_id_pattern() {
    assertThat(
            validationMessage(
                "UpdateWorkspaceImagePermission",
                "{'ImageId':'wsi-123456789','AllowCopyImage':true,'SharedAccountId':'12'}"))
        .isEqualTo(
            "1 validation error detected: Value '12' at 'sharedAccountId' failed to satisfy constraint: "
                + "Member must satisfy regular expression pattern: ^\\d{12}$");
  }

  @Test
  void reports_string_longer_than_max_length() {
    String name = "a".repeat(65);
    assertThat(
            validationMessage(
                "CopyWorkspaceImage",
                "{'Name':'"
                    + name
                    + "','SourceImageId':'wsi-123456789','SourceRegion':'us-east-1'}"))
        .isEqualTo(
            "1 validation error detected: Value '"
                + name
                + "' at 'name' failed to satisfy constraint: "
                + "Member must have length less than or equal to 64");
  }

  @Test
  void reports_length_and_pattern_of_an_empty_name_and_counts_them() {
    assertThat(
            validationMessage(
                "CopyWorkspaceImage",
                "{'Name':'','SourceImageId':'wsi-123456789','SourceRegion':'us-east-1'}"))
        .isEqualTo(
            "2 validation errors detected: "
                + "Value '' at 'name' failed to satisfy constraint: Member must have length greater than or equal to 1; "
                + "Value '' at 'name' failed to satisfy constraint: "
                + "Member must satisfy regular expression pattern: ^[a-zA-Z0-9_./()\\\\-]+$");
  }

  @Test
  void reports_enum_value_outside_the_set_in_model_order() {
    assertThat(validationMessage("DescribeWorkspaceImages", "{'ImageType':'BOGUS'}"))
        .isEqualTo(
            "1 validation error detected: Value 'BOGUS' at 'imageType' failed to satisfy constraint: "
                + "Member must satisfy enum value set: [OWNED, SHARED]");
  }

  @Test
  void reports_list_sizes() {
    assertThat(validationMessage("DescribeWorkspaceImages", "{'ImageIds':[]}"))
        .isEqualTo(
            "1 validation error detected: Value '[]' at 'imageIds' failed to satisfy constraint: "
                + "Member must have length greater than or equal to 1");
    List<String> ids =
        IntStream.range(0, 26)
            .mapToObj(i -> String.format("wsi-%09d", i))
            .collect(Collectors.toList());
    String body =
        ids.stream()
            .map(id -> "'" + id + "'")
            .collect(Collectors.joining(",", "{'ImageIds':[", "]}"));
    assertThat(validationMessage("DescribeWorkspaceImages", body))
        .isEqualTo(
            "1 validation error detected: Value '["
                + String.join(", ", ids)
                + "]' at 'imageIds' "
                + "failed to satisfy constraint: Member must have length less than or equal to 25");
  }

  @Test
  void reports_list_elements_with_one_based_member_paths() {
    assertThat(validationMessage("DescribeWorkspaceImages", "{'ImageIds':['wsi-123456789','bad']}"))
        .isEqualTo(
            "1 validation error detected: Value 'bad' at 'imageIds.2.member' failed to satisfy constraint: "
                + "Member must satisfy regular expression pattern: wsi-[0-9a-z]{9,63}$");
  }

  @Test
  void reports_nested_structure_members_in_lists() {
    String key = "k".repeat(128);
    assertThat(
            validationMessage(
                "CreateTags",
                "{'ResourceId':'wsi-123456789','Tags':[{'Value':'v'},{'Key':'" + key + "'}]}"))
        .isEqualTo(
            "2 validation errors detected: "
                + "Value null at 'tags.1.member.key' failed to satisfy constraint: Member must not be null; "
                + "Value '"
                + key
                + "' at 'tags.2.member.key' failed to satisfy constraint: "
                + "Member must have length less than or equal to 127");
  }

  @Test
  void collects_violations_across_members() {
    assertThat(
            validationMessage(
                "DescribeWorkspaceImages", "{'ImageType':'X','MaxResults':0,'NextToken':''}"))
        .isEqualTo(
            "3 validation errors detected: "
                + "Value 'X' at 'imageType' failed to satisfy constraint: Member must satisfy enum value set: [OWNED, SHARED]; "
                + "Value '0' at 'maxResults' failed to satisfy constraint: Member must have value greater than or equal to 1; "
                + "Value '' at 'nextToken' failed to satisfy constraint: Member must have length greater than or equal to 1");
  }

  // --- inputs: types -----------------------------------------------------------------------

  @Test
  void reports_string_for_boolean_as_type_mismatch() {
    assertThat(
            input(
                "UpdateWorkspaceImagePermission",
                "{'ImageId':'wsi-123456789','AllowCopyImage':'yes','SharedAccountId':'111122223333'}"))
        .isEqualTo(new InputCheck.TypeMismatch("allowCopyImage", "boolean", "string"));
  }

  @Test
  void reports_float_huge_number_and_string_for_integer_as_type_mismatch() {
    assertThat(input("DescribeWorkspaceImages", "{'MaxResults':5.5}"))
        .isEqualTo(new InputCheck.TypeMismatch("maxResults", "integer", "decimal number"));
    assertThat(input("DescribeWorkspaceImages", "{'MaxResults':99999999999}"))
        .isEqualTo(new InputCheck.TypeMismatch("maxResults", "integer", "integer out of range"));
    assertThat(input("DescribeWorkspaceImages", "{'MaxResults':123456789012345678901234567890}"))
        .isEqualTo(new InputCheck.TypeMismatch("maxResults", "integer", "integer out of range"));
    assertThat(input("DescribeWorkspaceImages", "{'MaxResults':'5'}"))
        .isEqualTo(new InputCheck.TypeMismatch("maxResults", "integer", "string"));
  }

  @Test
  void reports_array_for_string_and_object_for_list_as_type_mismatch() {
    assertThat(input("DeleteWorkspaceImage", "{'ImageId':['wsi-123456789']}"))
        .isEqualTo(new InputCheck.TypeMismatch("imageId", "string", "array"));
    assertThat(input("DescribeWorkspaceImages", "{'ImageIds':{'a':'wsi-123456789'}}"))
        .isEqualTo(new InputCheck.TypeMismatch("imageIds", "list", "object"));
    assertThat(input("DescribeWorkspaceImages", "{'ImageIds':['wsi-123456789', 7]}"))
        .isEqualTo(new InputCheck.TypeMismatch("imageIds.2.member", "string", "integer"));
    assertThat(input("CreateTags", "{'ResourceId':'r','Tags':['k=v']}"))
        .isEqualTo(new InputCheck.TypeMismatch("tags.1.member", "structure", "string"));
    assertThat(input("DescribeWorkspaceImages", "[]"))
        .isEqualTo(new InputCheck.TypeMismatch("", "structure", "array"));
  }

  @Test
  void type_mismatch_wins_over_constraint_violations_and_the_first_one_is_reported() {
    assertThat(input("DescribeWorkspaceImages", "{'ImageIds':[],'ImageType':5,'MaxResults':'x'}"))
        .isEqualTo(new InputCheck.TypeMismatch("imageType", "string", "integer"));
  }

  @Test
  void type_mismatch_has_a_readable_message() {
    assertThat(new InputCheck.TypeMismatch("allowCopyImage", "boolean", "string").message())
        .isEqualTo("Expected boolean at 'allowCopyImage' but found string");
  }

  // --- outputs ----------------------------------------------------------------------------

  private static final String VALID_IMAGE =
      "{'ImageId':'wsi-wxm9q46zg','Name':'custodian-workspace-image',"
          + "'Description':'Test workspace image','OperatingSystem':{'Type':'LINUX'},'State':'AVAILABLE',"
          + "'RequiredTenancy':'DEFAULT','Created':1627398436.716,'OwnerAccountId':'123456789012'}";

  @Test
  void accepts_a_valid_describe_workspace_images_output() {
    assertThat(
            CONTRACT.checkOutput(
                "DescribeWorkspaceImages", json("{'Images':[" + VALID_IMAGE + "]}")))
        .isEmpty();
    assertThat(
            CONTRACT.checkOutput(
                "DescribeWorkspaceImages", json("{'Images':[],'NextToken':'abc'}")))
        .isEmpty();
    assertThat(CONTRACT.checkOutput("DeleteWorkspaceImage", json("{}"))).isEmpty();
  }

  @Test
  void reports_bad_enum_in_output_with_its_path() {
    String bad = VALID_IMAGE.replace("'AVAILABLE'", "'BOGUS'");
    assertThat(
            CONTRACT.checkOutput(
                "DescribeWorkspaceImages", json("{'Images':[" + VALID_IMAGE + "," + bad + "]}")))
        .containsExactly(
            new ShapeViolation(
                "images.2.member.state",
                "Value 'BOGUS' failed to satisfy constraint: Member must satisfy enum value set: [AVAILABLE, PENDING, ERROR]"));
  }

  @Test
  void reports_missing_required_member_in_output_with_its_path() {
    // No member of DescribeWorkspaceImagesResult is required; Tag.Key is.
    assertThat(
            CONTRACT.checkOutput("DescribeTags", json("{'TagList':[{'Key':'a'},{'Value':'v'}]}")))
        .containsExactly(
            new ShapeViolation(
                "tagList.2.member.key",
                "Value null failed to satisfy constraint: Member must not be null"));
  }

  @Test
  void reports_every_output_problem_including_wrong_types_and_textual_timestamps() {
    String bad =
        VALID_IMAGE
            .replace("1627398436.716", "'2021-07-27T15:07:16Z'")
            .replace("{'Type':'LINUX'}", "'LINUX'");
    assertThat(
            CONTRACT.checkOutput(
                "DescribeWorkspaceImages", json("{'Images':[" + bad + "],'NextToken':''}")))
        .containsExactly(
            new ShapeViolation(
                "images.1.member.created",
                "Expected timestamp (epoch seconds number) but found string"),
            new ShapeViolation(
                "images.1.member.operatingSystem", "Expected structure but found string"),
            new ShapeViolation(
                "nextToken",
                "Value '' failed to satisfy constraint: Member must have length greater than or equal to 1"));
  }

  // --- errors -----------------------------------------------------------------------------

  @Test
  void accepts_declared_and_protocol_level_errors() {
    assertThat(
            CONTRACT.checkError(
                "DeleteWorkspaceImage",
                "ResourceAssociatedException",
                json(
                    "{'__type':'ResourceAssociatedException','message':'One or more bundles are associated with the Image.'}")))
        .isEmpty();
    assertThat(
            CONTRACT.checkError(
                "DescribeWorkspaceImages",
                "ThrottlingException",
                json("{'__type':'ThrottlingException','message':'Rate exceeded'}")))
        .isEmpty();
    assertThat(
            CONTRACT.checkError(
                "DescribeWorkspaceImages",
                "ValidationException",
                json(
                    "{'__type':'com.amazon.coral.validate#ValidationException','message':'1 validation error detected: x'}")))
        .isEmpty();
  }

  @Test
  void flags_an_undeclared_error_code() {
    assertThat(
            CONTRACT.checkError(
                "DescribeWorkspaceImages",
                "ResourceNotFoundException",
                json("{'__type':'ResourceNotFoundException','message':'nope'}")))
        .containsExactly(
            new ShapeViolation(
                "",
                "Error code 'ResourceNotFoundException' is neither declared by "
                    + "DescribeWorkspaceImages [AccessDeniedException] nor a protocol-level error"));
  }

  @Test
  void flags_error_bodies_without_matching_type_or_string_message() {
    assertThat(
            CONTRACT.checkError(
                "DeleteWorkspaceImage",
                "InvalidResourceStateException",
                json("{'__type':'ResourceAssociatedException','Message':'capital M'}")))
        .containsExactly(
            new ShapeViolation(
                "__type",
                "__type 'ResourceAssociatedException' does not match error code 'InvalidResourceStateException'"),
            new ShapeViolation("message", "Error body must have a string message (lowercase)"));
    assertThat(
            CONTRACT.checkError(
                "DeleteWorkspaceImage", "InvalidResourceStateException", json("{'message':'m'}")))
        .containsExactly(new ShapeViolation("__type", "Error body must have a string __type"));
  }

  @Test
  void checks_members_of_a_modelled_exception_shape() {
    assertThat(
            CONTRACT.checkError(
                "DescribeTags",
                "ResourceNotFoundException",
                json("{'__type':'ResourceNotFoundException','message':'m','ResourceId':''}")))
        .containsExactly(
            new ShapeViolation(
                "resourceId",
                "Value '' failed to satisfy constraint: Member must have length greater than or equal to 1"));
  }

  // --- other shape types, through a small hand-written contract ------------------------------

  private static final String SYNTHETIC =
      "{'allOperations':['Op'],"
          + "'operations':{'Op':{'input':'In','output':'In','errors':[]}},"
          + "'shapes':{"
          + " 'In':{'type':'structure','members':{'Big':{'shape':'Big'},'Ratio':{'shape':'Ratio'},"
          + "   'Data':{'shape':'Data'},'Labels':{'shape':'Labels'},'When':{'shape':'When'},'Odd':{'shape':'Odd'}}},"
          + " 'Big':{'type':'long','min':0,'max':10000000000},"
          + " 'Ratio':{'type':'double','min':0.5},"
          + " 'Data':{'type':'blob','max':3},"
          + " 'Labels':{'type':'map','key':{'shape':'Key'},'value':{'shape':'Key'},'max':1},"
          + " 'Key':{'type':'string','min':2},"
          + " 'When':{'type':'timestamp'},"
          + " 'Odd':{'type':'string','pattern':'(unclosed'}}}";

  private static ServiceContract synthetic() {
    byte[] bytes = SYNTHETIC.replace('\'', '"').getBytes(StandardCharsets.UTF_8);
    return ServiceContract.load(new ByteArrayInputStream(bytes));
  }

  @Test
  void skips_patterns_java_cannot_compile() {
    ServiceContract c = synthetic();
    assertThat(c.skippedPatterns()).containsExactly("(unclosed");
    assertThat(c.checkInput("Op", json("{'Odd':'anything'}"))).isEqualTo(new InputCheck.Valid());
  }

  @Test
  void checks_long_double_blob_map_and_timestamp_shapes() {
    ServiceContract c = synthetic();
    assertThat(
            c.checkInput(
                "Op",
                json(
                    "{'Big':9999999999,'Ratio':1,'Data':'YWJj','Labels':{'ab':'cd'},"
                        + "'When':1627398436.716}")))
        .isEqualTo(new InputCheck.Valid());
    assertThat(c.checkInput("Op", json("{'When':'2021-07-27T15:07:16Z'}")))
        .isEqualTo(new InputCheck.Valid());
    assertThat(c.checkInput("Op", json("{'When':'yesterday'}")))
        .isEqualTo(new InputCheck.TypeMismatch("when", "timestamp", "non-ISO-8601 string"));
    assertThat(c.checkInput("Op", json("{'Data':'not base64!'}")))
        .isEqualTo(new InputCheck.TypeMismatch("data", "blob", "non-base64 string"));
    assertThat(c.checkInput("Op", json("{'Ratio':true}")))
        .isEqualTo(new InputCheck.TypeMismatch("ratio", "double", "boolean"));
    InputCheck check =
        c.checkInput(
            "Op",
            json(
                "{'Big':10000000001,'Ratio':0.25,'Data':'YWJjZA==',"
                    + "'Labels':{'a':'cd','ef':'g'}}"));
    assertThat(((InputCheck.ConstraintViolations) check).violations())
        .extracting(ConstraintViolation::message)
        .containsExactly(
            "Value '10000000001' at 'big' failed to satisfy constraint: Member must have value less than or equal to 10000000000",
            "Value '0.25' at 'ratio' failed to satisfy constraint: Member must have value greater than or equal to 0.5",
            "Value 'YWJjZA==' at 'data' failed to satisfy constraint: Member must have length less than or equal to 3",
            "Value '{a=cd, ef=g}' at 'labels' failed to satisfy constraint: Member must have length less than or equal to 1",
            "Value 'a' at 'labels.a' failed to satisfy constraint: Member must have length greater than or equal to 2",
            "Value 'g' at 'labels.ef' failed to satisfy constraint: Member must have length greater than or equal to 2");
  }

  @Test
  void a_null_map_value_is_a_constraint_violation_of_the_map_in_coral_words() {
    assertThat(
            ((InputCheck.ConstraintViolations)
                    synthetic().checkInput("Op", json("{'Labels':{'ab':null}}")))
                .message())
        .isEqualTo(
            "1 validation error detected: Value '{ab=null}' at 'labels' failed to satisfy constraint: "
                + "Map value must satisfy constraint: [Member must not be null]");
  }

  @Test
  void a_success_body_must_be_an_object_even_for_an_empty_output() {
    assertThat(CONTRACT.checkOutput("DeleteWorkspaceImage", json("{}"))).isEmpty();
    assertThat(CONTRACT.checkOutput("DeleteWorkspaceImage", json("null")))
        .containsExactly(
            new ShapeViolation("", "A success body must be a JSON object ({} when empty)"));
    assertThat(CONTRACT.checkOutput("DeleteWorkspaceImage", null)).hasSize(1);
  }
}
