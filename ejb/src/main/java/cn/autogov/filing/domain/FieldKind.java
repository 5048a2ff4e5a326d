package cn.autogov.filing.domain;

/** How the portal shows a form field: a line, a paragraph, a list of options, a date, a number. */
public enum FieldKind {
  TEXT,
  PARAGRAPH,
  CHOICE,
  DATE,
  NUMBER
}
