/**
 * Generated PDFs: {@link cn.autogov.document.pdf.PdfSheet} lays out a titled A4 document of rows,
 * tables and paragraphs in Chinese (Noto Sans SC, SIL Open Font License 1.1, embedded as a subset;
 * fetched at build time from the npm registry, see the ejb pom) with a QR code drawn as vectors.
 */
package cn.autogov.document.pdf;
