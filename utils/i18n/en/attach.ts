// A notice's 附件 clipped with it (issue 18): the popup's offer, the links shown in the library and the reader.
export const attach = {
  'attach.error.noNotice': 'The notice this file belongs to is no longer in the library; clip the notice again.',
  'attach.error.noAccess':
    'Clausemark may not download this file from its site ({detail}). Clip the notice again from its page, then its attachments.',
  'attach.error.notClippable': '{kind} files cannot be clipped; only PDF and Word (.docx) files can.',
  'attach.offer.title': 'Attachments ({n}): clip them too',
  'attach.offer.button': 'Clip the ticked attachments',
  'attach.offer.notClippable': '{kind}, cannot be clipped',
  'attach.offer.inLibrary': 'in the library',
  'attach.status.waiting': 'waiting',
  'attach.status.reading': 'reading…',
  'attach.status.pages': 'page {done} of {total}',
  'attach.status.created': 'clipped',
  'attach.status.updated': 'updated',
  'attach.status.failed': 'not clipped: {reason}',
  'attach.done': '{ok} of {n} attachments clipped; the notice’s clip is kept either way.',
  'attach.list': 'Attachments ({n})',
  'attach.rowCount': ' · {n} attachments',
  'attach.of': 'Attachment of',
  'attach.deletedKept': '{n} attachments of the deleted notices stay in the library as ordinary clips.',
} as const;
