/**
 * Hand a file to the browser from an extension page through a blob URL and <a download>: no "downloads" permission.
 * The URL is revoked later, because the browser reads the blob after click() returns.
 */
export function saveBlob(doc: Document, filename: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = doc.createElement('a');
  a.href = url;
  a.download = filename;
  doc.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
