package cn.autogov.filing.domain;

/**
 * How the portal shows a form field: a line, a paragraph, a list of options, a date, a date or 长期
 * (an open-ended term: blank means 长期, ticked on the page), a number.
 */
public enum FieldKind {
  TEXT,
  PARAGRAPH,
  CHOICE,
  DATE,
  OPEN_DATE,
  NUMBER
}
