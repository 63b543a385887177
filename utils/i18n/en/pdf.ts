// PDF and DOCX clipping (utils/pdf, utils/docx): errors by key, shown by utils/error-text.ts.
export const pdf = {
  'pdf.error.noTextLayer':
    'This PDF has no text layer (it is probably a scan), so there is no text to clip. Text recognition (OCR) is not supported yet.',
  'pdf.error.garbledText':
    'The text in this PDF cannot be read: its fonts carry no usable character map, so the text comes out as symbols. Clip it from a copy with a proper text layer (or the web page it was published on).',
  'pdf.error.tooManyPages': 'This PDF has {pages} pages; Clausemark clips PDFs of at most {max} pages.',
  'pdf.error.tooManyBytes': 'This file is {size} MB; Clausemark clips files of at most {max} MB.',
  'pdf.error.password': 'This PDF is protected by a password, so its text cannot be read.',
  'pdf.error.unreadable': 'The PDF could not be read: {detail}',
  'docx.error.unreadable': 'The Word document could not be read: {detail}',
  'docx.error.empty': 'The Word document holds no text to clip.',
  'pdf.error.noAccess':
    'Clausemark may not download this PDF from its site ({detail}). Press "Allow this site" in the popup to give it access to the site, then clip again.',
  'pdf.error.fetchFailed': 'The PDF could not be downloaded (the server answered {status}).',
  'pdf.error.notPdf': 'This address does not serve a PDF file (perhaps a login or an error page).',
  'pdf.error.fileUrl': 'PDF files opened from this computer cannot be clipped yet; open the PDF from its website instead.',
  'pdf.reading': 'Reading the PDF… page {done} of {total}',
  'docx.reading': 'Reading the Word document…',
  'pdf.allowSite': 'Allow this site',
  'pdf.viewOriginalPage': 'View original page {page}',
  'docx.error.oldWord':
    'This is an old Word file (.doc), which Clausemark cannot read. Open it in Word or LibreOffice, save it as .docx, and clip that file.',
  'docx.error.notDocument': 'This address serves neither a PDF nor a Word (.docx) file (perhaps a login or an error page).',
  'clip.medium.pdf': 'PDF',
  'clip.medium.pdfPages.one': 'PDF · 1 page',
  'clip.medium.pdfPages.other': 'PDF · {n} pages',
  'clip.medium.docx': 'Word',
} as const;
