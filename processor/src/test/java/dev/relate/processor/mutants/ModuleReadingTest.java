package dev.relate.processor.mutants;

import static com.google.common.truth.Truth.assertThat;

import dev.relate.processor.read.Modules;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ModuleElement;
import javax.lang.model.element.ModuleElement.Directive;
import javax.lang.model.element.ModuleElement.DirectiveKind;
import javax.lang.model.element.ModuleElement.RequiresDirective;
import javax.lang.model.element.Name;
import org.junit.jupiter.api.Test;

/**
 * {@link Modules#reads}: which modules the code of a module can name types of, as javac judges it
 * (a named module reads itself, java.base, what it requires and what those require transitively).
 * The modules are stand-ins, so that each rule is met alone, a module whose directives cannot be
 * listed (as under ecj) included.
 */
class ModuleReadingTest {
    /** What each stand-in module is; tests add its directives. */
    private static final Map<ModuleElement, Module> MODULES = new IdentityHashMap<>();
    private static final ModuleElement JAVA_BASE = module("java.base");

    @Test
    void theClassPathReadsEverything() {
        ModuleElement app = module("app");
        assertThat(Modules.reads(null, app)).isTrue();
        assertThat(Modules.reads(unnamed(), app)).isTrue();
        assertThat(Modules.reads(unnamed(), unnamed())).isTrue();
        // no module at all (a compiler before Java 9) counts as the class path
        assertThat(Modules.reads(app, null)).isTrue();
    }

    @Test
    void aNamedModuleNeverReadsTheClassPath() {
        ModuleElement app = module("app");
        requires(app, module("lib"), false);
        assertThat(Modules.reads(app, unnamed())).isFalse();
    }

    @Test
    void aNamedModuleReadsItselfAndJavaBaseWithoutRequiringThem() {
        ModuleElement app = module("app");
        assertThat(Modules.reads(app, JAVA_BASE)).isTrue();
        // another element for the same module, as a compiler may give
        assertThat(Modules.reads(app, module("app"))).isTrue();
        assertThat(Modules.reads(app, module("lib"))).isFalse();
    }

    @Test
    void aNamedModuleReadsWhatItRequires() {
        ModuleElement app = module("app");
        ModuleElement first = module("first");
        ModuleElement second = module("second");
        requires(app, first, false);
        requires(app, second, false);
        assertThat(Modules.reads(app, first)).isTrue();
        // the second of its requires as well as the first
        assertThat(Modules.reads(app, second)).isTrue();
        assertThat(Modules.reads(app, module("third"))).isFalse();
    }

    @Test
    void whatARequiredModuleRequiresTransitivelyIsReadToo() {
        ModuleElement app = module("app");
        ModuleElement lib = module("lib");
        ModuleElement api = module("api");
        ModuleElement spi = module("spi");
        ModuleElement impl = module("impl");
        requires(app, lib, false);
        requires(lib, impl, false);
        requires(lib, api, true);
        requires(api, spi, true);
        assertThat(Modules.reads(app, api)).isTrue();
        // transitively through two modules
        assertThat(Modules.reads(app, spi)).isTrue();
        // what lib requires without transitive is lib's alone
        assertThat(Modules.reads(app, impl)).isFalse();
        // and so is what the modules app requires transitively require without it
        requires(api, module("internal"), false);
        assertThat(Modules.reads(app, module("internal"))).isFalse();
    }

    @Test
    void aModuleReachedTwiceOrInACycleIsSearchedOnce() {
        ModuleElement app = module("app");
        ModuleElement left = module("left");
        ModuleElement right = module("right");
        ModuleElement shared = module("shared");
        requires(app, left, false);
        requires(app, right, false);
        requires(left, shared, true);
        requires(right, shared, true);
        assertThat(Modules.reads(app, module("elsewhere"))).isFalse();
        assertThat(Modules.reads(app, shared)).isTrue();

        ModuleElement a = module("a");
        ModuleElement b = module("b");
        requires(a, b, true);
        requires(b, a, true);
        ModuleElement user = module("user");
        requires(user, a, false);
        assertThat(Modules.reads(user, module("elsewhere"))).isFalse();
        assertThat(Modules.reads(user, b)).isTrue();
    }

