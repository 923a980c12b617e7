// Checks the archetype's properties. maven-archetype-plugin applies validationRegex only to values
// typed at its prompt, not to -D values (batch mode), and it has no hook before the files are
// written; so this runs after them, and on a bad value removes what was generated and stops with a
// message that names the property and the fix.
//
// No JDK class is named in this script's code: the Groovy 4.0.23 inside maven-archetype-plugin 3.3.1
// fails to compile a script that names one when Maven runs on JDK 25 ("Unsupported class file major
// version 69"), so JDK classes are looked up by name at run time instead.

def properties = request.properties
String packageName = request.getPackage() ?: ''
String architecture = properties.getProperty('architecture')
String stackName = properties.getProperty('stackName')

def problems = []
if (!(architecture in ['x86_64', 'arm64'])) {
    problems << "architecture '${architecture}' is not an AWS Lambda architecture.\n" +
            "    Fix: -Darchitecture=x86_64 (the default) or -Darchitecture=arm64."
}
if (!isJavaPackageName(packageName)) {
    problems << "package '${packageName}' is not a Java package name (identifiers separated by dots, no Java keywords).\n" +
            "    Fix: -Dpackage=com.example.hello (it defaults to the groupId)."
}
if (!(stackName ==~ /[A-Za-z][-A-Za-z0-9]{0,127}/)) {
    problems << "stackName '${stackName}' is not a CloudFormation stack name (a letter, then letters, digits or hyphens; 128 at most).\n" +
            "    Fix: -DstackName=my-service (it defaults to the artifactId)."
}
if (problems.isEmpty()) {
    return
}

def project = jdk('java.nio.file.Paths').get(request.outputDirectory, request.artifactId).toAbsolutePath().normalize()
removeGeneratedFiles(project, packageName.replace('.', '/'))
throw new GroovyRuntimeException("sam-native-archetype cannot generate ${request.artifactId}:\n  - " +
        problems.join('\n  - ') + "\nNothing was generated in ${project}.")

static jdk(String className) {
    Class.forName(className)
}

static boolean isJavaPackageName(String name) {
    def keywords = ['abstract', 'assert', 'boolean', 'break', 'byte', 'case', 'catch', 'char', 'class', 'const',
            'continue', 'default', 'do', 'double', 'else', 'enum', 'extends', 'false', 'final', 'finally', 'float',
            'for', 'goto', 'if', 'implements', 'import', 'instanceof', 'int', 'interface', 'long', 'native', 'new',
            'null', 'package', 'private', 'protected', 'public', 'return', 'short', 'static', 'strictfp', 'super',
            'switch', 'synchronized', 'this', 'throw', 'throws', 'transient', 'true', 'try', 'void', 'volatile',
            'while', '_']
    name.split('\\.', -1).every { it ==~ /[A-Za-z_$][A-Za-z0-9_$]*/ && !(it in keywords) }
}

/**
 * Deletes the files this archetype wrote, then the directories that are left empty. Files that were
 * in the project directory before are kept.
 */
static void removeGeneratedFiles(project, String packagePath) {
    def files = jdk('java.nio.file.Files')
    // While this script runs, the context class loader reads the archetype's jar.
    def descriptor = jdk('java.lang.Thread').currentThread().contextClassLoader.getResource('META-INF/maven/archetype-metadata.xml')
    def connection = descriptor.openConnection()
    connection.useCaches = false
    def written = []
    connection.jarFile.withCloseable { jar ->
        jar.entries().each { entry ->
            if (!entry.directory && entry.name.startsWith('archetype-resources/')) {
                String file = entry.name.substring('archetype-resources/'.length())
                String sourceRoot = ['src/main/java/', 'src/test/java/'].find { file.startsWith(it) }
                if (sourceRoot != null) {
                    file = sourceRoot + packagePath + '/' + file.substring(sourceRoot.length())
                }
                written << project.resolve(file).normalize()
            }
        }
    }
    def mine = written.findAll { it.startsWith(project) }
    mine.each { files.deleteIfExists(it) }
    def directories = mine.collectMany { file ->
        def parents = []
        for (def dir = file.parent; dir.startsWith(project); dir = dir.parent) {
            parents << dir
        }
        parents
    }.unique().sort { -it.nameCount }
    directories.each { dir ->
        if (files.isDirectory(dir) && files.list(dir).withCloseable { !it.findAny().isPresent() }) {
            files.delete(dir)
        }
    }
}
