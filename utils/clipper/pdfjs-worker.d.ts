// pdfjs-dist ships no types for its worker bundle; only its presence is used (see pdfjs-browser.ts).
declare module 'pdfjs-dist/build/pdf.worker.min.mjs' {
  export const WorkerMessageHandler: unknown;
}