    @Test
    void aRequiresWithoutItsModuleIsSkipped() {
        ModuleElement app = module("app");
        ModuleElement lib = module("lib");
        requires(app, null, false);
        requires(app, lib, false);
        assertThat(Modules.reads(app, lib)).isTrue();
        assertThat(Modules.reads(app, module("elsewhere"))).isFalse();
    }

    @Test
    void aModuleWhoseDirectivesCannotBeListedReadsOnlyItselfAndJavaBase() {
        ModuleElement automatic = unlisted("automatic");
        assertThat(Modules.reads(automatic, JAVA_BASE)).isTrue();
        assertThat(Modules.reads(automatic, module("automatic"))).isTrue();
        assertThat(Modules.reads(automatic, module("lib"))).isFalse();

        // required, it gives nothing transitively
        ModuleElement app = module("app");
        requires(app, automatic, false);
        assertThat(Modules.reads(app, automatic)).isTrue();
        assertThat(Modules.reads(app, module("lib"))).isFalse();
    }

    // ---------------------------------------------------------------- stand-ins

    /** A stand-in module. */
    private static final class Module {
        final String name;
        final boolean isUnnamed;
        final List<Directive> directives = new ArrayList<>();
        final boolean listed;

        Module(String name, boolean isUnnamed, boolean listed) {
            this.name = name;
            this.isUnnamed = isUnnamed;
            this.listed = listed;
        }
    }

    private static ModuleElement module(String name) {
        return element(new Module(name, false, true));
    }

    private static ModuleElement unnamed() {
        return element(new Module("", true, true));
    }

    /** A module whose directives throw, as ecj's do for an automatic module. */
    private static ModuleElement unlisted(String name) {
        return element(new Module(name, false, false));
    }

    private static void requires(ModuleElement reader, ModuleElement dependency, boolean transitive) {
        RequiresDirective requires = (RequiresDirective) Proxy.newProxyInstance(
                ModuleReadingTest.class.getClassLoader(), new Class<?>[] {RequiresDirective.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getKind" -> DirectiveKind.REQUIRES;
                    case "getDependency" -> dependency;
                    case "isTransitive" -> transitive;
                    case "isStatic" -> false;
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    case "toString" -> "requires " + (transitive ? "transitive " : "") + dependency;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        MODULES.get(reader).directives.add(requires);
    }

    private static ModuleElement element(Module module) {
        Name name = name(module.name);
        ModuleElement element = (ModuleElement) Proxy.newProxyInstance(ModuleReadingTest.class.getClassLoader(),
                new Class<?>[] {ModuleElement.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "isUnnamed" -> module.isUnnamed;
                    case "getQualifiedName", "getSimpleName" -> name;
                    case "getKind" -> ElementKind.MODULE;
                    case "getDirectives" -> {
                        if (!module.listed) {
                            throw new IllegalStateException("no directives for " + module.name);
                        }
                        yield List.copyOf(module.directives);
                    }
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    case "toString" -> module.isUnnamed ? "unnamed module" : module.name;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        MODULES.put(element, module);
        return element;
    }

    private static Name name(String text) {
        return (Name) Proxy.newProxyInstance(ModuleReadingTest.class.getClassLoader(), new Class<?>[] {Name.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "contentEquals" -> text.contentEquals((CharSequence) args[0]);
                    case "length" -> text.length();
                    case "charAt" -> text.charAt((Integer) args[0]);
                    case "subSequence" -> text.subSequence((Integer) args[0], (Integer) args[1]);
                    case "toString" -> text;
                    case "hashCode" -> text.hashCode();
                    case "equals" -> proxy == args[0];
                    default -> throw new UnsupportedOperationException(method.getName() + Arrays.toString(args));
                });
    }
}
