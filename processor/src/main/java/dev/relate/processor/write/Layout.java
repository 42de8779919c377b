package dev.relate.processor.write;

import java.util.ArrayList;
import java.util.List;

/**
 * Keeps a rendered source within {@value #LIMIT} characters a line, as a person would: a Javadoc
 * line flows on to the next at a space outside inline tags; a class declaration breaks before
 * {@code extends}; a statement breaks after a comma between arguments; {@code throws} stays with
 * its exception. JavaPoet wraps only where the code says so, and names from the user's model make
 * any line long.
 */
public final class Layout {
    /** The longest line the generated code keeps to, where it can. */
    public static final int LIMIT = 100;

    private static final String CONTINUATION = "        ";

    private Layout() {
    }

    /** {@code source} with its long lines broken; every other line as it was. */
    public static String of(String source) {
        String[] lines = source.split("\n", -1);
        List<String> out = new ArrayList<>(lines.length + 16);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.endsWith(" throws") && !isComment(line) && i + 1 < lines.length) {
                // JavaPoet may break between throws and its exception: keep them together on the next line
                String next = lines[i + 1];
                String indent = next.substring(0, next.length() - next.stripLeading().length());
                line = line.substring(0, line.length() - " throws".length());
                lines[i + 1] = indent + "throws " + next.stripLeading();
            }
            if (line.length() > LIMIT && isJavadocText(line) && i + 1 < lines.length && isJavadocText(lines[i + 1])
                    && continuesParagraph(lines[i + 1])) {
                // flow what does not fit into the next line of the same paragraph, as a person would
                int at = lastBreak(line, javadocPrefix(line).length(), ' ');
                if (at > 0) {
                    out.add(line.substring(0, at));
                    String next = lines[i + 1];
                    lines[i + 1] = javadocPrefix(next) + line.substring(at + 1) + " "
                            + next.stripLeading().substring(2);
                    continue;
                }
            }
            wrap(line, out);
        }
        return String.join("\n", oneLineDocs(out));
    }

    /**
     * The lines with each doc comment of one line of text written on a single line with its opening
     * and closing marks, where that fits within the limit, as a person writes a short doc comment.
     */
    private static List<String> oneLineDocs(List<String> lines) {
        List<String> out = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.stripLeading().equals("/**") && i + 2 < lines.size() && isJavadocText(lines.get(i + 1))
                    && lines.get(i + 2).strip().equals("*/")) {
                String indent = line.substring(0, line.length() - line.stripLeading().length());
                String joined = indent + "/** " + lines.get(i + 1).strip().substring(2) + " */";
                if (joined.length() <= LIMIT) {
                    out.add(joined);
                    i += 2;
                    continue;
                }
            }
            out.add(line);
        }
        return out;
    }

    /** Whether a line is text inside a Javadoc comment: {@code * text}. */
    private static boolean isJavadocText(String line) {
        return line.stripLeading().startsWith("* ");
    }

    /** Whether a Javadoc line goes on with the paragraph before it, rather than starting a block of its own. */
    private static boolean continuesParagraph(String line) {
        String text = line.stripLeading().substring(2);
        return !text.isEmpty() && !text.startsWith("@") && !text.startsWith("<");
    }

    /** The indentation and star of a Javadoc text line: {@code "     * "}. */
    private static String javadocPrefix(String line) {
        return line.substring(0, line.length() - line.stripLeading().length()) + "* ";
    }

    private static boolean isComment(String line) {
        String body = line.stripLeading();
        return body.startsWith("*") || body.startsWith("/*") || body.startsWith("//");
    }

    private static void wrap(String line, List<String> out) {
        if (line.length() <= LIMIT) {
            out.add(line);
            return;
        }
        String body = line.stripLeading();
        String indent = line.substring(0, line.length() - body.length());
        if (body.startsWith("* ")) {
            wrapJavadoc(line, indent + "* ", out);
        } else if (body.startsWith("/** ")) {
            wrapJavadoc(line, indent + " * ", out);
        } else if (!body.startsWith("//")) {
            wrapCode(line, indent, out);
        } else {
            out.add(line);
        }
    }

    /** Breaks a Javadoc line at the last space within the limit that is outside an inline tag. */
    private static void wrapJavadoc(String line, String prefix, List<String> out) {
        String rest = line;
        while (rest.length() > LIMIT) {
            int at = lastBreak(rest, prefix.length(), ' ');
            if (at < 0) {
                break;
            }
            out.add(rest.substring(0, at));
            rest = prefix + rest.substring(at + 1);
        }
        out.add(rest);
    }

    /** The last position of {@code separator} within the limit and outside inline tags; -1 if none. */
    private static int lastBreak(String line, int from, char separator) {
        int depth = 0;
        int found = -1;
        for (int i = 0; i < Math.min(line.length(), LIMIT + 1); i++) {
            char c = line.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth = Math.max(0, depth - 1);
            } else if (c == separator && depth == 0 && i > from) {
                found = i;
            }
        }
        return found;
    }

    /**
     * Breaks a line of code: before {@code extends} or {@code implements} in a declaration, else
     * after the last comma within the limit that is inside parentheses or angle brackets and
     * outside string literals; continuation lines are indented eight more.
     */
    private static void wrapCode(String line, String indent, List<String> out) {
        String continuation = indent + CONTINUATION;
        for (String keyword : new String[] {" extends ", " implements "}) {
            int at = line.indexOf(keyword, indent.length());
            if (at > indent.length() && !line.contains("(") && line.endsWith("{")) {
                out.add(line.substring(0, at));
                wrapCode(continuation + line.substring(at + 1), continuation, out);
                return;
            }
        }
        String rest = line;
        while (rest.length() > LIMIT) {
            int at = lastComma(rest, continuation.length());
            if (at < 0) {
                break;
            }
            out.add(rest.substring(0, at + 1));
            rest = continuation + rest.substring(at + 1).stripLeading();
        }
        out.add(rest);
    }

    /**
     * The comma to break after: within the limit, followed by a space, inside brackets and outside
     * literals; of those, the one nested least deep, and then the last. -1 if none.
     */
    private static int lastComma(String line, int from) {
        int depth = 0;
        boolean quoted = false;
        int found = -1;
        int foundDepth = Integer.MAX_VALUE;
        for (int i = 0; i < Math.min(line.length(), LIMIT); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    quoted = false;
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == '\'') {
                i = skipCharLiteral(line, i);
            } else if (c == '(' || c == '<' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == '>' || c == ']' || c == '}') {
                depth--;
            } else if (c == ',' && depth > 0 && depth <= foundDepth && i > from && i + 1 < line.length()
                    && line.charAt(i + 1) == ' ') {
                found = i;
                foundDepth = depth;
            }
        }
        return found;
    }

    /** The position of the closing quote of the char literal opening at {@code at}; {@code at} if it is none. */
    private static int skipCharLiteral(String line, int at) {
        int close = line.indexOf('\'', at + (line.startsWith("\\", at + 1) ? 3 : 2));
        return close < 0 || close > at + 7 ? at : close;
    }
}
