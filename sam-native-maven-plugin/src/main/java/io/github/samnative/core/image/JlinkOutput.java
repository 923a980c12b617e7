package io.github.samnative.core.image;

import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What of jlink's output a user should see. {@code --generate-cds-archive} replays the JDK's own list
 * of start-up classes, so a runtime without, say, {@code java.logging} makes it warn once for every
 * such class it cannot find (about fifty lines). Those warnings are expected and are folded into one
 * line naming the modules; a warning about a class of a module that <em>is</em> linked is shown as is.
 */
final class JlinkOutput {

    /** The three forms JDK 17 and 25 print; the class named in group 1, 2 or 3, with slashes or dots. */
    private static final Pattern MISSING_CLASS = Pattern.compile("\\[warning]\\[(?:cds|aot)[^\\]]*] (?:"
            + "Preload Warning: Cannot find (\\S+)"
            + "|resolve_indy for class (\\S+) has encountered exception: java\\.lang\\.NoClassDefFoundError.*"
            + "|java\\.lang\\.ClassNotFoundException: (\\S+))$");

    private JlinkOutput() {
    }

    /** Package to module, for the JDK this runs on: a JDK package keeps its module from release to release. */
    static Map<String, String> systemModuleOfPackage() {
        Map<String, String> modules = new HashMap<>();
        for (ModuleReference reference : ModuleFinder.ofSystem().findAll()) {
            for (String pkg : reference.descriptor().packages()) {
                modules.put(pkg, reference.descriptor().name());
            }
        }
        return modules;
    }

    /**
     * @param linked the modules the runtime was linked with
     * @param moduleOfPackage the module of a JDK package ({@code java.util.logging} → {@code java.logging}), if known
     */
    static List<String> forUser(List<String> lines, Set<String> linked, Map<String, String> moduleOfPackage) {
        List<String> shown = new ArrayList<>();
        Set<String> missingModules = new TreeSet<>();
        Set<String> missingClasses = new TreeSet<>();
        for (String line : lines) {
            Matcher m = MISSING_CLASS.matcher(line.strip());
            Optional<String> module = Optional.empty();
            String className = null;
            if (m.find()) {
                String named = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
                className = named.replace('/', '.');
                int dot = className.lastIndexOf('.');
                module = dot < 0 ? Optional.empty() : Optional.ofNullable(moduleOfPackage.get(className.substring(0, dot)));
            }
            if (module.isPresent() && !linked.contains(module.get())) {
                missingModules.add(module.get());
                missingClasses.add(className);
            } else {
                shown.add(line);
            }
        }
        if (!missingClasses.isEmpty()) {
            shown.add(0, "The class archive leaves out " + missingClasses.size() + " JDK start-up classes of "
                    + String.join(", ", missingModules) + ", which this runtime does not link (jlink's warnings about"
                    + " them are left out).");
        }
        return shown;
    }
}
