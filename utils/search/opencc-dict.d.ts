// opencc-js ships its dictionaries as modules (`export default "trad simp|…"`) without types of their own.
declare module 'opencc-js/dict/*' {
  const dict: string;
  export default dict;
}
