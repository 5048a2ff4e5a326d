package cn.autogov.reference;

/**
 * One code of a code list, as forms and partners read it; {@code extra} only where a list has it.
 */
public record CodeView(String code, String nameZh, String nameEn, String extra) {

  static CodeView of(ReferenceCode c) {
    return new CodeView(c.getCode(), c.getNameZh(), c.getNameEn(), c.getExtra());
  }
}
