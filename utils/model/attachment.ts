/** A notice's 附件 as the page lists them (utils/extract/attachments.ts) and the link a clipped one keeps to its notice. */

/** What the link's target is, by its address, its download name or its printed name; 'unknown' only for a 附件 label. */
export type AttachmentKind = 'pdf' | 'docx' | 'doc' | 'wps' | 'xls' | 'xlsx' | 'zip' | 'unknown';

export interface AttachmentLink {
  /** absolute http(s) address, without its #fragment */
  url: string;
  /** the printed name without its file extension: 附件1：某某实施细则 */
  name: string;
  kind: AttachmentKind;
  /** PDF and Word (.docx) files go through the file reader; the others are listed only (a 附件 of unknown type is read by what its bytes are) */
  clippable: boolean;
}

/** On a clip: which notice it is an attachment of (schema v4). */
export interface AttachmentOf {
  /** the notice's clip id */
  attachmentOf: string;
  /** the name the notice printed for it */
  attachmentName: string;
}
