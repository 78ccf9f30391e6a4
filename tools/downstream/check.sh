#!/usr/bin/env bash
# Downstream check: wsmock as a new user gets it, on the classpaths our users' tests run on.
#
#   1. a fresh clone of this repository's HEAD, and a user home whose local Maven repository holds no wsmock artifact;
#   2. the root README's Install commands, run as written (they install into that repository);
#   3. the standalone jar fetched with the README's `mvn dependency:get` line, started, and asked one question;
#   4. one Maven reactor over small projects generated in a temporary folder, every pom built from the README's
#      snippets: `getting-started` (a fresh pom of nothing but the snippets), plain projects on JUnit 5 and 6, with
#      Jetty 12 or Jackson 3 beside the mock, and Spring Boot 3.5 / 4.0 apps with Tomcat and with Jetty;
#   5. every project ran its tests, its versions are the ones the README's "Tested classpaths" table names, and no
#      output line is an SLF4J warning.
#
# Needs Java 17, Maven and git, nothing else. Third-party artifacts come first from the machine's own Maven
# repository (read as a file repository, never written by Maven), then from Maven Central; what had to be
# downloaded is copied back into the machine's repository afterwards (never a wsmock artifact), so the next run
# is offline. Usage: tools/downstream/check.sh [--extend-with|--no-extend-with] [--keep] [--only=NAME,...]
# (--reuse=DIR, for working on this script: the clone and install a --keep run left in DIR, steps 1-3 skipped).
set -euo pipefail

# The @ExtendWith(WorkSpacesMockExtension.class) test (on by default; --no-extend-with or WSMOCK_EXTEND_WITH=off
# leaves it out, e.g. to check a commit from before that form worked).
extend_with=${WSMOCK_EXTEND_WITH:-on}
keep=false
only=""
reuse=""
for arg in "$@"; do
  case $arg in
    --extend-with) extend_with=on ;;
    --no-extend-with) extend_with=off ;;
    --keep) keep=true ;;
    --only=*) only=${arg#--only=} ;;
    --reuse=*) reuse=${arg#--reuse=} ;;
    -h | --help) sed -n '2,17p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "check.sh: unknown argument $arg (see --help)" >&2; exit 2 ;;
  esac
done

