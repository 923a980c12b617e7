package io.github.samnative.core.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.samnative.core.SamNativeException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CacheKeyTest {

    @TempDir
    Path temp;

    @Test
    void sameTreeAtTwoPathsWithDifferentMtimesHasTheSameKey() throws Exception {
        Path first = TestTrees.project(temp.resolve("scratch-a/project"));
        Path second = temp.resolve("elsewhere/tmpx81k2");
        TestTrees.copy(first, second);
        TestTrees.setAllMtimes(first, Instant.parse("2020-01-01T00:00:00Z"));
        TestTrees.setAllMtimes(second, Instant.parse("2025-06-30T12:34:56Z"));

        CacheKey a = key(first);
        CacheKey b = key(second);

        assertEquals(a, b);
        assertEquals(a.hex(), b.hex());
        assertTrue(a.hex().matches("[0-9a-f]{64}"), a.hex());
    }

    @Test
    void keyListsTheFilesItCoversByRelativePath() throws Exception {
        Path root = TestTrees.project(temp.resolve("p"));
        assertEquals(List.of(
                        "parameter mode",
                        "tree pom.xml",
                        "tree src/main/java/demo/Handler.java",
                        "tree src/main/resources/app.properties"),
                List.copyOf(key(root).inputs().keySet()));
    }

    @Test
    void changingAFileContentChangesTheKey() throws Exception {
        Path root = TestTrees.project(temp.resolve("p"));
        CacheKey before = key(root);
        Files.writeString(root.resolve("src/main/resources/app.properties"), "greeting=hellO\n");
        assertNotEquals(before, key(root));
    }

    @Test
    void renamingAFileChangesTheKey() throws Exception {
        Path root = TestTrees.project(temp.resolve("p"));
        CacheKey before = key(root);
        Files.move(root.resolve("src/main/java/demo/Handler.java"), root.resolve("src/main/java/demo/Other.java"));
        assertNotEquals(before, key(root));
    }

    @Test
    void movingAFileToAnotherDirectoryChangesTheKey() throws Exception {
        Path root = TestTrees.project(temp.resolve("p"));
        CacheKey before = key(root);
        Files.createDirectories(root.resolve("src/main/java/other"));
        Files.move(root.resolve("src/main/java/demo/Handler.java"), root.resolve("src/main/java/other/Handler.java"));
        assertNotEquals(before, key(root));
    }

    @Test
    void addingAnEmptyFileChangesTheKey() throws Exception {
        Path root = TestTrees.project(temp.resolve("p"));
        CacheKey before = key(root);
        Files.createFile(root.resolve("src/main/resources/empty.txt"));
        assertNotEquals(before, key(root));
    }

    @Test
    void changingADependencyChangesTheKey() throws Exception {
        Path root = TestTrees.project(temp.resolve("p"));
        Path jar = Files.write(temp.resolve("lib-1.0.jar"), new byte[] {1, 2, 3});
        CacheKey before = CacheKey.builder().addTree(root).addDependency("g:lib:1.0", jar).build();

        CacheKey otherCoordinates = CacheKey.builder().addTree(root).addDependency("g:lib:1.1", jar).build();
        CacheKey withoutIt = CacheKey.builder().addTree(root).build();
        Files.write(jar, new byte[] {1, 2, 4});
        CacheKey otherContent = CacheKey.builder().addTree(root).addDependency("g:lib:1.0", jar).build();

        assertNotEquals(before, otherCoordinates);
        assertNotEquals(before, withoutIt);
        assertNotEquals(before, otherContent);
    }

    @Test
    void dependencyCountsByContentNotByLocation() throws Exception {
        Path jarA = Files.write(Files.createDirectories(temp.resolve("repo-a")).resolve("lib.jar"), new byte[] {7, 7});
        Path jarB = Files.write(Files.createDirectories(temp.resolve("repo-b")).resolve("lib.jar"), new byte[] {7, 7});
        assertEquals(CacheKey.builder().addDependency("g:lib:1", jarA).build(),
                CacheKey.builder().addDependency("g:lib:1", jarB).build());
    }

    @Test
    void dependencyDirectoryCountsEveryFileInIt() throws Exception {
        Path classes = Files.createDirectories(temp.resolve("module/target/classes/demo"));
        Files.writeString(classes.resolve("A.class"), "a");
        Path root = temp.resolve("module/target/classes");
        CacheKey before = CacheKey.builder().addDependency("g:module:1-SNAPSHOT", root).build();

        Files.writeString(classes.resolve("B.class"), "b");

        assertNotEquals(before, CacheKey.builder().addDependency("g:module:1-SNAPSHOT", root).build());
    }

    @Test
    void changingAParameterChangesTheKey() throws Exception {
        Path root = TestTrees.project(temp.resolve("p"));
        CacheKey nativeMode = CacheKey.builder().addTree(root).addParameter("mode", "native").build();
        CacheKey jvmMode = CacheKey.builder().addTree(root).addParameter("mode", "jvm").build();
        CacheKey renamed = CacheKey.builder().addTree(root).addParameter("mode2", "native").build();
        CacheKey extraParameter = CacheKey.builder().addTree(root).addParameter("mode", "native")
                .addParameter("architecture", "x86_64").build();

        assertNotEquals(nativeMode, jvmMode);
        assertNotEquals(nativeMode, renamed);
        assertNotEquals(nativeMode, extraParameter);
    }

    @Test
    void listParametersCountInOrderAndAreNotConcatenations() {
        CacheKey ab = CacheKey.builder().addParameter("args", List.of("-O2", "--gc=G1")).build();
        CacheKey ba = CacheKey.builder().addParameter("args", List.of("--gc=G1", "-O2")).build();
        CacheKey joined = CacheKey.builder().addParameter("args", List.of("-O2--gc=G1")).build();
        assertNotEquals(ab, ba);
        assertNotEquals(ab, joined);
    }

    @Test
    void orderOfAddingInputsDoesNotMatter() throws Exception {
        Path root = TestTrees.project(temp.resolve("p"));
        CacheKey one = CacheKey.builder().addParameter("a", "1").addTree(root).addParameter("b", "2").build();
        CacheKey two = CacheKey.builder().addParameter("b", "2").addParameter("a", "1").addTree(root).build();
        assertEquals(one, two);
    }

    @Test
    void buildOutputAndVersionControlDirectoriesAreIgnored() throws Exception {
        Path root = TestTrees.project(temp.resolve("p"));
        CacheKey clean = key(root);

        write(root.resolve("target/classes/demo/Handler.class"), "compiled");
        write(root.resolve(".aws-sam/build/HelloFunction/bootstrap"), "binary");
        write(root.resolve(".git/HEAD"), "ref: refs/heads/main");
        write(root.resolve("module-a/target/module-a.jar"), "jar");

        CacheKey dirty = key(root);
        assertEquals(clean, dirty);
        assertFalse(dirty.inputs().keySet().stream().anyMatch(name -> name.contains("target")
                || name.contains(".git") || name.contains(".aws-sam")), dirty.inputs().toString());
    }

    @Test
    void exclusionsAreAParameter() throws Exception {
        Path root = TestTrees.project(temp.resolve("p"));
        write(root.resolve("target/classes/demo/Handler.class"), "compiled");
        write(root.resolve("generated/Stuff.java"), "class Stuff {}");

        CacheKey keepTarget = CacheKey.builder().addTree("", root, path -> true, Set.of("generated")).build();

        assertTrue(keepTarget.inputs().containsKey("tree target/classes/demo/Handler.class"));
        assertFalse(keepTarget.inputs().containsKey("tree generated/Stuff.java"));
    }

    @Test
    void filterSelectsWhichFilesCount() throws Exception {
        Path root = TestTrees.project(temp.resolve("p"));
        CacheKey before = CacheKey.builder().addTree(root, path -> path.startsWith("src/")).build();
        Files.writeString(root.resolve("README.md"), "docs only");
        Files.writeString(root.resolve("pom.xml"), "<project>changed</project>");
        assertEquals(before, CacheKey.builder().addTree(root, path -> path.startsWith("src/")).build());
    }

    @Test
    void treeLabelsKeepTwoTreesApart() throws Exception {
        Path root = TestTrees.project(temp.resolve("p"));
        CacheKey asMain = CacheKey.builder().addTree("main", root, path -> true, Set.of()).build();
        CacheKey asOther = CacheKey.builder().addTree("other", root, path -> true, Set.of()).build();
        assertNotEquals(asMain, asOther);
    }

    @Test
    void symbolicLinkCountsAsTheFileItPointsTo() throws Exception {
        // SAM's scratch copy follows links, so the copy must have the key of the linked original.
        Path original = TestTrees.project(temp.resolve("original"));
        Path shared = write(temp.resolve("shared/common.properties"), "shared=1\n");
        Files.createSymbolicLink(original.resolve("src/main/resources/common.properties"), shared);
        Path copy = temp.resolve("copy");
        TestTrees.copy(original, copy);
        Files.delete(copy.resolve("src/main/resources/common.properties"));
        Files.copy(shared, copy.resolve("src/main/resources/common.properties"));

        assertEquals(key(original), key(copy));
    }

    @Test
    void brokenSymbolicLinkIsReportedWithItsPath() throws Exception {
        Path root = TestTrees.project(temp.resolve("p"));
        Files.createSymbolicLink(root.resolve("src/main/resources/gone.txt"), temp.resolve("nowhere.txt"));

        SamNativeException e = assertThrows(SamNativeException.class, () -> key(root));
        assertTrue(e.getMessage().contains("gone.txt"), e.getMessage());
    }

    @Test
    void missingInputsAreReportedWithTheirPath() {
        Path missing = temp.resolve("no-such-dir");
        SamNativeException tree = assertThrows(SamNativeException.class, () -> CacheKey.builder().addTree(missing));
        assertTrue(tree.getMessage().contains(missing.toString()), tree.getMessage());

        SamNativeException dependency = assertThrows(SamNativeException.class,
                () -> CacheKey.builder().addDependency("g:a:1", missing.resolve("a.jar")));
        assertTrue(dependency.getMessage().contains("g:a:1"), dependency.getMessage());
    }

    @Test
    void addingTheSameInputTwiceIsRefused() throws Exception {
        Path pom = write(temp.resolve("pom.xml"), "<project/>");
        assertThrows(IllegalArgumentException.class,
                () -> CacheKey.builder().addParameter("mode", "native").addParameter("mode", "jvm"));
        assertThrows(IllegalArgumentException.class,
                () -> CacheKey.builder().addFile("pom.xml", pom).addFile("pom.xml", pom));
    }

    @Test
    void singleFileCountsByContentUnderItsName() throws Exception {
        Path pomA = write(temp.resolve("a/pom.xml"), "<project/>");
        Path pomB = write(temp.resolve("b/parent.xml"), "<project/>");
        assertEquals(CacheKey.builder().addFile("pom.xml", pomA).build(),
                CacheKey.builder().addFile("pom.xml", pomB).build());
        assertNotEquals(CacheKey.builder().addFile("pom.xml", pomA).build(),
                CacheKey.builder().addFile("parent.xml", pomB).build());
    }

    private static CacheKey key(Path root) throws SamNativeException {
        return CacheKey.builder().addTree(root).addParameter("mode", "native").build();
    }

    private static Path write(Path file, String content) throws Exception {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content);
    }
}
