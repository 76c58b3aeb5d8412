package org.joinedup.api;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A clone of the repository is all the build, the tests and the docs need. Test sources of every module, and the
 * scripts, may not name a path outside the repository: no reference folder beside it, no absolute data path, no
 * {@code ..} climbing above the root from the module a test runs in. Every relative link in the README and the
 * Markdown docs resolves to a file in the repository. This module builds last, so the scan sees every module.
 */
class RepositoryStandsAloneTest {
    private static final Path ROOT = TestData.root().getParent();
    private static final List<String> MODULES = List.of("analyzers", "crawler", "indexer", "search-api", "bench");
    /** Names of places outside the repository, wherever they appear (comments included: they send readers there). */
    private static final Pattern OUTSIDE = Pattern.compile(
        "\\.\\./shared\\b|\\bshared/corpus\\b|(?<![\\w.:/])/(work|home|Users|root|mnt|srv)/|(?<![\\w.:/])/tmp/\\w");
    /** A path built in code: Path.of / Paths.get / new File / resolve with string arguments. */
    private static final Pattern PATH_CALL = Pattern.compile(
        "(?:Path\\.of|Paths\\.get|new File)\\(((?:\\s*\"[^\"\\n]*\"\\s*,?)+)\\)");
    private static final Pattern LITERAL = Pattern.compile("\"([^\"\\n]*)\"");
    /** Programs and system files tests may name on purpose (the browser, hostile XXE targets). */
    private static final Pattern ALLOWED_ABSOLUTE = Pattern.compile("/(usr|bin|etc|proc|dev)/.*");
    private static final Pattern MD_LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");

    @Test
    void testSourcesAndScriptsNameNoPathOutsideTheRepository() throws IOException {
        List<String> problems = new ArrayList<>();
        for (String module : MODULES) {
            Path moduleDir = ROOT.resolve(module);
            scan(moduleDir, moduleDir.resolve("src/test"), problems);
            if (module.equals("bench")) scan(moduleDir, moduleDir.resolve("src/main"), problems);
        }
        for (String scripts : List.of("reliability", ".ci", "bin")) scan(ROOT, ROOT.resolve(scripts), problems);
        for (String script : List.of("run.sh", "test.sh")) check(ROOT, ROOT.resolve(script), problems);
        assertTrue(problems.isEmpty(), "paths outside the repository:\n  " + String.join("\n  ", problems));
    }

    @Test
    void everyRelativeLinkInTheDocsResolvesInsideTheRepository() throws IOException {
        List<Path> docs = new ArrayList<>(List.of(ROOT.resolve("README.md")));
        try (Stream<Path> s = Files.walk(ROOT)) {
            s.filter(p -> p.toString().endsWith(".md")).filter(p -> !excluded(p)).sorted().forEach(docs::add);
        }
        List<String> broken = new ArrayList<>();
        int links = 0;
        for (Path doc : docs.stream().distinct().toList()) {
            Matcher m = MD_LINK.matcher(Files.readString(doc, StandardCharsets.UTF_8));
            while (m.find()) {
                String target = m.group(1);
                if (target.matches("^[a-z][a-z0-9+.-]*:.*") || target.startsWith("#")) continue;
                links++;
                String file = target.replaceFirst("#.*$", "");
                Path resolved = doc.getParent().resolve(file).normalize();
                if (!resolved.startsWith(ROOT) || !Files.exists(resolved)) {
                    broken.add(ROOT.relativize(doc) + ": " + target);
                }
            }
        }
        assertTrue(links > 10, "relative links checked: " + links);
        assertTrue(broken.isEmpty(), "links that do not resolve inside the repository:\n  " + String.join("\n  ", broken));
    }

    private static boolean excluded(Path p) {
        Path rel = ROOT.relativize(p);
        for (Path part : rel) {
            String s = part.toString();
            // out: script output (logs, the fuzz corpus under reliability/out), ignored by git like target
            if (List.of("target", "out", "node_modules", ".git", ".mvn", ".idea", "testdata").contains(s)) {
                return true;
            }
        }
        return false;
    }

    private static void scan(Path base, Path tree, List<String> problems) throws IOException {
        if (!Files.isDirectory(tree)) return;
        try (Stream<Path> s = Files.walk(tree)) {
            for (Path f : s.filter(Files::isRegularFile).filter(p -> !excluded(p)).sorted().toList()) {
                check(base, f, problems);
            }
        }
    }

    private static void check(Path moduleDir, Path file, List<String> problems) {
        if (file.getFileName().toString().equals(RepositoryStandsAloneTest.class.getSimpleName() + ".java")) return;
        String text = textOf(file);
        if (text == null) return;  // a binary test resource
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String where = ROOT.relativize(file) + ":" + (i + 1) + ": ";
            Matcher outside = OUTSIDE.matcher(lines[i]);
            if (outside.find()) problems.add(where + "names " + outside.group() + " in: " + lines[i].strip());
            if (!file.toString().endsWith(".java")) continue;
            Matcher call = PATH_CALL.matcher(lines[i]);
            while (call.find()) {
                List<String> parts = new ArrayList<>();
                Matcher lit = LITERAL.matcher(call.group(1));
                while (lit.find()) parts.add(lit.group(1));
                String joined = String.join("/", parts);
                if (joined.startsWith("/")) {
                    if (!ALLOWED_ABSOLUTE.matcher(joined).matches()) problems.add(where + "absolute path " + joined);
                } else if (!moduleDir.resolve(joined).normalize().startsWith(ROOT)) {
                    problems.add(where + joined + " climbs above the repository root from " + ROOT.relativize(moduleDir));
                }
            }
        }
    }

    /** The file as UTF-8 text, or null when it is not text. */
    private static String textOf(Path file) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file)))
                .toString();
        } catch (CharacterCodingException e) {
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
