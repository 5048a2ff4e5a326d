/**
 * Upload inspection by content, never by name: the real type (JPEG, PNG, PDF, DOCX, XLSX, ZIP,
 * legacy DOC, encrypted Office), image properties, and the guards against truncated files, zip
 * bombs and decompression bombs; checked against one declarative {@link
 * cn.autogov.document.inspection.UploadRule} per material slot.
 */
package cn.autogov.document.inspection;
