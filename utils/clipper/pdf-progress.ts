/** Progress of a long PDF, sent at most every `ms` (and always for the first and last page): one message per page of a 300-page file is noise. */
export function progressThrottle(send: (done: number, total: number) => void, ms = 100, now: () => number = Date.now) {
  let last = -Infinity;
  return (done: number, total: number): void => {
    const t = now();
    if (done !== 1 && done < total && t - last < ms) return;
    last = t;
    send(done, total);
  };
}
