package cn.autogov.filing.domain;

/**
 * How the portal shows a form field: a line, a paragraph, a list of options, a date, a date or 长期
 * (an open-ended term: blank means 长期, ticked on the page), a number, a table of rows with typed
 * columns (rows added and removed on the page, an array of objects over REST).
 */
public enum FieldKind {
  TEXT,
  PARAGRAPH,
  CHOICE,
  DATE,
  OPEN_DATE,
  NUMBER,
  TABLE
}
