package cn.autogov.usedcar.application;

import cn.autogov.kernel.Problem;
import java.util.List;

/**
 * What an import found (a dry run) or did (a commit): rows read (the header and blank rows not
 * counted), rows that passed, rows recorded before (the same sale: skipped, never twice), rows
 * recorded now; every problem by row (as Excel numbers it), column and field — the first {@link
 * SaleImports#LISTED} listed, all counted.
 */
public record ImportReport(
    String fileName,
    int rows,
    int valid,
    int alreadyRecorded,
    int recorded,
    boolean committed,
    long problemCount,
    List<RowProblem> problems,
    Long importId) {

  /** One problem of one cell: the sheet's row and column (0 = A; -1: the row as a whole). */
  public record RowProblem(int row, int column, String field, Problem problem) {}
}
