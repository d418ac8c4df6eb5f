package org.threegaps.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Plain-text columns for a terminal: each column as wide as its widest cell, numbers right-aligned. */
final class Table {
    private final List<String[]> rows = new ArrayList<>();
    private final boolean[] rightAligned;

    /**
     * @param header the column titles; a title starting with '>' is right-aligned (the '>' is not shown); when
     *               every title is empty no header line is printed
     */
    Table(String... header) {
        rightAligned = new boolean[header.length];
        String[] titles = new String[header.length];
        for (int i = 0; i < header.length; i++) {
            rightAligned[i] = header[i].startsWith(">");
            titles[i] = rightAligned[i] ? header[i].substring(1) : header[i];
        }
        rows.add(titles);
    }

    /** Adds a row; missing cells are empty. */
    Table row(Object... cells) {
        String[] row = new String[rightAligned.length];
        for (int i = 0; i < row.length; i++) {
            row[i] = i < cells.length && cells[i] != null ? String.valueOf(cells[i]) : "";
        }
        rows.add(row);
        return this;
    }

    /** Prints the table, each line indented by {@code indent}. */
    void print(PrintWriter out, String indent) {
        int[] widths = new int[rightAligned.length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].codePointCount(0, row[i].length()));
            }
        }
        boolean headerless = Arrays.stream(rows.get(0)).allMatch(String::isEmpty);
        for (String[] row : headerless ? rows.subList(1, rows.size()) : rows) {
            StringBuilder line = new StringBuilder(indent);
            for (int i = 0; i < row.length; i++) {
                String pad = " ".repeat(widths[i] - row[i].codePointCount(0, row[i].length()));
                line.append(rightAligned[i] ? pad + row[i] : row[i] + (i < row.length - 1 ? pad : ""));
                if (i < row.length - 1) {
                    line.append("  ");
                }
            }
            out.println(line.toString().stripTrailing());
        }
    }
}
