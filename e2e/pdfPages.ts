/** The pages of a PDF that Chromium printed: each page is one `/Type /Page` object (not `/Pages`, the tree). */
export function pdfPageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
}
