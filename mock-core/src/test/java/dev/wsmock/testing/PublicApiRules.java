package dev.wsmock.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The ArchUnit rules every module with a public API checks: what its front door may name, and that its packages
 * form no cycle. Shared so that the four modules check one definition of "public" and of "hidden".
 */
public final class PublicApiRules {
  private PublicApiRules() {}

  /**
   * Whether a type must not appear in a public signature: a type of any {@code internal} package (its callers
   * could not use it, and it changes in any release), WireMock's relocated Jetty and Jackson ({@code wiremock.}:
   * the package moves with each WireMock release) or Jackson itself (wsmock's JSON mapping is its own business, and
   * a user on Jackson 3 must not be tied to Jackson 2's types). WireMock's own API ({@code com.github.tomakehurst.wiremock..}, e.g. {@code
   * WorkSpacesMock.wireMock()} returning {@code WireMockServer}) is exposed on purpose and allowed.
   */
  public static boolean isHidden(JavaClass type) {
    JavaClass base = type.getBaseComponentType();
    String name = base.getName();
    return PublicApi.isInternalPackage(base.getPackageName())
        || name.startsWith("wiremock.")
        || name.startsWith("com.fasterxml.jackson.");
  }

  /** The types users can name: public (or protected nested in a subclassable type) and outside internal packages. */
  public static final DescribedPredicate<JavaClass> FRONT_DOOR =
      DescribedPredicate.describe("are front-door types", PublicApiRules::isFrontDoor);

  static boolean isFrontDoor(JavaClass type) {
    if (type.isAnonymousClass() || type.isLocalClass()) {
      return false;
    }
    if (PublicApi.isInternalPackage(type.getPackageName())) {
      return false;
    }
    for (Optional<JavaClass> c = Optional.of(type);
        c.isPresent();
        c = c.get().getEnclosingClass()) {
      Set<JavaModifier> modifiers = c.get().getModifiers();
      Optional<JavaClass> enclosing = c.get().getEnclosingClass();
      boolean visible =
          modifiers.contains(JavaModifier.PUBLIC)
              || (enclosing.isPresent()
                  && modifiers.contains(JavaModifier.PROTECTED)
                  && !enclosing.get().getModifiers().contains(JavaModifier.FINAL));
      if (!visible) {
        return false;
      }
    }
    return true;
  }

  /**
   * No public or protected signature of a front-door type names a hidden type ({@link #isHidden}): supertypes and
   * type parameters of the type, and of each member its field type, parameters, return type, thrown types and type
   * parameters, type arguments and bounds included.
   */
  public static ArchRule frontDoorSignaturesNameNoHiddenType() {
    return classes()
        .that(FRONT_DOOR)
        .should(
            new ArchCondition<JavaClass>(
                "name no internal, WireMock-relocated or Jackson type in a public signature") {
              @Override
              public void check(JavaClass type, ConditionEvents events) {
                for (String leak : leaks(type)) {
                  events.add(SimpleConditionEvent.violated(type, leak));
                }
              }
            })
        .because(
            "users compile against these signatures: a hidden type there is one they cannot use, or one that moves"
                + " in any release");
  }

  /** Every hidden type a front-door type's public signatures name, one line per place. */
  static List<String> leaks(JavaClass type) {
    List<String> leaks = new ArrayList<>();
    type.getSuperclass().ifPresent(s -> report(leaks, type.getName() + " extends", s));
    for (JavaType each : type.getInterfaces()) {
      report(leaks, type.getName() + " implements", each);
    }
    for (JavaType each : type.getTypeParameters()) {
      report(leaks, type.getName() + " type parameter", each);
    }
    boolean subclassable =
        !type.getModifiers().contains(JavaModifier.FINAL) && !type.isEnum() && !type.isRecord();
    for (JavaMember member : type.getMembers()) {
      Set<JavaModifier> modifiers = member.getModifiers();
      boolean visible =
          modifiers.contains(JavaModifier.PUBLIC)
              || (subclassable && modifiers.contains(JavaModifier.PROTECTED));
      if (!visible
          || modifiers.contains(JavaModifier.SYNTHETIC)
          || modifiers.contains(JavaModifier.BRIDGE)) {
        continue;
      }
      if (member instanceof JavaField) {
        report(leaks, member.getFullName(), ((JavaField) member).getType());
      } else if (member instanceof JavaCodeUnit) {
        JavaCodeUnit unit = (JavaCodeUnit) member;
        report(leaks, unit.getFullName() + " returns", unit.getReturnType());
        for (JavaType parameter : unit.getParameterTypes()) {
          report(leaks, unit.getFullName() + " takes", parameter);
        }
        for (JavaType parameter : unit.getTypeParameters()) {
          report(leaks, unit.getFullName() + " type parameter", parameter);
        }
        for (JavaClass thrown : unit.getExceptionTypes()) {
          report(leaks, unit.getFullName() + " throws", thrown);
        }
      }
    }
    return leaks;
  }

  private static void report(List<String> leaks, String where, JavaType signature) {
    // Every raw type the signature involves: type arguments, bounds, array components.
    Set<String> hidden = new TreeSet<>();
    for (JavaClass raw : signature.getAllInvolvedRawTypes()) {
      if (isHidden(raw)) {
        hidden.add(raw.getBaseComponentType().getName());
      }
    }
    for (String name : hidden) {
      leaks.add(where + " " + signature.getName() + ": names " + name);
    }
  }

  /**
   * No cycle among the internal packages under {@code rootPackage}, each package its own slice. The front door is
   * left out on purpose: it and the internals reference each other by design. The front door's entry points
   * (such as {@code WorkSpacesMock}) delegate inwards, and the internals compute with the front door's value
   * types ({@code Seed}, {@code WorkspaceImage}, {@code ScenarioException}, ...), which must be public and so
   * cannot move inside. What cycles would break is the layering among the internals, and that is what this checks.
   */
  public static ArchRule internalPackagesAreFreeOfCycles(String rootPackage) {
    return packagesAreFreeOfCycles(rootPackage, true);
  }

  /**
   * No cycle among the front-door (non-internal) packages under {@code rootPackage}: a user can read the public
   * API one package at a time, each needing only those before it.
   */
  public static ArchRule frontDoorPackagesAreFreeOfCycles(String rootPackage) {
    return packagesAreFreeOfCycles(rootPackage, false);
  }

  private static ArchRule packagesAreFreeOfCycles(String rootPackage, boolean internal) {
    String which = internal ? "internal" : "front-door";
    return slices()
        .assignedFrom(
            new SliceAssignment() {
              @Override
              public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
                String name = javaClass.getPackageName();
                boolean under = name.equals(rootPackage) || name.startsWith(rootPackage + ".");
                // One slice per package: coarser slices would hide cycles between sub-packages.
                return under && PublicApi.isInternalPackage(name) == internal
                    ? SliceIdentifier.of(name)
                    : SliceIdentifier.ignore();
              }

              @Override
              public String getDescription() {
                return "the " + which + " packages of " + rootPackage;
              }
            })
        .should()
        .beFreeOfCycles();
  }
}
