package cn.autogov.filing.application;

/** The files uploaded to a filing's slots, read when a business's notes need their content. */
@FunctionalInterface
public interface MaterialFiles {

  /** The bytes of the file in the slot; null when the slot is empty. */
  byte[] read(String slot);
}
