/** Text → HTML text or attribute value: & < > " ' are the characters that could leave either context. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
