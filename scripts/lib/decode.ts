/** Saved pages: UTF-8 when the bytes are valid UTF-8, else the charset the page declares (GBK, GB18030, Big5…). */
export function decodeHtml(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const head = new TextDecoder('latin1').decode(bytes.slice(0, 4096));
    const declared = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head)?.[1]?.toLowerCase() ?? 'gb18030';
    const label = /^(gb2312|gbk|x-gbk)$/.test(declared) ? 'gb18030' : declared;
    try {
      return new TextDecoder(label).decode(bytes);
    } catch {
      return new TextDecoder('gb18030').decode(bytes);
    }
  }
}