here=$(cd "$(dirname "$0")" && pwd)
repo=$(git -C "$here" rev-parse --show-toplevel)
machine_repo=${WSMOCK_MACHINE_REPOSITORY:-$HOME/.m2/repository}
if [[ -n $reuse ]]; then work=$reuse keep=true; else work=$(mktemp -d "${TMPDIR:-/tmp}/wsmock-downstream.XXXXXX"); fi
user_home=$work/home
logs=$work/logs
mkdir -p "$user_home/.m2" "$logs" "$machine_repo"
server_pid=""
cleanup() {
  if [[ -n $server_pid ]]; then kill "$server_pid" 2>/dev/null || true; fi
  if [[ $keep == true ]]; then echo "[downstream] kept $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT

say() { echo "[downstream] $*"; }
fail() {
  echo "[downstream] FAILED: $*" >&2
  exit 1
}
# Runs "$@" with the fresh user home: HOME for ~ in the README's lines, user.home for Maven's settings.xml.
as_user() { HOME=$user_home MAVEN_OPTS="-Duser.home=$user_home ${MAVEN_OPTS:-}" "$@"; }
timed() { # timed NAME LOG COMMAND...: runs it with its output in LOG, says how long it took, shows LOG's end on failure
  local name=$1 log=$2 start=$SECONDS
  shift 2
  if "$@" >"$log" 2>&1; then
    say "$name: $((SECONDS - start)) s"
  else
    tail -n 80 "$log" >&2
    say "$name failed after $((SECONDS - start)) s (log: $log)"
    return 1
  fi
}

readme=$work/wsmock/README.md
local_repo=$user_home/.m2/repository
readme_block() { # the fenced block after the README line <!-- tools/downstream/check.sh: NAME -->
  local block
  block=$(awk -v marker="<!-- tools/downstream/check.sh: $1 -->" '
    $0 == marker { found = 1; next }
    found && !open && /^```/ { open = 1; next }
    open && /^```/ { exit }
    open { print }' "$readme")
  [[ -n $block ]] || fail "README.md has no code block marked '<!-- tools/downstream/check.sh: $1 -->'"
  printf '%s\n' "$block"
}
readme_table() { # the table right after the README line <!-- tools/downstream/check.sh: NAME -->
  local table
  table=$(awk -v marker="<!-- tools/downstream/check.sh: $1 -->" '
    $0 == marker { found = 1; next }
    found && /^\|/ { print; next }
    found { exit }' "$readme")
  [[ -n $table ]] || fail "README.md has no table marked '<!-- tools/downstream/check.sh: $1 -->'"
  printf '%s\n' "$table"
}

# --- 1. a fresh clone and a user with no wsmock artifact ----------------------------------------------------------
fresh_clone() {
  local commit cache
  commit=$(git -C "$repo" rev-parse HEAD)
  if [[ -n $(git -C "$repo" status --porcelain) ]]; then
    say "note: the check builds the commit $commit; uncommitted changes are not in it"
  fi
  git clone --quiet --no-checkout "$repo" "$work/wsmock"
  git -C "$work/wsmock" checkout --quiet --detach "$commit"
  cache="<id>machine-repository</id>
          <url>file://$machine_repo</url>
          <releases><enabled>true</enabled><checksumPolicy>ignore</checksumPolicy></releases>
          <snapshots><enabled>false</enabled></snapshots>"
  cat >"$user_home/.m2/settings.xml" <<SETTINGS
<settings>
  <localRepository>$local_repo</localRepository>
  <profiles>
    <profile>
      <id>machine-repository</id>
      <repositories>
        <repository>
          $cache
        </repository>
      </repositories>
      <pluginRepositories>
        <pluginRepository>
          $cache
        </pluginRepository>
      </pluginRepositories>
    </profile>
  </profiles>
  <activeProfiles>
    <activeProfile>machine-repository</activeProfile>
  </activeProfiles>
</settings>
SETTINGS
  [[ ! -e $local_repo/dev/wsmock ]] || fail "the fresh local repository already holds wsmock artifacts"
  say "fresh clone of $commit in $work/wsmock, local repository $local_repo"
}

# --- 2. the README's Install steps, as written ----------------------------------------------------------------------
readme_install() {
  local lines version installed module suffix file bom standalone_pom
  lines=$(readme_block install | grep '^mvn ') || fail "the README's install block has no mvn line"
  run_lines() (
    cd "$work/wsmock"
    while IFS= read -r line; do
      echo "\$ $line"
      as_user bash -c "$line"
    done <<<"$lines"
  )
  timed "README install: $(echo $lines)" "$logs/install.log" run_lines || fail "the README's install"

  version=$(readme_block dependency | sed -n 's:.*<version>\(.*\)</version>.*:\1:p' | head -n 1)
  installed=$local_repo/dev/wsmock
  for module in wsmock-core wsmock-junit5 wsmock-scenarios wsmock-standalone; do
    for suffix in "" -sources -javadoc; do
      file=$installed/$module/$version/$module-$version$suffix.jar
      [[ -s $file ]] || fail "the install left no $file"
    done
  done
  bom=$installed/wsmock-bom/$version/wsmock-bom-$version.pom
  [[ -s $bom ]] || fail "the install left no $bom"
  ! grep -q '<parent>' "$bom" || fail "the installed BOM has a parent: importing it would manage the parent's versions too"
  [[ $(grep -c '<groupId>dev.wsmock</groupId>' "$bom") == 5 ]] ||
    fail "the installed BOM should manage the 4 wsmock artifacts and nothing else: $bom"
  standalone_pom=$installed/wsmock-standalone/$version/wsmock-standalone-$version.pom
  [[ $(grep -c '<dependency>' "$standalone_pom") == $(grep -c '<scope>test</scope>' "$standalone_pom") ]] ||
    fail "the installed wsmock-standalone POM has dependencies beyond its tests', but its jar has everything inside"
  local expected described
  for module in wsmock-core:dev.wsmock wsmock-junit5:dev.wsmock.junit5 wsmock-scenarios:dev.wsmock.scenarios \
    wsmock-standalone:dev.wsmock.standalone; do
    expected=${module#*:}
    module=${module%%:*}
    file=$installed/$module/$version/$module-$version.jar
    described=$(jar --describe-module --file "$file" | sed -n 's/^\([^@ ]*\).* automatic$/\1/p')
    [[ $described == "$expected" ]] ||
      fail "$module's jar should be the automatic module $expected (Automatic-Module-Name), not '$described'"
  done
  say "installed wsmock $version: jars with -sources and -javadoc and a module name each, a BOM without parent"
}

# --- 3. the standalone jar, fetched as the README says, runs ------------------------------------------------------
standalone_jar() {
  local lines get_line java_line start port="" body answer
  lines=$(readme_block standalone)
  get_line=$(grep '^mvn ' <<<"$lines") || fail "the README's standalone block has no mvn line"
  java_line=$(grep '^java -jar ' <<<"$lines") || fail "the README's standalone block has no java line"
  timed "README $get_line" "$logs/standalone-get.log" as_user bash -c "$get_line" || fail "the README's dependency:get"
  start=$SECONDS
  # Port 0 rather than the default 4566, which another process on a shared machine may hold.
  # exec all the way down, so that server_pid is the java process itself.
  (HOME=$user_home exec bash -c "exec $java_line --port 0") >"$logs/standalone.log" 2>&1 &
  server_pid=$!
  for _ in $(seq 1 600); do
    port=$(sed -n 's|.*listening on http://127.0.0.1:\([0-9]*\).*|\1|p' "$logs/standalone.log")
    [[ -z $port ]] || break
    kill -0 "$server_pid" 2>/dev/null || break
    sleep 0.1
  done
  [[ -n $port ]] || { cat "$logs/standalone.log" >&2; fail "the standalone jar did not start"; }
  body='{}'
  exec 3<>"/dev/tcp/127.0.0.1/$port"
  printf '%s\r\n' 'POST / HTTP/1.1' 'Host: 127.0.0.1' 'Content-Type: application/x-amz-json-1.1' \
    'X-Amz-Target: WorkspacesService.DescribeWorkspaceImages' \
    'Authorization: AWS4-HMAC-SHA256 Credential=111111111111/20260101/us-east-1/workspaces/aws4_request, SignedHeaders=host, Signature=0' \
    "Content-Length: ${#body}" 'Connection: close' '' >&3
  printf '%s' "$body" >&3
  answer=$(timeout 30 cat <&3 || true)
  exec 3<&-
  kill "$server_pid"
  wait "$server_pid" 2>/dev/null || true
  ! kill -0 "$server_pid" 2>/dev/null || fail "the standalone server (pid $server_pid) did not stop"
  server_pid=""
  grep -q '^HTTP/1.1 200' <<<"$answer" && grep -q '"Images"' <<<"$answer" ||
    fail "the standalone jar did not answer DescribeWorkspaceImages: $answer"
  say "the standalone jar from dependency:get started and answered: $((SECONDS - start)) s"
}

if [[ -z $reuse ]]; then
  fresh_clone
  readme_install
  standalone_jar
else
  say "reusing the clone and install in $work"
  rm -rf "$work/downstream"
fi

# --- 4. the downstream projects ----------------------------------------------------------------------------------------
dependency=$(readme_block dependency)
test_dependencies=$(readme_block test-dependencies)
build=$(readme_block build)
matrix=$(readme_table matrix)
row() { # row PROJECT COLUMN: a cell of the README's "Tested classpaths" table, without Markdown emphasis
  awk -F'|' -v project="\`$1\`" -v column="$2" '{ gsub(/^ +| +$/, "", $2) } $2 == project {
    cell = $(column + 1); gsub(/[*`]/, "", cell); gsub(/^ +| +$/, "", cell); print cell }' <<<"$matrix"
}
junit6() { # the test-dependencies snippet with JUnit 6, as its comment says
  grep -q '<version>5.14.4</version> <!-- or 6.0.1 -->' <<<"$test_dependencies" ||
    fail "the README's JUnit line changed: update junit6() in check.sh"
  sed 's|<version>5.14.4</version> <!-- or 6.0.1 -->|<version>6.0.1</version>|' <<<"$test_dependencies"
}
without_version() { # a dependency snippet as a project that imports the BOM writes it
  grep -v '<version>' <<<"$1"
}
jetty12='<dependency>
  <groupId>org.eclipse.jetty</groupId>
  <artifactId>jetty-server</artifactId>
  <scope>test</scope>
</dependency>'
jetty_bom='<dependencyManagement>
  <dependencies>
    <dependency>
      <groupId>org.eclipse.jetty</groupId>
      <artifactId>jetty-bom</artifactId>
      <version>12.1.14</version>
      <type>pom</type>
      <scope>import</scope>
    </dependency>
  </dependencies>
</dependencyManagement>'
jackson3='<dependency>
  <groupId>tools.jackson.core</groupId>
  <artifactId>jackson-databind</artifactId>
  <version>3.1.4</version>
  <scope>test</scope>
</dependency>'

plain_pom() { # plain_pom NAME DEPENDENCY_MANAGEMENT DEPENDENCIES...
  local name=$1 management=$2
  shift 2
  cat <<EOF
<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>com.example.downstream</groupId>
  <artifactId>$name</artifactId>
  <version>1.0</version>
  <properties>
    <maven.compiler.source>17</maven.compiler.source>
    <maven.compiler.target>17</maven.compiler.target>
    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
  </properties>
$management
<dependencies>
$(printf '%s\n' "$@")
</dependencies>
$build
</project>
EOF
}

boot_pom() { # boot_pom NAME BOOT_VERSION tomcat|jetty
  local name=$1 boot=$2 server=$3 web
  if [[ $server == jetty ]]; then
    web='<dependency>
      <groupId>org.springframework.boot</groupId>
      <artifactId>spring-boot-starter-web</artifactId>
      <exclusions>
        <exclusion>
          <groupId>org.springframework.boot</groupId>
          <artifactId>spring-boot-starter-tomcat</artifactId>
        </exclusion>
      </exclusions>
    </dependency>
    <dependency>
      <groupId>org.springframework.boot</groupId>
      <artifactId>spring-boot-starter-jetty</artifactId>
    </dependency>'
  else
    web='<dependency>
      <groupId>org.springframework.boot</groupId>
      <artifactId>spring-boot-starter-web</artifactId>
    </dependency>'
  fi
  cat <<EOF
<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <parent>
    <groupId>org.springframework.boot</groupId>
    <artifactId>spring-boot-starter-parent</artifactId>
    <version>$boot</version>
    <relativePath/>
  </parent>
  <groupId>com.example.downstream</groupId>
  <artifactId>$name</artifactId>
  <version>1.0</version>
  <properties>
    <java.version>17</java.version>
  </properties>
  <dependencies>
    $web
    <dependency>
      <groupId>software.amazon.awssdk</groupId>
      <artifactId>workspaces</artifactId>
      <version>2.40.2</version>
    </dependency>
    <dependency>
      <groupId>org.springframework.boot</groupId>
      <artifactId>spring-boot-starter-test</artifactId>
      <scope>test</scope>
    </dependency>
$dependency
  </dependencies>
</project>
EOF
}

project() { # project NAME SOURCE_SETS...: writes NAME's sources; its pom comes on standard input
  local name=$1 dir=$work/downstream/$1 set
  shift
  mkdir -p "$dir/src/test/java/com/example/downstream" "$dir/src/test/resources" "$dir/src/main/java/com/example/downstream"
  cat >"$dir/pom.xml"
  for set in common "$@"; do
    case $set in
      boot-main) cp "$here/src/$set"/*.java "$dir/src/main/java/com/example/downstream/" ;;
      *) cp "$here/src/$set"/*.java "$dir/src/test/java/com/example/downstream/" ;;
    esac
  done
  if [[ $extend_with == on ]]; then cp "$here/src/extend-with"/*.java "$dir/src/test/java/com/example/downstream/"; fi
  local server junit jackson2 jackson3
  server=$(row "$name" 3) junit=$(row "$name" 4) jackson2=$(row "$name" 5) jackson3=$(row "$name" 6)
  [[ -n $server && -n $junit && -n $jackson2 && -n $jackson3 ]] ||
    fail "the README's Tested classpaths table has no complete row for \`$name\`"
  printf 'server=%s\njunit=%s\njackson2=%s\njackson3=%s\n' "$server" "$junit" "$jackson2" "$jackson3" \
    >"$dir/src/test/resources/expected-classpath.properties"
  projects+=("$name")
}

projects=()
mkdir -p "$work/downstream"
project getting-started < <(plain_pom getting-started "" "$dependency" "$test_dependencies")
project plain-junit6 < <(plain_pom plain-junit6 "$(readme_block bom)" "$(without_version "$dependency")" "$(junit6)" \
  "$(without_version "$dependency" | sed 's|wsmock-junit5|wsmock-scenarios|')")
project jetty12-junit5 jetty12 < <(plain_pom jetty12-junit5 "$jetty_bom" "$dependency" "$test_dependencies" "$jetty12")
project jetty12-junit6 jetty12 < <(plain_pom jetty12-junit6 "$jetty_bom" "$dependency" "$(junit6)" "$jetty12")
project jackson3-junit6 jackson3 < <(plain_pom jackson3-junit6 "" "$dependency" "$(junit6)" "$jackson3")
project boot35-tomcat boot-main boot-test < <(boot_pom boot35-tomcat 3.5.7 tomcat)
project boot35-jetty boot-main boot-test < <(boot_pom boot35-jetty 3.5.7 jetty)
project boot40-tomcat boot-main boot-test < <(boot_pom boot40-tomcat 4.0.7 tomcat)
project boot40-jetty boot-main boot-test < <(boot_pom boot40-jetty 4.0.7 jetty)

tabled=$(awk -F'|' 'NR > 2 { gsub(/[ `]/, "", $2); print $2 }' <<<"$matrix" | sort)
[[ $tabled == "$(printf '%s\n' "${projects[@]}" | sort)" ]] ||
  fail "the README's Tested classpaths table lists [$(echo $tabled)], check.sh builds [${projects[*]}]"

selected=("${projects[@]}")
if [[ -n $only ]]; then IFS=, read -r -a selected <<<"$only"; fi
{
  echo '<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>'
  echo '<groupId>com.example.downstream</groupId><artifactId>all</artifactId><version>1.0</version><packaging>pom</packaging><modules>'
  printf '<module>%s</module>\n' "${selected[@]}"
  echo '</modules></project>'
} >"$work/downstream/pom.xml"

# --- 5. one reactor, then what it must have shown ---------------------------------------------------------------------
say "extend-with test: $extend_with"
reactor() (cd "$work/downstream" && as_user mvn -B -fae -T 2 test)
status=0
timed "reactor over ${#selected[@]} projects" "$logs/reactor.log" reactor || status=$?

copy_back() ( # what Maven had to download goes into the machine's repository, never a wsmock artifact
  copied=0
  cd "$local_repo"
  while IFS= read -r -d '' file; do
    if [[ ! -e $machine_repo/$file ]]; then
      mkdir -p "$machine_repo/$(dirname "$file")"
      cp "$file" "$machine_repo/$file.part.$$" && mv "$machine_repo/$file.part.$$" "$machine_repo/$file"
      copied=$((copied + 1))
    fi
  done < <(find . -path ./dev/wsmock -prune -o -type f \( -name '*.jar' -o -name '*.pom' -o -name '*.sha1' \) -print0)
  say "copied $copied downloaded files into $machine_repo"
)
copy_back

passed=0
failed=0
for name in "${selected[@]}"; do
  dir=$work/downstream/$name
  expected=$(cat "$dir"/src/test/java/com/example/downstream/*.java | grep -c '^  @Test$')
  read -r tests problems < <(cat "$dir"/target/surefire-reports/TEST-*.xml 2>/dev/null | awk '
    /<testsuite / {
      for (i = 1; i <= NF; i++) {
        split($i, kv, "=")
        gsub(/"/, "", kv[2])
        if (kv[1] == "tests") t += kv[2]
        if (kv[1] == "failures" || kv[1] == "errors" || kv[1] == "skipped") p += kv[2]
      }
    }
    END { print t + 0, p + 0 }')
  noise=$(cat "$dir"/target/surefire-reports/*-output.txt 2>/dev/null | grep -c 'SLF4J' || true)
  if [[ $tests == "$expected" && $problems == 0 && $noise == 0 ]]; then
    passed=$((passed + 1))
    say "PASS $name: $tests tests"
  else
    failed=$((failed + 1))
    say "FAIL $name: $tests of $expected tests ran, $problems failed, errored or skipped, $noise SLF4J lines"
  fi
done
if grep -n 'SLF4J' "$logs/reactor.log" >&2; then
  failed=$((failed + 1))
  say "FAIL: SLF4J lines in the reactor's output (above)"
fi
echo "downstream: $passed passed, $failed failed"
[[ $status == 0 && $failed == 0 ]]
