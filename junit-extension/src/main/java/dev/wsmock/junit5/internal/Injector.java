package dev.wsmock.junit5.internal;

import dev.wsmock.AwsIdentifiers;
import dev.wsmock.CallJournal;
import dev.wsmock.ManualClock;
import dev.wsmock.WorkSpacesMock;
import dev.wsmock.junit5.Account;
import dev.wsmock.junit5.Given;
import dev.wsmock.junit5.InjectMock;
import dev.wsmock.junit5.internal.sdk.SdkClients;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.util.Set;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;

/**
 * Resolves what a test asks for, by exact type, against one {@link MockScope}. SDK types are matched by name, so
 * this class never loads the (optional) SDK.
 */
final class Injector {
  private static final Set<Class<?>> MOCK_TYPES =
      Set.of(WorkSpacesMock.class, CallJournal.class, Given.class, ManualClock.class);
  private static final Set<String> CLIENT_TYPES = Set.of(SdkClients.SYNC, SdkClients.ASYNC);

  private final MockScope scope;
  private final ExtensionContext context;

  Injector(MockScope scope, ExtensionContext context) {
    this.scope = scope;
    this.context = context;
  }

  /** Our types, and anything with {@code @Account} (so a wrong type gets our message, not "no resolver"). */
  static boolean supports(ParameterContext parameter) {
    Class<?> type = parameter.getParameter().getType();
    return MOCK_TYPES.contains(type)
        || CLIENT_TYPES.contains(type.getName())
        || parameter.isAnnotated(Account.class);
  }

  Object resolve(ParameterContext parameter) {
    String where = name(parameter) + " of " + describe(parameter);
    if (parameter.getDeclaringExecutable() instanceof Constructor) {
      throw new ParameterResolutionException(
          "@WorkSpacesMockTest cannot inject constructor parameters ("
              + where
              + "): the mock may be per test, and a constructor runs before it exists. Use a test or lifecycle method"
              + " parameter, or an @InjectMock field.");
    }
    return valueFor(
        parameter.getParameter().getType(),
        parameter.getParameter(),
        where,
        ParameterResolutionException::new);
  }

  /** Sets every {@code @InjectMock} and {@code @Account} field of the test instances (outer ones for @Nested too). */
  void injectFields() {
    for (Object instance : context.getRequiredTestInstances().getAllInstances()) {
      for (Class<?> c = instance.getClass();
          c != null && c != Object.class;
          c = c.getSuperclass()) {
        for (Field field : c.getDeclaredFields()) {
          if (field.isAnnotationPresent(InjectMock.class)
              || field.isAnnotationPresent(Account.class)) {
            inject(instance, field);
          }
        }
      }
    }
  }

  private void inject(Object instance, Field field) {
    String where =
        "field '" + field.getName() + "' of " + field.getDeclaringClass().getSimpleName();
    int modifiers = field.getModifiers();
    if (Modifier.isStatic(modifiers) || Modifier.isFinal(modifiers)) {
      throw new ExtensionConfigurationException(
          "Cannot inject "
              + (Modifier.isStatic(modifiers) ? "static" : "final")
              + " "
              + where
              + ": the mock may be per test; make it a non-final instance field, or take it as a"
              + " @BeforeAll method parameter.");
    }
    Object value = valueFor(field.getType(), field, where, ExtensionConfigurationException::new);
    try {
      field.setAccessible(true);
      field.set(instance, value);
    } catch (IllegalAccessException e) {
      throw new ExtensionConfigurationException(
          "Cannot inject " + where + ": " + e.getMessage(), e);
    }
  }

  private interface Failure {
    RuntimeException create(String message);
  }

  private Object valueFor(Class<?> type, AnnotatedElement element, String where, Failure failure) {
    Account account = element.getAnnotation(Account.class);
    if (CLIENT_TYPES.contains(type.getName())) {
      return client(type.getName(), account, where, failure);
    }
    if (account != null) {
      throw failure.create(
          "@Account applies to WorkSpacesClient and WorkSpacesAsyncClient only, not to "
              + type.getSimpleName()
              + " ("
              + where
              + ").");
    }
    if (type == WorkSpacesMock.class) {
      return scope.mock();
    }
    if (type == CallJournal.class) {
      return scope.mock().journal();
    }
    if (type == Given.class) {
      return Given.on(scope.mock())
          .as(scope.settings().defaultAccount())
          .inRegion(scope.settings().region());
    }
    if (type == ManualClock.class) {
      if (scope.clock() instanceof ManualClock manual) {
        return manual;
      }
      throw failure.create(
          "No ManualClock for "
              + where
              + ": the mock reads the system clock. Use"
              + " @WorkSpacesMockTest(clock = MANUAL), or WorkSpacesMockExtension.builder().manualClock(start).");
    }
    throw failure.create(
        "@InjectMock cannot inject "
            + type.getSimpleName()
            + " ("
            + where
            + "): use WorkSpacesMock,"
            + " CallJournal, Given, ManualClock, WorkSpacesClient or WorkSpacesAsyncClient.");
  }

  private Object client(String typeName, Account account, String where, Failure failure) {
    String simple =
        typeName.substring(typeName.lastIndexOf('.') + 1); // no SdkClients before the check
    SdkPresence.problem(Injector.class.getClassLoader(), simple)
        .ifPresent(
            problem -> {
              throw failure.create(problem);
            });
    String accountId = account == null ? scope.settings().defaultAccount() : account.value();
    if (!AwsIdentifiers.isAccountId(accountId)) {
      throw failure.create(
          "@Account(\""
              + accountId
              + "\") on "
              + where
              + " is not an AWS account id: use 12"
              + " digits, e.g. @Account(\"111111111111\").");
    }
    String region =
        account == null || account.region().isEmpty()
            ? scope.settings().region()
            : account.region();
    if (!AwsIdentifiers.isRegionName(region)) {
      throw failure.create(
          "@Account(region = \""
              + region
              + "\") on "
              + where
              + " is not an AWS region: use e.g."
              + " \"us-east-1\" or \"us-gov-west-1\".");
    }
    return scope.client(new MockScope.ClientKey(typeName, accountId, region));
  }

  /**
   * {@code parameter 'owner'} when the class was compiled with {@code -parameters}; otherwise javac's {@code arg0}
   * would name nothing the user wrote, so the position and type: {@code 2nd parameter (WorkSpacesClient)}.
   */
  static String name(ParameterContext parameter) {
    Parameter p = parameter.getParameter();
    if (p.isNamePresent()) {
      return "parameter '" + p.getName() + "'";
    }
    return ordinal(parameter.getIndex() + 1) + " parameter (" + p.getType().getSimpleName() + ")";
  }

  private static String ordinal(int n) {
    int lastTwo = n % 100;
    String suffix =
        lastTwo >= 11 && lastTwo <= 13
            ? "th"
            : switch (n % 10) {
              case 1 -> "st";
              case 2 -> "nd";
              case 3 -> "rd";
              default -> "th";
            };
    return n + suffix;
  }

  private static String describe(ParameterContext parameter) {
    var executable = parameter.getDeclaringExecutable();
    String owner = executable.getDeclaringClass().getSimpleName();
    return executable instanceof Constructor
        ? owner + "(...)"
        : owner + "." + executable.getName() + "(...)";
  }
}
