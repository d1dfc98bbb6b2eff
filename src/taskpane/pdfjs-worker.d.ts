/** pdf.js's worker entry has no types; it is imported only for its effect (window.pdfjsWorker). */
declare module "pdfjs-dist/legacy/build/pdf.worker.entry";
