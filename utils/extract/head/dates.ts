/** Dates as people print them on Chinese and English pages → ISO 8601. */

const pad = (n: number) => String(n).padStart(2, '0');

function valid(y: number, m: number, d: number): boolean {
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31) return false;
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCMonth() === m - 1;
}

/** First date in `s` as YYYY-MM-DD, or ''. Accepts 2019年3月1日, 2019-03-01, 2019/3/1, 2019.03.01, ISO datetimes. */
export function toIsoDate(s: string | null | undefined): string {
  if (!s) return '';
  const m = /(\d{4})\s*[年\-/.]\s*(\d{1,2})\s*[月\-/.]\s*(\d{1,2})\s*日?/.exec(s);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    return valid(y, mo, d) ? `${y}-${pad(mo)}-${pad(d)}` : '';
  }
  const compact = /(?<!\d)(\d{4})(\d{2})(\d{2})(?!\d)/.exec(s);
  if (compact) {
    const [y, mo, d] = [Number(compact[1]), Number(compact[2]), Number(compact[3])];
    if (valid(y, mo, d)) return `${y}-${pad(mo)}-${pad(d)}`;
  }
  const parsed = Date.parse(s);
  if (!Number.isNaN(parsed) && /[a-z]{3}/i.test(s)) {
    const dt = new Date(parsed);
    return `${dt.getUTCFullYear()}-${pad(dt.getUTCMonth() + 1)}-${pad(dt.getUTCDate())}`;
  }
  return '';
}

/** An ISO date or datetime kept as precise as the source gives it ('' when none). */
export function toIsoDateTime(s: string | null | undefined): string {
  if (!s) return '';
  const t = s.trim();
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(t)) return t;
  const date = toIsoDate(t);
  if (!date) return '';
  const time = /(\d{1,2}):(\d{2})(?::(\d{2}))?/.exec(t.slice(t.search(/\d{4}/) + 8));
  return time ? `${date}T${pad(Number(time[1]))}:${time[2]}:${time[3] ?? '00'}` : date;
}
